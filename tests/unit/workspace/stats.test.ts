import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Card, type CardInput } from '../../../lib/card/schema';
import { ArchiveDb, setDb, toRecord } from '../../../lib/db';
import { addFollowUp } from '../../../lib/archive/store';
import { overview } from '../../../lib/stats/counts';

// The charts' numbers: cards by grade, stage, site, region and month captured, follow-ups per week, overdue
// follow-ups by age; cards in the trash (and their follow-ups) are left out everywhere.

const DAY = 86_400_000;
// A Wednesday, mid-morning local time.
const NOW = new Date(2026, 5, 17, 10).getTime();
let db: ArchiveDb;
afterEach(async () => {
  setDb(null);
  await db.delete();
});

let n = 0;
function card(over: Partial<CardInput>): Card {
  n++;
  return Card.parse({
    id: `c${n}`,
    number: `C-${n}`,
    kind: 'company',
    name: `N${n}`,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  });
}

describe('overview', () => {
  it('counts by grade, stage, site, region and month, and follow-ups per week and overdue by age', async () => {
    db = new ArchiveDb(`stats-${Math.random()}`);
    setDb(db);
    const cards = [
      card({
        id: 'a',
        classification: { grade: 'A', stage: 'contact', tags: [] },
        sources: [{ site: '1688.com' }],
        addresses: [{ region: '浙江省', country: 'CN' }],
      }),
      card({
        id: 'b',
        classification: { grade: 'A', tags: [] },
        sources: [{ site: '1688.com' }],
        createdAt: NOW - 40 * DAY,
      }),
      card({ id: 'c', classification: { grade: 'C', stage: 'contract', tags: [] }, addresses: [{ country: 'CN' }] }),
      card({
        id: 't',
        classification: { grade: 'A', stage: 'contact', tags: [] },
        sources: [{ site: '1688.com' }],
        deletedAt: NOW,
      }),
    ];
    await db.cards.bulkAdd(cards.map(toRecord));
    const fu = (id: string, cardId: string, date: number, nextDate?: number) =>
      addFollowUp({ id, cardId, date, method: 'phone', summary: 's', nextDate, done: false });
    await fu('f1', 'a', NOW - DAY, NOW - 2 * DAY); // this week; 2 days overdue
    await fu('f2', 'b', NOW - 8 * DAY, NOW - 20 * DAY); // last week; 20 days overdue
    await fu('f3', 'c', NOW, NOW - 200 * DAY); // this week; long overdue
    await fu('f4', 'c', NOW, NOW + DAY); // not yet due
    await fu('f5', 't', NOW, NOW - 2 * DAY); // a card in the trash: counted nowhere
    const o = await overview(db, NOW);
    expect(o.total).toBe(3);
    expect(o.grade).toEqual([
      { key: 'A', count: 2 },
      { key: 'B', count: 0 },
      { key: 'C', count: 1 },
      { key: '-', count: 0 },
    ]);
    expect(o.stage.find((b) => b.key === 'contact')!.count).toBe(1);
    expect(o.stage.find((b) => b.key === 'contract')!.count).toBe(1);
    expect(o.stage.find((b) => b.key === '-')!.count).toBe(1);
    expect(o.site).toEqual([{ key: '1688.com', count: 2 }]);
    expect(o.region).toEqual([
      { key: 'cn', count: 2 },
      { key: '浙江省', count: 1 },
    ]);
    expect(o.month.at(-1)).toEqual({ key: '2026-06', count: 2 });
    expect(o.month.at(-2)).toEqual({ key: '2026-05', count: 1 });
    // Weeks start on Monday 15 June, labelled by local date.
    expect(o.followUpsPerWeek.at(-1)).toEqual({ key: '06-15', count: 3 });
    expect(o.followUpsPerWeek.at(-2)).toEqual({ key: '06-08', count: 1 });
    expect(o.overdueByAge).toEqual([
      { key: 'week', count: 1 },
      { key: 'month', count: 1 },
      { key: 'quarter', count: 0 },
      { key: 'older', count: 1 },
    ]);
    expect(o.overdue).toBe(3);
  });
});
