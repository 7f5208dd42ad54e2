import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../lib/db';
import { GRADES, LIFECYCLES, STAGES, VALUE_TIERS } from '../../lib/card/schema';
import type { Filter } from '../../lib/views/filter';
import type { Prefs } from '../../lib/views/prefs';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { useClassLabels } from './labels';
import { archiveMessages } from './messages';

// Filters by classification, tags, source, region, dates, due follow-ups and silence; the current search and
// filter can be saved as a named view and applied again with one click.

type ListKey = 'grades' | 'tiers' | 'lifecycles' | 'stages';

function toggle<T>(list: T[] | undefined, v: T, on: boolean): T[] | undefined {
  const next = (list ?? []).filter((x) => x !== v);
  if (on) next.push(v);
  return next.length ? next : undefined;
}

function words(v: string): string[] | undefined {
  const out = v
    .split(/[,，;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return out.length ? out : undefined;
}

function dayStart(v: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : undefined;
}

function dayString(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function FilterPanel(props: {
  filter: Filter;
  onFilter: (f: Filter) => void;
  text: string;
  onText: (t: string) => void;
  prefs: Prefs;
  onPrefs: (p: Prefs) => void;
}) {
  const t = useT(archiveMessages);
  const labels = useClassLabels();
  const f = props.filter;
  const set = (patch: Partial<Filter>) => props.onFilter({ ...f, ...patch });
  const [viewName, setViewName] = useState('');
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  // The sites and regions the archive holds, offered as the user types (a region is stored as written on the
  // card: "cn", "zhejiang", "浙江省").
  const [known, setKnown] = useState<{ sites: string[]; regions: string[] }>({ sites: [], regions: [] });
  useEffect(() => {
    let live = true;
    const db = getDb();
    void Promise.all([db.cards.orderBy('sourceSite').uniqueKeys(), db.cards.orderBy('rg').uniqueKeys()]).then(
      ([sites, regions]) => live && setKnown({ sites: sites.map(String), regions: regions.map(String) }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const views = props.prefs.views;
  const clash = (name: string, except?: string) => name !== except && views.some((v) => v.name === name);
  const rename = () => {
    if (!renaming) return;
    const to = renaming.to.trim();
    if (!to || clash(to, renaming.from)) return;
    props.onPrefs({ ...props.prefs, views: views.map((v) => (v.name === renaming.from ? { ...v, name: to } : v)) });
    setRenaming(null);
  };

  const group = (key: ListKey, values: readonly string[], label: (v: string) => string) => (
    <fieldset>
      <legend>{t(`filter.${key}`)}</legend>
      {values.map((v) => (
        <label key={v}>
          <input
            type="checkbox"
            checked={(f[key] as string[] | undefined)?.includes(v) ?? false}
            onChange={(e) =>
              set({ [key]: toggle(f[key] as string[] | undefined, v, (e.target as HTMLInputElement).checked) })
            }
          />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );

  const dateInput = (key: 'createdFrom' | 'createdTo' | 'updatedFrom' | 'updatedTo') => (
    <label>
      {t(`filter.${key}`)}
      <input
        type="date"
        value={dayString(f[key])}
        onInput={(e) => {
          const start = dayStart((e.target as HTMLInputElement).value);
          // "to" includes the whole day.
          set({ [key]: start !== undefined && key.endsWith('To') ? start + 86_399_999 : start });
        }}
      />
    </label>
  );

  return (
    <div class="la-filters">
      {group('grades', [...GRADES, '-'], (g) => (g === '-' ? t('noGrade') : labels.grade(g)))}
      {group('tiers', VALUE_TIERS, labels.tier)}
      {group('lifecycles', LIFECYCLES, labels.lifecycle)}
      {group('stages', STAGES, labels.stage)}
      <fieldset>
        <legend>{t('filter.more')}</legend>
        <label>
          {t('filter.tags')}
          <input
            value={f.tags?.join(', ') ?? ''}
            onChange={(e) => set({ tags: words((e.target as HTMLInputElement).value) })}
          />
        </label>
        <label>
          {t('filter.sites')}
          <input
            list="la-known-sites"
            value={f.sites?.join(', ') ?? ''}
            onChange={(e) => set({ sites: words((e.target as HTMLInputElement).value) })}
          />
        </label>
        <label>
          {t('filter.regions')}
          <input
            list="la-known-regions"
            value={f.regions?.join(', ') ?? ''}
            onChange={(e) => set({ regions: words((e.target as HTMLInputElement).value) })}
          />
        </label>
        <datalist id="la-known-sites">
          {known.sites.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
        <datalist id="la-known-regions">
          {known.regions.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
        {dateInput('createdFrom')}
        {dateInput('createdTo')}
        {dateInput('updatedFrom')}
        {dateInput('updatedTo')}
        <label>
          <input
            type="checkbox"
            checked={!!f.followUpDue}
            onChange={(e) => set({ followUpDue: (e.target as HTMLInputElement).checked || undefined })}
          />
          {t('filter.followUpDue')}
        </label>
        <label>
          {t('filter.noContactDays')}
          <input
            type="number"
            min={1}
            value={f.noContactDays ?? ''}
            onChange={(e) => {
              const n = Number((e.target as HTMLInputElement).value);
              set({ noContactDays: Number.isInteger(n) && n > 0 ? n : undefined });
            }}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('views')}</legend>
        {!views.length && <p class="la-note">{t('views.none')}</p>}
        <ul class="la-views">
          {views.map((v) => (
            <li key={v.name}>
              {renaming?.from === v.name ? (
                <>
                  <input
                    aria-label={t('view.newName', { name: v.name })}
                    value={renaming.to}
                    onInput={(e) => setRenaming({ from: v.name, to: (e.target as HTMLInputElement).value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') rename();
                      if (e.key === 'Escape') setRenaming(null);
                    }}
                  />
                  <Button disabled={!renaming.to.trim() || clash(renaming.to.trim(), v.name)} onClick={rename}>
                    {t('view.renameSave')}
                  </Button>
                  <Button variant="link" onClick={() => setRenaming(null)}>
                    {t('merge.cancel')}
                  </Button>
                  {clash(renaming.to.trim(), v.name) && (
                    <span class="la-error">{t('view.exists', { name: renaming.to.trim() })}</span>
                  )}
                </>
              ) : (
                <>
                  <Button
                    onClick={() => {
                      props.onFilter(v.filter);
                      props.onText(v.text);
                      if (v.sort) props.onPrefs({ ...props.prefs, sort: v.sort });
                    }}
                  >
                    {v.name}
                  </Button>
                  <Button
                    variant="link"
                    aria-label={t('view.rename', { name: v.name })}
                    onClick={() => setRenaming({ from: v.name, to: v.name })}
                  >
                    ✎
                  </Button>
                  <Button
                    variant="link"
                    aria-label={t('view.delete', { name: v.name })}
                    onClick={() => props.onPrefs({ ...props.prefs, views: views.filter((x) => x.name !== v.name) })}
                  >
                    ✕
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
        <label>
          {t('view.name')}
          <input value={viewName} onInput={(e) => setViewName((e.target as HTMLInputElement).value)} />
        </label>
        <Button
          disabled={!viewName.trim()}
          onClick={() => {
            const name = viewName.trim();
            const view = { name, text: props.text, filter: f, sort: props.prefs.sort };
            props.onPrefs({ ...props.prefs, views: [...props.prefs.views.filter((v) => v.name !== name), view] });
            setViewName('');
          }}
        >
          {views.some((v) => v.name === viewName.trim())
            ? t('view.replace', { name: viewName.trim() })
            : t('view.save')}
        </Button>
      </fieldset>
    </div>
  );
}
