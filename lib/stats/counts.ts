import Dexie from 'dexie';
import type { Card, FollowUp } from '../card/schema';
import { GRADES, STAGES } from '../card/schema';
import type { ArchiveDb } from '../db';
import { regionsOf } from '../search/index-fields';
import { startOfDay } from '../reminders/rules';

// The archive at a glance, counted with index counts (no card read), minus the few cards in the trash.

export interface Bar {
  key: string;
  count: number;
}

export interface Overview {
  grade: Bar[];
  stage: Bar[];
  site: Bar[];
  region: Bar[];
  /** Cards captured per month, oldest first ("2026-03"). */
  month: Bar[];
  /** Follow-ups dated in each week (Monday start), oldest first. */
  followUpsPerWeek: Bar[];
  /** Open follow-ups whose next date has passed. */
  overdue: number;
  /** The same, by how long overdue: 1–7 days (`week`), 8–30 (`month`), 31–90 (`quarter`), more (`older`). */
  overdueByAge: Bar[];
  total: number;
}

const DAY = 86_400_000;
const TOP = 10;

function monthKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

async function topValues(
  db: ArchiveDb,
  index: string,
  trashedValues: Map<string, number>,
  fold = (k: string) => k,
): Promise<Bar[]> {
  const keys = (await db.cards.orderBy(index).uniqueKeys()) as string[];
  const bars = await Promise.all(
    keys.map(async (k) => ({
      key: fold(k),
      count: (await db.cards.where(index).equals(k).count()) - (trashedValues.get(k) ?? 0),
    })),
  );
  return bars
    .filter((b) => b.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP);
}

/** A day as yyyy-mm-dd in local time (toISOString would give Sunday for a Monday east of UTC). */
function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Overdue buckets: [key, days overdue from, days overdue to (exclusive)]. */
export const OVERDUE_AGES: [string, number, number][] = [
  ['week', 1, 8],
  ['month', 8, 31],
  ['quarter', 31, 91],
  ['older', 91, Infinity],
];

function tally(cards: Card[], value: (c: Card) => string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of cards) for (const v of value(c)) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

export async function overview(db: ArchiveDb, now = Date.now(), months = 12, weeks = 12): Promise<Overview> {
  const trashed = (await db.cards.where('deletedAt').above(0).toArray()) as Card[];
  const tGrade = tally(trashed, (c) => [c.classification.grade ?? '-']);
  const tStage = tally(trashed, (c) => [c.classification.stage ?? '-']);
  const tSite = tally(trashed, (c) => {
    const s = c.sources.find((x) => x.site)?.site;
    return s ? [s] : [];
  });
  const tRegion = tally(trashed, (c) => regionsOf(c));
  const tMonth = tally(trashed, (c) => [monthKey(c.createdAt)]);

  // Follow-ups of cards in the trash (few) are left out of the follow-up counts too.
  const trashedFollowUps = trashed.length
    ? ((await db.followUps
        .where('cardId')
        .anyOf(trashed.map((c) => c.id))
        .toArray()) as FollowUp[])
    : [];
  const total = (await db.cards.count()) - trashed.length;
  const grade = await Promise.all(
    [...GRADES, '-'].map(async (g) => ({
      key: g,
      count:
        (await db.cards.where('[g+rv]').between([g, Dexie.minKey], [g, Dexie.maxKey]).count()) - (tGrade.get(g) ?? 0),
    })),
  );
  const staged = await Promise.all(
    STAGES.map(async (s) => ({
      key: s,
      count: (await db.cards.where('stage').equals(s).count()) - (tStage.get(s) ?? 0),
    })),
  );
  const stage = [...staged, { key: '-', count: total - staged.reduce((n, b) => n + b.count, 0) }];

  const month: Bar[] = [];
  const d = new Date(now);
  d.setDate(1);
  d.setHours(0, 0, 0, 0);
  d.setMonth(d.getMonth() - (months - 1));
  for (let i = 0; i < months; i++) {
    const from = d.getTime();
    d.setMonth(d.getMonth() + 1);
    const key = monthKey(from);
    const n = await db.cards.where('createdAt').between(from, d.getTime(), true, false).count();
    month.push({ key, count: n - (tMonth.get(key) ?? 0) });
  }

  const followUpsPerWeek: Bar[] = [];
  const today = new Date(startOfDay(now));
  const monday = startOfDay(today.getTime() - ((today.getDay() + 6) % 7) * DAY);
  for (let i = weeks - 1; i >= 0; i--) {
    const from = monday - i * 7 * DAY;
    const to = from + 7 * DAY;
    const n = await db.followUps
      .where('[date+cardId]')
      .between([from, Dexie.minKey], [to, Dexie.minKey], true, false)
      .count();
    const gone = trashedFollowUps.filter((f) => f.date >= from && f.date < to).length;
    followUpsPerWeek.push({ key: dayKey(from).slice(5), count: n - gone });
  }
  const start = startOfDay(now);
  const openDue = trashedFollowUps.filter((f) => !f.done && f.nextDate !== undefined).map((f) => f.nextDate!);
  const overdueByAge: Bar[] = [];
  for (const [key, fromDays, toDays] of OVERDUE_AGES) {
    // Due before the start of the day `fromDays` ago and on or after the start of the day `toDays` ago.
    const hi = start - (fromDays - 1) * DAY;
    const lo = toDays === Infinity ? -Infinity : start - (toDays - 1) * DAY;
    const range = db.followUps.where('[due+cardId]');
    const n = await (
      lo === -Infinity
        ? range.below([hi, Dexie.minKey])
        : range.between([lo, Dexie.minKey], [hi, Dexie.minKey], true, false)
    ).count();
    overdueByAge.push({ key, count: n - openDue.filter((d) => d < hi && d >= lo).length });
  }
  const overdue = overdueByAge.reduce((n, b) => n + b.count, 0);

  return {
    grade,
    stage,
    site: await topValues(db, 'sourceSite', tSite),
    region: await topValues(db, 'rg', tRegion),
    month,
    followUpsPerWeek,
    overdue,
    overdueByAge,
    total,
  };
}
