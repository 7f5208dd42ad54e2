import Dexie from 'dexie';
import type { Card, FollowUp } from '../card/schema';
import type { ArchiveDb } from '../db';
import { contactedSince, trashedIds } from '../views/filter';
import {
  DEFAULT_REMINDER_SETTINGS,
  dateReminders,
  endOfDay,
  followUpReminders,
  reviewReminder,
  startOfDay,
  todayMonthDays,
  type GradeKey,
  type Reminder,
  type ReminderSettings,
} from './rules';

// Today's reminders for the whole archive, found through indexes: open follow-ups by [due+cardId], birthdays by
// their "MM-DD" index, reviews by [grade+last review], silence by capture date minus cards contacted since. Only
// the few cards that need a closer look (birthdays, due follow-ups) are read; the rules in rules.ts decide.

export interface TodayReminders {
  /** Follow-ups due today or overdue, with their follow-up: the FOLLOW_UPS_SHOWN most overdue first. */
  followUps: (Reminder & { followUp: FollowUp })[];
  /** How many follow-ups are due today or overdue in all. */
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

const GRADE_KEYS: GradeKey[] = ['A', 'B', 'C', 'none'];
/** Follow-ups read for the Today list (oldest due first); the rest are counted. */
export const FOLLOW_UPS_SHOWN = 200;
const DAY = 86_400_000;
const indexGrade = (g: GradeKey) => (g === 'none' ? '-' : g);

async function gradeIds(db: ArchiveDb, g: GradeKey, upTo: unknown = Dexie.maxKey): Promise<string[]> {
  return (await db.cards
    .where('[g+rv]')
    .between([indexGrade(g), Dexie.minKey], [indexGrade(g), upTo], true, true)
    .primaryKeys()) as string[];
}

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
    const pks = (await db.followUps.where('[due+cardId]').below([end, Dexie.maxKey]).primaryKeys()) as string[];
    const hidden = new Set<string>();
    if (trashed.size) {
      const ofTrashed = (await db.followUps
        .where('cardId')
        .anyOf([...trashed])
        .toArray()) as FollowUp[];
      for (const f of ofTrashed) if (!f.done && f.nextDate !== undefined && f.nextDate <= end) hidden.add(f.id);
    }
    const open = hidden.size ? pks.filter((id) => !hidden.has(id)) : pks;
    const list = (await db.followUps.bulkGet(open.slice(0, FOLLOW_UPS_SHOWN))).filter(Boolean) as FollowUp[];
    const byId = new Map(list.map((f) => [f.id, f]));
    const shown = followUpReminders(list, now).map((r) => ({ ...r, followUp: byId.get(r.followUpId!)! }));
    return { shown, count: open.length };
  };

  const dates = async () => {
    const lists = await Promise.all(todayMonthDays(now).map((k) => db.cards.where('md').equals(k).primaryKeys()));
    const ids = lists.flat() as string[];
    const cards = (await db.cards.bulkGet([...new Set(ids)].filter(live))).filter(Boolean) as Card[];
    return cards.flatMap((c) => dateReminders(c, now));
  };

  // Trashed cards are few: read them once, to take them out of counts made from index ranges.
  const trashedCards = trashed.size ? ((await db.cards.bulkGet([...trashed])).filter(Boolean) as Card[]) : [];

  // Per grade: counted by the index (no key read), the first few ids read for the list.
  const review = async (): Promise<CardList> => {
    let count = 0;
    const ids: string[] = [];
    for (const g of GRADE_KEYS) {
      const months = settings.reviewMonths[g];
      if (!months) continue;
      const range = db.cards
        .where('[g+rv]')
        .between([indexGrade(g), Dexie.minKey], [indexGrade(g), reviewCutoff(now, months)], true, true);
      count += await range.count();
      if (ids.length < SHOWN) ids.push(...((await range.limit(SHOWN + trashed.size).primaryKeys()) as string[]));
    }
    count -= trashedCards.filter((c) => reviewReminder({ ...c, deletedAt: undefined }, now, settings)).length;
    return { count, ids: ids.filter(live).slice(0, SHOWN) };
  };

  // Cards captured before the cut-off and not contacted since. With one limit for every grade (the default) this
  // is counted without reading the old cards' keys: old − (contacted − contacted among the new).
  const noContact = async (): Promise<CardList> => {
    const limits = new Set(GRADE_KEYS.map((g) => settings.noContactDays[g]));
    if (limits.size === 1) {
      const days = [...limits][0];
      if (!days) return { count: 0, ids: [] };
      const since = startOfDay(now) - days * DAY;
      const [oldCount, recent, fresh] = await Promise.all([
        db.cards.where('createdAt').below(since).count(),
        contactedSince(db, since),
        db.cards.where('createdAt').aboveOrEqual(since).primaryKeys() as Promise<string[]>,
      ]);
      let recentNew = 0;
      for (const id of fresh) if (recent.has(id)) recentNew++;
      const gone = trashedCards.filter((c) => c.createdAt < since && !recent.has(c.id)).length;
      const ids: string[] = [];
      // Oldest captures first.
      for (let offset = 0; ids.length < SHOWN; offset += 500) {
        const page = (await db.cards
          .where('createdAt')
          .below(since)
          .offset(offset)
          .limit(500)
          .primaryKeys()) as string[];
        for (const id of page) if (!recent.has(id) && live(id) && ids.length < SHOWN) ids.push(id);
        if (page.length < 500) break;
      }
      return { count: oldCount - (recent.size - recentNew) - gone, ids };
    }
    // Different limits per grade: one pass per limit over the ids of its grades.
    const out: string[] = [];
    for (const days of [...limits].filter((d) => d > 0)) {
      const since = startOfDay(now) - days * DAY;
      const grades = GRADE_KEYS.filter((g) => settings.noContactDays[g] === days);
      const [old, recent, inGrades] = await Promise.all([
        db.cards.where('createdAt').below(since).primaryKeys() as Promise<string[]>,
        contactedSince(db, since),
        Promise.all(grades.map((g) => gradeIds(db, g))).then((l) => new Set(l.flat())),
      ]);
      for (const id of old) if (!recent.has(id) && live(id) && inGrades.has(id)) out.push(id);
    }
    return { count: out.length, ids: out.slice(0, SHOWN) };
  };

  const [f, d, r, n] = await Promise.all([
    timed('followUps', dueFollowUps),
    timed('dates', dates),
    timed('review', review),
    timed('noContact', noContact),
  ]);
  return { followUps: f.shown, followUpsDue: f.count, dates: d, review: r, noContact: n };
}

/** The toolbar badge: what needs doing today (due follow-ups, birthdays and anniversaries). */
export function badgeCount(t: TodayReminders): number {
  return t.followUpsDue + t.dates.length;
}
