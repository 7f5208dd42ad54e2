import { useEffect, useState } from 'preact/hooks';
import { recipeMessages } from '../../lib/recipes/messages';
import { RECIPE_FIELDS, type Recipe, type RecipeField } from '../../lib/recipes/schema';
import { selectorFor } from '../../lib/recipes/selector';
import { useT } from '../i18n';
import { teachMessages } from './messages';

// The teaching overlay: the user picks a field, clicks the element on the page that holds it, and saves the set as
// the site's recipe. Page text is shown as text only. Clicks on the page are swallowed while teaching so a link
// does not navigate away.

interface Pick {
  selectors: string[];
  text: string;
}

const preview = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);

export function TeachOverlay(props: {
  host: string;
  /** The overlay's own host element: clicks inside it are not page picks. */
  self: Element;
  save: (recipe: Recipe) => Promise<unknown>;
  close: () => void;
  now?: () => number;
}) {
  const t = useT(teachMessages);
  const tf = useT(recipeMessages);
  const [field, setField] = useState<RecipeField>('organization');
  const [picks, setPicks] = useState<Partial<Record<RecipeField, Pick>>>({});
  const [status, setStatus] = useState<{ kind: 'saved' | 'failed' | 'bad'; message?: string } | null>(null);

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.composedPath().includes(props.self)) return;
      const el = e.target instanceof Element ? e.target : null;
      if (!el) return;
      e.preventDefault();
      e.stopPropagation();
      const selectors = selectorFor(el);
      if (!selectors.length) return setStatus({ kind: 'bad' });
      setStatus(null);
      setPicks((p) => {
        const next = { ...p, [field]: { selectors, text: preview(el) } };
        const free = RECIPE_FIELDS.find((f) => !next[f]);
        if (free) setField(free);
        return next;
      });
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [field, props.self]);

  const entries = RECIPE_FIELDS.filter((f) => picks[f]).map((f) => [f, picks[f]!] as const);
  const save = async () => {
    const now = (props.now ?? Date.now)();
    const recipe: Recipe = {
      id: `r-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      host: props.host,
      name: props.host,
      fields: Object.fromEntries(entries.map(([f, p]) => [f, p.selectors.slice(0, 10)])),
      createdAt: now,
    };
    try {
      await props.save(recipe);
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section class="panel" role="dialog" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <p>{t('howTo')}</p>
      <label>
        {t('field')}{' '}
        <select value={field} onChange={(e) => setField((e.currentTarget as HTMLSelectElement).value as RecipeField)}>
          {RECIPE_FIELDS.map((f) => (
            <option key={f} value={f}>
              {tf(`field.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {entries.length === 0 ? (
        <p>{t('nothing')}</p>
      ) : (
        <ul>
          {entries.map(([f, p]) => (
            <li key={f}>
              {t('picked', { field: tf(`field.${f}`), text: p.text })}{' '}
              <button type="button" onClick={() => setPicks(({ [f]: _, ...rest }) => rest)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {status && (
        <p role="status">
          {status.kind === 'saved'
            ? t('saved', { host: props.host })
            : status.kind === 'bad'
              ? t('noSelector')
              : t('failed', { message: status.message ?? '' })}
        </p>
      )}
      <div class="row">
        <button type="button" class="primary" disabled={!entries.length} onClick={() => void save()}>
          {t('save')}
        </button>
        <button type="button" onClick={props.close}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}

/** The overlay's styles, scoped to its Shadow DOM so the page's CSS neither reaches in nor is touched. */
export const TEACH_CSS = `
:host { all: initial; }
.panel { position: fixed; top: 12px; right: 12px; z-index: 2147483647; width: 320px; max-height: 80vh; overflow: auto;
  background: #fff; color: #1a1a1a; border: 1px solid #888; border-radius: 8px; padding: 12px;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
h2 { font-size: 15px; margin: 0 0 6px; }
ul { padding-left: 16px; }
.row { display: flex; gap: 8px; margin-top: 8px; }
button { font: inherit; padding: 3px 10px; }
button.primary { background: #1558b0; color: #fff; border: 1px solid #1558b0; border-radius: 4px; }
`;
