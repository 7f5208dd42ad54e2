import Dexie from 'dexie';
import type { Card } from '../card/schema';
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
    followUpsPerWeek.push({ key: new Date(from).toISOString().slice(5, 10), count: n });
  }
  const overdue = await db.followUps
    .where('[due+cardId]')
    .below([startOfDay(now), Dexie.minKey])
    .count();

  return {
    grade,
    stage,
    site: await topValues(db, 'sourceSite', tSite),
    region: await topValues(db, 'rg', tRegion),
    month,
    followUpsPerWeek,
    overdue,
    total,
  };
}
