import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExtractResult } from '../../lib/extract/types';
import type { Req, RequestName, Res } from '../../lib/messages';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { listQueueMessages } from './messages';
import { checkedByDefault, eachLimited, queueFromResult, statusFor, type QueueItem } from './queue';
import './list-queue.css';

type Send = <N extends RequestName>(name: N, payload: Req<N>) => Promise<Res<N>>;

/**
 * Every item of a list page with a checkbox and what saving it would do (new / would update / already in the
 * archive); the checked ones are saved in one step, each merged into its matching card when it has one.
 */
export function ListQueue(props: { result: ExtractResult; send: Send; onSaved?: (cardIds: string[]) => void }) {
  const t = useT(listQueueMessages);
  const initial = useMemo(() => queueFromResult(props.result), [props.result]);
  const [items, setItems] = useState<QueueItem[]>(initial);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ saved: number; failed: number } | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);

  const patch = (index: number, change: Partial<QueueItem>) =>
    setItems((xs) => xs.map((x) => (x.index === index ? { ...x, ...change } : x)));

  useEffect(() => {
    let live = true;
    void eachLimited(initial, 4, async (item) => {
      try {
        const { matches } = await props.send('ui→bg:findMatches', { draft: item.draft });
        const s = statusFor(item.draft, matches);
        if (live) patch(item.index, { ...s, checked: checkedByDefault(s.status) });
      } catch (e) {
        // Unchecked archive: the item is offered as new, unchecked, and the user is told why.
        if (live) patch(item.index, { status: 'new', checked: false });
        if (live) setCheckError(e instanceof Error ? e.message : String(e));
      }
    });
    return () => {
      live = false;
    };
  }, [initial]);

  const checked = items.filter((x) => x.checked && x.status !== 'saved');
  const busy = progress !== null || items.some((x) => x.status === 'checking');

  const save = async () => {
    const todo = checked;
    let done = 0;
    let failed = 0;
    const ids: string[] = [];
    setSummary(null);
    setProgress({ done: 0, total: todo.length });
    for (const item of todo) {
      patch(item.index, { status: 'saving' });
      try {
        const { card } = await props.send('ui→bg:saveDraft', { draft: item.draft, mergeInto: item.matchId });
        ids.push(card.id);
        patch(item.index, { status: 'saved', checked: false, matchId: card.id });
      } catch {
        failed++;
        patch(item.index, { status: 'failed' });
      }
      setProgress({ done: ++done, total: todo.length });
    }
    setProgress(null);
    setSummary({ saved: ids.length, failed });
    props.onSaved?.(ids);
  };

  const setAll = (on: boolean) => setItems((xs) => xs.map((x) => (x.status === 'saved' ? x : { ...x, checked: on })));

  return (
    <section class="la-queue" aria-labelledby="la-queue-heading">
      <h2 id="la-queue-heading">{t('heading', { count: items.length })}</h2>
      {checkError && <p role="alert">{t('checkFailed', { message: checkError })}</p>}
      <div class="la-queue-tools">
        <Button onClick={() => setAll(true)} disabled={busy}>
          {t('selectAll')}
        </Button>
        <Button onClick={() => setAll(false)} disabled={busy}>
          {t('selectNone')}
        </Button>
      </div>
      <ul>
        {items.map((x) => {
          const id = `la-queue-item-${x.index}`;
          return (
            <li key={x.index} class={`la-queue-${x.status}`}>
              <input
                type="checkbox"
                id={id}
                checked={x.checked}
                disabled={busy || x.status === 'saved'}
                onChange={(e) => patch(x.index, { checked: (e.currentTarget as HTMLInputElement).checked })}
              />
              <label for={id}>{x.name || t('unnamed')}</label>{' '}
              <span class="la-queue-badge">{t(`status.${x.status}`)}</span>
              {x.detail && <span class="la-muted"> {x.detail}</span>}
            </li>
          );
        })}
      </ul>
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
