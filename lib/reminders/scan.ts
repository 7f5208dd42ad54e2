import Dexie from 'dexie';
import type { Card, FollowUp } from '../card/schema';
import type { ArchiveDb } from '../db';
import { trashedIds } from '../views/filter';
import {
  DEFAULT_REMINDER_SETTINGS,
  dateReminders,
  endOfDay,
  followUpReminders,
  startOfDay,
  todayMonthDays,
  type GradeKey,
  type Reminder,
  type ReminderSettings,
} from './rules';

// Today's reminders for the whole archive, found through indexes: open follow-ups by [due+cardId], birthdays by
// their "MM-DD" index, reviews by [grade+last review], silence by [grade+last contact]. Only
// the few cards that need a closer look (birthdays, due follow-ups) are read; the rules in rules.ts decide.

export interface TodayReminders {
  /** Follow-ups due today or overdue, with their follow-up: the FOLLOW_UPS_SHOWN most overdue first. */
  followUps: (Reminder & { followUp: FollowUp })[];
  /** How many follow-ups are due today or overdue (at most COUNT_CAP + 1, meaning "more than COUNT_CAP"). */
  followUpsDue: number;
  /** Birthdays and anniversaries today. */
  dates: Reminder[];
  /** Cards due for review: how many, and the first few. */
  review: CardList;
  /** Cards without contact for longer than their grade allows: how many, and the first few (oldest first). */
  noContact: CardList;
}

export interface CardList {
  count: number;
  ids: string[];
}

/** Ids listed per kind of reminder; the rest are counted. */
export const SHOWN = 20;
/** Counts stop here (shown as "1,000+"): finding today's reminders costs the same in any size of archive. */
export const COUNT_CAP = 1000;

const GRADE_KEYS: GradeKey[] = ['A', 'B', 'C', 'none'];
/** Follow-ups read for the Today list (oldest due first); the rest are counted. */
export const FOLLOW_UPS_SHOWN = 200;
const DAY = 86_400_000;
const indexGrade = (g: GradeKey) => (g === 'none' ? '-' : g);

/** The day, `months` before `now`'s end of day: a card last reviewed on or before it is due. */
function reviewCutoff(now: number, months: number): number {
  const d = new Date(endOfDay(now));
  d.setMonth(d.getMonth() - months);
  return d.getTime();
}

export async function scanReminders(
  db: ArchiveDb,
  now = Date.now(),
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
  /** Filled with each part's milliseconds, for the benchmark. */
  profile?: Record<string, number>,
  /** The badge needs only follow-ups and dates: leave the review and no-contact parts out. */
  only?: 'badge',
): Promise<TodayReminders> {
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    if (profile) profile[name] = Math.round((performance.now() - t0) * 10) / 10;
    return out;
  };
  const trashed = await timed('trash', () => trashedIds(db));
  const live = (id: string) => !trashed.has(id);

  // Counted from the index's primary keys (no cursor, no values); only the first few follow-ups are read. Open
  // follow-ups of cards in the trash (few) are looked up and left out.
  const dueFollowUps = async () => {
    const end = endOfDay(now);
    const hidden = new Set<string>();
    if (trashed.size) {
      const ofTrashed = (await db.followUps
        .where('cardId')
        .anyOf([...trashed])
        .toArray()) as FollowUp[];
      for (const f of ofTrashed) if (!f.done && f.nextDate !== undefined && f.nextDate <= end) hidden.add(f.id);
    }
    // Only as many as the count shows: an archive with 100,000 open follow-ups answers as fast as one with 10.
    const pks = (await db.followUps
      .where('[due+cardId]')
      .below([end, Dexie.maxKey])
      .limit(COUNT_CAP + 1 + hidden.size)
      .primaryKeys()) as string[];
    const open = hidden.size ? pks.filter((id) => !hidden.has(id)) : pks;
    const list = (await db.followUps.bulkGet(open.slice(0, FOLLOW_UPS_SHOWN))).filter(Boolean) as FollowUp[];
    const byId = new Map(list.map((f) => [f.id, f]));
    const shown = followUpReminders(list, now).map((r) => ({ ...r, followUp: byId.get(r.followUpId!)! }));
    return { shown, count: Math.min(open.length, COUNT_CAP + 1) };
  };

  const dates = async () => {
    const lists = await Promise.all(todayMonthDays(now).map((k) => db.cards.where('md').equals(k).primaryKeys()));
    const ids = lists.flat() as string[];
    const cards = (await db.cards.bulkGet([...new Set(ids)].filter(live))).filter(Boolean) as Card[];
    return cards.flatMap((c) => dateReminders(c, now));
  };

  // Per grade, the first ids of the range [grade, -∞ … grade, cut-off] of an index, up to COUNT_CAP + 1: the work
  // is bounded by the cap, not by the size of the archive (the list says "1,000+" beyond it).
  const dueByGrade = async (
    index: '[g+rv]' | '[g+lc]',
    cutoff: (g: GradeKey) => number | null,
    inclusive: boolean,
  ): Promise<CardList> => {
    const ids: string[] = [];
    for (const g of GRADE_KEYS) {
      const until = cutoff(g);
      if (until === null || ids.length > COUNT_CAP) continue;
      const page = (await db.cards
        .where(index)
        .between([indexGrade(g), Dexie.minKey], [indexGrade(g), until], true, inclusive)
        .limit(COUNT_CAP + 1 - ids.length + trashed.size)
        .primaryKeys()) as string[];
      ids.push(...page.filter(live));
    }
    return { count: Math.min(ids.length, COUNT_CAP + 1), ids: ids.slice(0, SHOWN) };
  };
  // Reviews by [grade+last review]; silence by [grade+last contact] (latest follow-up, or the capture), oldest first.
  const review = () => {
    const months = settings.reviewMonths;
    return dueByGrade('[g+rv]', (g) => (months[g] ? reviewCutoff(now, months[g]) : null), true);
  };
  const noContact = () => {
    const days = settings.noContactDays;
    return dueByGrade('[g+lc]', (g) => (days[g] ? startOfDay(now) - days[g] * DAY : null), false);
  };

  const [f, d, r, n] = await Promise.all([
    timed('followUps', dueFollowUps),
    timed('dates', dates),
    only === 'badge' ? { count: 0, ids: [] } : timed('review', review),
    only === 'badge' ? { count: 0, ids: [] } : timed('noContact', noContact),
  ]);
  return { followUps: f.shown, followUpsDue: f.count, dates: d, review: r, noContact: n };
}

/** A count as shown: "1000+" once it passed the cap. */
export function shownCount(n: number): string {
  return n > COUNT_CAP ? `${COUNT_CAP}+` : String(n);
}

/** The toolbar badge: what needs doing today (due follow-ups, birthdays and anniversaries). */
export function badgeCount(t: TodayReminders): number {
  return t.followUpsDue + t.dates.length;
}
