import { useEffect, useState } from 'preact/hooks';
import type { Card } from '../../lib/card/schema';
import { getDb } from '../../lib/db';
import { COUNT_CAP, scanReminders, shownCount, type CardList, type TodayReminders } from '../../lib/reminders/scan';
import type { Prefs } from '../../lib/views/prefs';
import { useLang, useT } from '../i18n';
import { readErrorText } from './error-text';
import { archiveMessages } from './messages';

// The "Today" list: follow-ups due or overdue, birthdays and anniversaries, and how many cards are due for
// review or have had no contact for too long (each with the first few, to open).

/** "and N more": past the cap the total is not known, only that it is more. */
function more(count: number, shown: number): string {
  return count > COUNT_CAP ? `${COUNT_CAP - shown}+` : String(count - shown);
}

export function TodayPanel(props: {
  prefs: Pick<Prefs, 'reminders'>;
  onOpen: (id: string) => void;
  /** Bumped after writes: the list is found again (a follow-up marked done leaves it). */
  version?: number;
}) {
  const t = useT(archiveMessages);
  const lang = useLang();
  const [today, setToday] = useState<TodayReminders | null>(null);
  const [names, setNames] = useState<Map<string, Card>>(new Map());
  const [ms, setMs] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const started = performance.now();
    void scanReminders(getDb(), Date.now(), props.prefs.reminders)
      .then(async (r) => {
        const took = Math.round(performance.now() - started);
        const ids = new Set([
          ...r.followUps.map((f) => f.cardId),
          ...r.dates.map((d) => d.cardId),
          ...r.review.ids,
          ...r.noContact.ids,
        ]);
        const cards = (await getDb().cards.bulkGet([...ids])).filter(Boolean) as Card[];
        if (!live) return;
        setNames(new Map(cards.map((c) => [c.id, c])));
        setToday(r);
        setMs(took);
      })
      .catch((e: unknown) => live && setFailed(readErrorText(t, e)));
    return () => {
      live = false;
    };
  }, [props.prefs.reminders, props.version]);

  if (failed && !today)
    return (
      <p role="alert" class="la-error">
        {failed}
      </p>
    );
  if (!today) return <p>{t('loading')}</p>;
  const link = (id: string) => (
    <a
      href={`#card=${encodeURIComponent(id)}`}
      onClick={(e) => {
        e.preventDefault();
        props.onOpen(id);
      }}
    >
      {names.get(id)?.name || t('noName')}
    </a>
  );
  const few = (list: CardList) => (
    <ul>
      {list.ids.map((id) => (
        <li key={id}>{link(id)}</li>
      ))}
      {list.count > list.ids.length && <li>{t('today.more', { n: more(list.count, list.ids.length) })}</li>}
    </ul>
  );
  const nothing = !today.followUpsDue && !today.dates.length && !today.review.count && !today.noContact.count;
  return (
    <div class="la-today" data-testid="today">
      <h2>{t('today.title')}</h2>
      {nothing && <p>{t('today.nothing')}</p>}
      {today.followUpsDue > 0 && (
        <section>
          <h3>
            {t('today.followUps')} ({shownCount(today.followUpsDue)})
          </h3>
          <ul>
            {today.followUps.map((r) => (
              <li key={r.followUpId}>
                {link(r.cardId)} · {new Date(r.due).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB')}
                {r.kind === 'overdue' && <strong> · {t('today.overdue')}</strong>} ·{' '}
                {r.followUp.nextStep ?? r.followUp.summary}
              </li>
            ))}
            {today.followUpsDue > today.followUps.length && (
              <li>{t('today.more', { n: more(today.followUpsDue, today.followUps.length) })}</li>
            )}
          </ul>
        </section>
      )}
      {today.dates.length > 0 && (
        <section>
          <h3>{t('today.dates')}</h3>
          <ul>
            {today.dates.map((r) => (
              <li key={r.cardId + r.kind}>
                {t(`today.${r.kind as 'birthday' | 'anniversary'}`)} · {link(r.cardId)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {today.review.count > 0 && (
        <section>
          <h3>{t('today.review', { n: shownCount(today.review.count) })}</h3>
          {few(today.review)}
        </section>
      )}
      {today.noContact.count > 0 && (
        <section>
          <h3>{t('today.noContact', { n: shownCount(today.noContact.count) })}</h3>
          {few(today.noContact)}
        </section>
      )}
      <p class="la-note">{t('today.scanned', { ms })}</p>
    </div>
  );
}
