import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { Card, type FollowUp, type HistoryEntry } from '../../lib/card/schema';
import { cardFollowUps, cardHistory } from '../../lib/archive/store';
import { newId } from '../../lib/card/ids';
import { send } from '../../lib/messaging';
import { Button } from '../common/Button';
import { useLang, useT } from '../i18n';
import { applyChanges } from '../../lib/views/apply';
import { FollowUpForm } from './FollowUpForm';
import { Complaints, Orders } from './CardRecords';
import { fieldLabel } from './field-labels';
import { useClassLabels } from './labels';
import { errorText } from './error-text';
import { archiveMessages } from './messages';

// The working side of a card: its follow-up log, complaints and orders, its change history with "put back", and
// the review mark. Every change goes through the background like any other edit.

export function CardActivity(props: { card: Card; onChanged: () => void }) {
  const t = useT(archiveMessages);
  const lang = useLang();
  const labels = useClassLabels();
  const day = (ms: number) => new Date(ms).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB');
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

  /** True once written; on a failure the error is shown and the caller keeps what the user typed. */
  async function run(fn: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    try {
      await fn();
      props.onChanged();
      return true;
    } catch (e) {
      setError(errorText(t, e));
      return false;
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
        <p>{card.reviewedAt ? t('reviewedOn', { date: day(card.reviewedAt) }) : t('neverReviewed')}</p>
        <Button onClick={() => void update({ ...card, reviewedAt: Date.now() })}>{t('markReviewed')}</Button>
      </section>

      <section aria-labelledby="la-fu-h">
        <h3 id="la-fu-h">{t('followUps')}</h3>
        <FollowUpForm onAdd={(f) => addFollowUp({ ...f, id: newId(), cardId: card.id, done: false } as FollowUp)} />
        {!followUps.length && <p class="la-note">{t('fu.none')}</p>}
        <ol class="la-followups" data-testid="follow-ups">
          {[...followUps].reverse().map((f) => (
            <li key={f.id}>
              <strong>{day(f.date)}</strong> · {t(`method.${f.method}`)}
              {f.milestone && <> · {t(`milestone.${f.milestone}`)}</>}
              <div>{f.summary}</div>
              {f.response && (
                <div>
                  {t('fu.response')}
                  {t('colon')}
                  {f.response}
                </div>
              )}
              {(f.nextStep || f.nextDate) && (
                <div>
                  {t('fu.next')}
                  {t('colon')}
                  {f.nextStep ?? ''}
                  {f.nextDate ? ` (${day(f.nextDate)})` : ''}
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
        {!history.length && <p class="la-note">{t('hist.none')}</p>}
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
                <td>{new Date(h.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}</td>
                <td>{fieldLabel(h.field, lang)}</td>
                <td>{show(h.old, h.field, labels)}</td>
                <td>{show(h.new, h.field, labels)}</td>
                <td>
                  {canPutBack(h) && (
                    <Button
                      onClick={() => void update(applyChanges(card, [{ field: h.field, new: h.old }]))}
                      aria-label={t('putBackField', { field: fieldLabel(h.field, lang) })}
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

/**
 * Fields the user edits can be put back. Not the record of events (created, merged, follow-ups, the trash, which
 * have their own actions), nor what identifies the card or where it came from.
 */
const NO_PUT_BACK = new Set(['id', 'number', 'createdAt', 'updatedAt', 'rev', 'lastContactAt', 'deletedAt', 'sources']);
const PUT_BACK_TOP = new Set(Object.keys(Card.shape).filter((k) => !NO_PUT_BACK.has(k)));
export function canPutBack(h: Pick<HistoryEntry, 'field'>): boolean {
  return PUT_BACK_TOP.has(h.field.split('.')[0]);
}

type Labels = ReturnType<typeof useClassLabels>;
const ENUM_FIELDS: Record<string, (l: Labels, v: string) => string> = {
  'classification.grade': (l, v) => l.grade(v),
  'classification.valueTier': (l, v) => l.tier(v),
  'classification.lifecycle': (l, v) => l.lifecycle(v),
  'classification.stage': (l, v) => l.stage(v),
};

function show(v: unknown, field: string, labels: Labels): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'string' && ENUM_FIELDS[field]) return ENUM_FIELDS[field](labels, v);
  if (typeof v === 'number' && field === 'reviewedAt')
    return new Date(v).toLocaleDateString(labels.lang === 'zh' ? 'zh-CN' : 'en-GB');
  if (typeof v === 'string') return v.length > 120 ? v.slice(0, 119) + '…' : v;
  if (Array.isArray(v)) {
    const items = v.map((x) => (x && typeof x === 'object' && 'value' in x ? String(x.value) : JSON.stringify(x)));
    const s = items.join(', ');
    return s.length > 120 ? s.slice(0, 119) + '…' : s;
  }
  const s = JSON.stringify(v);
  return s.length > 120 ? s.slice(0, 119) + '…' : s;
}
