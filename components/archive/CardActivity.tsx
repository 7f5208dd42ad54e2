import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { Card, FollowUp, HistoryEntry } from '../../lib/card/schema';
import { cardFollowUps, cardHistory } from '../../lib/archive/store';
import { newId } from '../../lib/card/ids';
import { send } from '../../lib/messaging';
import { MessageError } from '../../lib/messages';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { applyChanges } from '../../lib/views/apply';
import { FollowUpForm } from './FollowUpForm';
import { Complaints, Orders } from './CardRecords';
import { archiveMessages } from './messages';

// The working side of a card: its follow-up log, complaints and orders, its change history with "put back", and
// the review mark. Every change goes through the background like any other edit.

export function CardActivity(props: { card: Card; onChanged: () => void }) {
  const t = useT(archiveMessages);
  const { card } = props;
  const [followUps, setFollowUps] = useState<FollowUp[]>([]);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const a = liveQuery(() => cardFollowUps(card.id)).subscribe({ next: setFollowUps });
    const b = liveQuery(() => cardHistory(card.id)).subscribe({ next: setHistory });
    return () => {
      a.unsubscribe();
      b.unsubscribe();
    };
  }, [card.id]);

  async function run(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
      props.onChanged();
    } catch (e) {
      const code = e instanceof MessageError ? e.code : 'internal';
      setError(t(`error.${code}` as 'error.internal', { message: e instanceof Error ? e.message : String(e) }));
    }
  }

  const update = (next: Card) => run(() => send('ui→bg:updateCard', { card: next, baseRev: card.rev }));
  const addFollowUp = (f: FollowUp) => run(() => send('ui→bg:addFollowUp', { followUp: f }));

  return (
    <div class="la-activity">
      {error && (
        <p role="alert" class="la-error">
          {error}
        </p>
      )}
      <section aria-labelledby="la-review-h">
        <h3 id="la-review-h">{t('review')}</h3>
        <p>
          {card.reviewedAt
            ? t('reviewedOn', { date: new Date(card.reviewedAt).toLocaleDateString() })
            : t('neverReviewed')}
        </p>
        <Button onClick={() => void update({ ...card, reviewedAt: Date.now() })}>{t('markReviewed')}</Button>
      </section>

      <section aria-labelledby="la-fu-h">
        <h3 id="la-fu-h">{t('followUps')}</h3>
        <FollowUpForm onAdd={(f) => addFollowUp({ ...f, id: newId(), cardId: card.id, done: false } as FollowUp)} />
        <ol class="la-followups" data-testid="follow-ups">
          {[...followUps].reverse().map((f) => (
            <li key={f.id}>
              <strong>{new Date(f.date).toLocaleDateString()}</strong> · {t(`method.${f.method}`)}
              {f.milestone && <> · {t(`milestone.${f.milestone}`)}</>}
              <div>{f.summary}</div>
              {f.response && (
                <div>
                  {t('fu.response')}: {f.response}
                </div>
              )}
              {(f.nextStep || f.nextDate) && (
                <div>
                  {t('fu.next')}: {f.nextStep ?? ''}
                  {f.nextDate ? ` (${new Date(f.nextDate).toLocaleDateString()})` : ''}
                  {f.done ? ` ✓ ${t('fu.done')}` : ''}
                </div>
              )}
              {f.nextDate && !f.done && (
                <Button onClick={() => void addFollowUp({ ...f, done: true })}>{t('fu.markDone')}</Button>
              )}
            </li>
          ))}
        </ol>
      </section>

      <Complaints card={card} onUpdate={update} />
      <Orders card={card} onUpdate={update} />

      <section aria-labelledby="la-hist-h">
        <h3 id="la-hist-h">{t('history')}</h3>
        <table class="la-history" data-testid="history">
          <thead>
            <tr>
              <th>{t('hist.when')}</th>
              <th>{t('hist.field')}</th>
              <th>{t('hist.old')}</th>
              <th>{t('hist.new')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.id}>
                <td>{new Date(h.at).toLocaleString()}</td>
                <td>{h.field}</td>
                <td>{show(h.old)}</td>
                <td>{show(h.new)}</td>
                <td>
                  {canPutBack(h) && (
                    <Button
                      onClick={() => void update(applyChanges(card, [{ field: h.field, new: h.old }]))}
                      aria-label={t('putBackField', { field: h.field })}
                    >
                      {t('putBack')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** Fields of the card itself can be put back; follow-ups and the trash flag have their own actions. */
function canPutBack(h: HistoryEntry): boolean {
  return !['followUps', 'deletedAt', 'mergedInto', 'merged'].includes(h.field);
}

function show(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'string') return v.length > 120 ? v.slice(0, 119) + '…' : v;
  if (Array.isArray(v)) {
    const items = v.map((x) => (x && typeof x === 'object' && 'value' in x ? String(x.value) : JSON.stringify(x)));
    const s = items.join(', ');
    return s.length > 120 ? s.slice(0, 119) + '…' : s;
  }
  const s = JSON.stringify(v);
  return s.length > 120 ? s.slice(0, 119) + '…' : s;
}
