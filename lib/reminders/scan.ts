import Dexie from 'dexie';
import type { Card, FollowUp } from '../card/schema';
import type { ArchiveDb } from '../db';
import { contactedSince, trashedIds } from '../views/filter';
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
// their "MM-DD" index, reviews by [grade+last review], silence by capture date minus cards contacted since. Only
// the few cards that need a closer look (birthdays, due follow-ups) are read; the rules in rules.ts decide.

export interface TodayReminders {
  /** Follow-ups due today or overdue, with their follow-up: the FOLLOW_UPS_SHOWN most overdue first. */
  followUps: (Reminder & { followUp: FollowUp })[];
  /** How many follow-ups are due today or overdue in all. */
  followUpsDue: number;
  /** Birthdays and anniversaries today. */
  dates: Reminder[];
  /** Cards due for review (ids). */
  review: string[];
  /** Cards without contact for longer than their grade allows (ids). */
  noContact: string[];
}

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

  const review = async () => {
    const out: string[] = [];
    for (const g of GRADE_KEYS) {
      const months = settings.reviewMonths[g];
      if (months) out.push(...(await gradeIds(db, g, reviewCutoff(now, months))).filter(live));
    }
    return out;
  };

  const noContact = async () => {
    const limits = GRADE_KEYS.map((g) => settings.noContactDays[g]);
    const out: string[] = [];
    // One pass per distinct limit: cards captured before the cut-off and not contacted since.
    for (const days of new Set(limits.filter((d) => d > 0))) {
      const since = startOfDay(now) - days * DAY;
      const grades = GRADE_KEYS.filter((g) => settings.noContactDays[g] === days);
      const [old, recent] = await Promise.all([
        db.cards.where('createdAt').below(since).primaryKeys() as Promise<string[]>,
        contactedSince(db, since),
      ]);
      let inGrades: Set<string> | null = null;
      if (grades.length < GRADE_KEYS.length) {
        inGrades = new Set((await Promise.all(grades.map((g) => gradeIds(db, g)))).flat());
      }
      for (const id of old) if (!recent.has(id) && live(id) && (!inGrades || inGrades.has(id))) out.push(id);
    }
    return out;
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
