import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { GRADES, LIFECYCLES, STAGES, VALUE_TIERS } from '../../lib/card/schema';
import type { BulkChange } from '../../lib/archive/workspace-schema';
import { send } from '../../lib/messaging';
import { MessageError } from '../../lib/messages';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { useClassLabels } from './labels';
import { errorText } from './error-text';
import { archiveMessages } from './messages';
import { keepListed } from './selection';
import { countKey } from './plural';

// Changes for many cards at once: grade, value tier, lifecycle, stage and tags, or to the trash (and back). The
// last change can always be undone: classification through the background's undo log, trash by restoring.

type Last = { at: number; count: number } & (
  { kind: 'bulk' | 'merge'; undoId: string } | { kind: 'trash' | 'restore'; ids: string[] }
);

/** What a bulk change that failed part-way had already written (MessageError data): `count` of `of` cards. */
const BulkPartial = z.object({ undoId: z.string(), count: z.number(), of: z.number().optional() });

const KEEP = '';
const CLEAR = '__clear';

export function BulkBar(props: {
  ids: string[];
  selected: Set<string>;
  trash: boolean;
  onSelected: (s: Set<string>) => void;
  onChanged: () => void;
  /** Bumped after any write: a merge made in the duplicates drawer becomes the change "Undo" takes back. */
  version?: number;
}) {
  const t = useT(archiveMessages);
  const labels = useClassLabels();
  const [grade, setGrade] = useState(KEEP);
  const [tier, setTier] = useState(KEEP);
  const [lifecycle, setLifecycle] = useState(KEEP);
  const [stage, setStage] = useState(KEEP);
  const [addTag, setAddTag] = useState('');
  const [removeTag, setRemoveTag] = useState('');
  const [last, setLast] = useState<Last | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const undoneUpTo = useRef(0);

  useEffect(() => {
    // After a reload (or a merge elsewhere on the page) the latest bulk change or merge can still be undone,
    // unless something newer was done here.
    void send('ui→bg:lastUndo', {})
      .then((r) => {
        const l = r.last;
        // A change already undone here leaves older ones alone: "Undo" takes back the latest change only.
        if (l && l.at <= undoneUpTo.current) return;
        if (l)
          setLast((cur) =>
            cur && cur.at >= l.at ? cur : { kind: l.kind, undoId: l.undoId, count: l.count, at: l.at },
          );
        else setLast((cur) => (cur && (cur.kind === 'trash' || cur.kind === 'restore') ? cur : null));
      })
      .catch(() => undefined);
  }, [props.version]);

  // Only ticked cards the list shows (the page unticks hidden ones once a new list is in; this holds meanwhile).
  const ids = useMemo(() => [...keepListed(props.selected, props.ids)], [props.selected, props.ids]);
  const pick = <T extends string>(v: string): T | null | undefined =>
    v === KEEP ? undefined : v === CLEAR ? null : (v as T);

  async function act(fn: () => Promise<void>, by: Parameters<typeof errorText>[2] = {}) {
    setBusy(true);
    setMessage(null);
    try {
      await fn();
      props.onChanged();
    } catch (e) {
      // A large change that failed part-way: the cards already changed can be undone, and the message says what
      // was written (not the single-write "nothing was saved").
      const part = e instanceof MessageError ? BulkPartial.safeParse(e.data) : null;
      if (e instanceof MessageError && part?.success) {
        const { undoId, count, of } = part.data;
        setLast({ kind: 'bulk', undoId, count, at: Date.now() });
        const key = e.code === 'quota' || e.code === 'db-closed' ? (`bulk.partly.${e.code}` as const) : 'bulk.partly';
        setMessage(t(key, { n: count, of: of ?? ids.length }));
        props.onChanged();
      } else setMessage(errorText(t, e, by));
    } finally {
      setBusy(false);
    }
  }

  const apply = () =>
    act(async () => {
      const change: BulkChange = {
        grade: pick(grade),
        valueTier: pick(tier),
        lifecycle: pick(lifecycle),
        stage: pick(stage),
      };
      // Several tags at once, separated by commas (，、; too), as the filter reads them.
      const list = (v: string) => [
        ...new Set(
          v
            .split(/[,，、;；]/)
            .map((x) => x.trim())
            .filter(Boolean),
        ),
      ];
      if (list(addTag).length) change.addTags = list(addTag);
      if (list(removeTag).length) change.removeTags = list(removeTag);
      const r = await send('ui→bg:bulkClassify', { ids, change });
      if (r.undoId) setLast({ kind: 'bulk', undoId: r.undoId, count: r.count, at: Date.now() });
      setMessage(t(countKey('bulk.done', r.count), { n: r.count }));
    });

  const trashOrRestore = () =>
    act(async () => {
      const r = props.trash ? await send('ui→bg:restoreCards', { ids }) : await send('ui→bg:trashCards', { ids });
      setLast({ kind: props.trash ? 'restore' : 'trash', ids, count: r.count, at: Date.now() });
      setMessage(t(countKey(props.trash ? 'bulk.restored' : 'bulk.trashed', r.count), { n: r.count }));
      props.onSelected(new Set());
    });

  const undo = () =>
    act(
      async () => {
        if (!last) return;
        undoneUpTo.current = Math.max(undoneUpTo.current, last.at, Date.now());
        if (last.kind === 'trash') await send('ui→bg:restoreCards', { ids: last.ids });
        else if (last.kind === 'restore') await send('ui→bg:trashCards', { ids: last.ids });
        else if (last.kind === 'bulk' || last.kind === 'merge') {
          const r = await send('ui→bg:undo', { undoId: last.undoId });
          setMessage(
            r.skipped
              ? t('undo.partly', { n: r.restored, skipped: r.skipped })
              : t(countKey('undo.done', r.restored), { n: r.restored }),
          );
          setLast(null);
          return;
        }
        setMessage(t(countKey('undo.done', last.count), { n: last.count }));
        setLast(null);
      },
      { 'not-found': 'undo.nothing', conflict: 'undo.conflict' },
    );

  const select = (
    label: string,
    value: string,
    set: (v: string) => void,
    values: readonly string[],
    name: (v: string) => string,
  ) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        <option value={KEEP}>{t('bulk.keep')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
        <option value={CLEAR}>{t('bulk.clear')}</option>
      </select>
    </label>
  );

  const nothing =
    grade === KEEP && tier === KEEP && lifecycle === KEEP && stage === KEEP && !addTag.trim() && !removeTag.trim();
  if (!ids.length && !last && !message) return null;
  return (
    <div class="la-bulk" role="region" aria-label={t('bulk')}>
      {ids.length > 0 && (
        <>
          <strong>{t('bulk.selected', { n: ids.length })}</strong>
          <Button variant="link" onClick={() => props.onSelected(new Set())}>
            {t('bulk.none')}
          </Button>
          {!props.trash && (
            <>
              {select(t('col.grade'), grade, setGrade, GRADES, labels.grade)}
              {select(t('col.tier'), tier, setTier, VALUE_TIERS, labels.tier)}
              {select(t('col.lifecycle'), lifecycle, setLifecycle, LIFECYCLES, labels.lifecycle)}
              {select(t('col.stage'), stage, setStage, STAGES, labels.stage)}
              <label>
                {t('bulk.addTag')}
                <input value={addTag} onInput={(e) => setAddTag((e.target as HTMLInputElement).value)} />
              </label>
              <label>
                {t('bulk.removeTag')}
                <input value={removeTag} onInput={(e) => setRemoveTag((e.target as HTMLInputElement).value)} />
              </label>
              <Button variant="primary" disabled={busy || nothing} onClick={() => void apply()}>
                {t('bulk.apply')}
              </Button>
            </>
          )}
          <Button variant={props.trash ? 'secondary' : 'danger'} disabled={busy} onClick={() => void trashOrRestore()}>
            {props.trash ? t('restore') : t('toTrash')}
          </Button>
        </>
      )}
      {last && (
        <Button disabled={busy} onClick={() => void undo()}>
          {t(countKey('undo', last.count), { n: last.count })}
        </Button>
      )}
      {message && <span role="status">{message}</span>}
    </div>
  );
}
