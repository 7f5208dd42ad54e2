import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ExtractResult } from '../../lib/extract/types';
import type { Req, RequestName, Res } from '../../lib/messages';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { listQueueMessages } from './messages';
import {
  checkAll,
  checkedByDefault,
  chunks,
  countStatuses,
  queueFromResult,
  select,
  type QueueItem,
  type Selection,
} from './queue';
import './list-queue.css';

type Send = <N extends RequestName>(name: N, payload: Req<N>) => Promise<Res<N>>;

/**
 * Every item of a list page with a checkbox and what saving it would do (new / would update / already in the
 * archive); the checked ones are saved in one step, each merged into its matching card when it has one. Built for
 * lists of hundreds: the items show at once as "checking…" and the whole list is checked in one request; a click
 * renders only the rows it changes (rows are memoised and keep their identity when unchanged).
 */
export function ListQueue(props: { result: ExtractResult; send: Send; onSaved?: (cardIds: string[]) => void }) {
  const t = useT(listQueueMessages);
  const initial = useMemo(() => queueFromResult(props.result), [props.result]);
  const [items, setItems] = useState<QueueItem[]>(initial);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ saved: number; failed: number } | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<{ count: number; message: string } | null>(null);

  useEffect(() => {
    let live = true;
    setItems(initial);
    checkAll(props.send, initial, (answers) => {
      if (!live) return;
      setItems((xs) => {
        const next = xs.slice();
        for (const { index, ...s } of answers)
          next[index] = { ...xs[index], ...s, checked: checkedByDefault(s.status) };
        return next;
      });
    }).catch((e: unknown) => {
      // Unchecked archive: the items left are offered as new, unchecked, and the user is told why.
      if (!live) return;
      setItems((xs) => xs.map((x) => (x.status === 'checking' ? { ...x, status: 'new', checked: false } : x)));
      setCheckError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      live = false;
    };
  }, [initial]);

  const toggle = useCallback(
    (index: number, on: boolean) =>
      setItems((xs) => {
        const next = xs.slice();
        next[index] = { ...xs[index], checked: on };
        return next;
      }),
    [],
  );
  const choose = (which: Selection) => setItems((xs) => select(xs, which));

  const checked = items.filter((x) => x.checked && x.status !== 'saved');
  const checking = items.some((x) => x.status === 'checking');
  const busy = progress !== null || checking;
  const counts = countStatuses(items);

  const save = async () => {
    const todo = checked;
    const ids: string[] = [];
    let done = 0;
    let failed = 0;
    setSummary(null);
    setSaveError(null);
    setProgress({ done: 0, total: todo.length });
    const mark = (part: QueueItem[], change: (x: QueueItem, i: number) => Partial<QueueItem>) =>
      setItems((xs) => {
        const next = xs.slice();
        part.forEach((p, i) => (next[p.index] = { ...xs[p.index], ...change(xs[p.index], i) }));
        return next;
      });
    mark(todo, () => ({ status: 'saving' }));
    // One request per LIST_BATCH_MAX items, each saved all or nothing by the background.
    for (const part of chunks(todo)) {
      try {
        const { saved } = await props.send('ui→bg:saveDraftsMany', {
          items: part.map((x) => ({ draft: x.draft, mergeInto: x.matchId })),
        });
        ids.push(...saved.map((s) => s.id));
        mark(part, (_, i) => ({ status: 'saved', checked: false, matchId: saved[i].id }));
      } catch (e) {
        failed += part.length;
        mark(part, () => ({ status: 'failed' }));
        setSaveError({ count: part.length, message: e instanceof Error ? e.message : String(e) });
      }
      done += part.length;
      setProgress({ done, total: todo.length });
    }
    setProgress(null);
    setSummary({ saved: ids.length, failed });
    props.onSaved?.(ids);
  };

  return (
    <section class="la-queue" aria-labelledby="la-queue-heading">
      <h2 id="la-queue-heading">{t('heading', { count: items.length })}</h2>
      {checkError && <p role="alert">{t('checkFailed', { message: checkError })}</p>}
      <p class="la-muted" data-testid="queue-counts">
        {checking
          ? t('checkingAll')
          : t('counts', { new: counts.new, update: counts['would-update'], kept: counts['in-archive'] })}
      </p>
      <div class="la-queue-tools">
        <Button onClick={() => choose('all')} disabled={busy}>
          {t('selectAll')}
        </Button>
        <Button onClick={() => choose('none')} disabled={busy}>
          {t('selectNone')}
        </Button>
        <Button onClick={() => choose('new')} disabled={busy}>
          {t('selectNew')}
        </Button>
      </div>
      <ul>
        {items.map((x) => (
          <QueueRow key={x.index} item={x} disabled={busy} onToggle={toggle} />
        ))}
      </ul>
      {saveError && <p role="alert">{t('saveFailed', saveError)}</p>}
      <p role="status">
        {progress
          ? t('saving', { done: progress.done, total: progress.total })
          : summary && t('done', { saved: summary.saved, failed: summary.failed })}
      </p>
      <Button variant="primary" onClick={() => void save()} disabled={busy || checked.length === 0}>
        {t('save', { count: checked.length })}
      </Button>
    </section>
  );
}

/** One item: renders again only when its own item, the busy state or the language changes. */
const QueueRow = memo(function QueueRow(props: {
  item: QueueItem;
  disabled: boolean;
  onToggle: (index: number, on: boolean) => void;
}) {
  const t = useT(listQueueMessages);
  const x = props.item;
  const id = `la-queue-item-${x.index}`;
  return (
    <li class={`la-queue-${x.status}`}>
      <input
        type="checkbox"
        id={id}
        checked={x.checked}
        disabled={props.disabled || x.status === 'saved' || x.status === 'invalid'}
        onChange={(e) => props.onToggle(x.index, (e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{x.name || t('unnamed')}</label> <span class="la-queue-badge">{t(`status.${x.status}`)}</span>
      {x.detail && <span class="la-muted"> {x.detail}</span>}
      {x.problem && <span class="la-muted"> {t('invalid', { problem: x.problem })}</span>}
    </li>
  );
});
