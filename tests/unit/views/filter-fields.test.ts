import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Card, type CardInput } from '../../../lib/card/schema';
import { ArchiveDb, setDb, toRecord } from '../../../lib/db';
import { addFollowUp } from '../../../lib/archive/store';
import { filterIds, type Filter } from '../../../lib/views/filter';
import { listIds } from '../../../lib/views/list';

// The filters the property test (filter.test.ts) does not draw: value tier, lifecycle, source site, country or
// province, captured and updated ranges, follow-up due; each alone and with the search text.

const DAY = 86_400_000;
const NOW = new Date(2026, 5, 15, 10).getTime();
let db: ArchiveDb;
afterEach(async () => {
  setDb(null);
  await db.delete();
});

function card(id: string, over: Partial<CardInput> = {}): Card {
  return Card.parse({ id, number: `C-${id}`, kind: 'company', name: id, createdAt: NOW, updatedAt: NOW, ...over });
}

async function setup() {
  db = new ArchiveDb(`filter-fields-${Math.random()}`);
  setDb(db);
  await db.cards.bulkAdd(
    [
      card('hz', {
        name: '杭州丝绸有限公司',
        classification: { valueTier: 'key', lifecycle: 'existing', tags: [] },
        addresses: [{ city: '杭州', region: '浙江省', country: 'CN' }],
        sources: [{ site: '1688.com' }],
        createdAt: NOW - 40 * DAY,
        updatedAt: NOW - 2 * DAY,
      }),
      card('on', {
        name: 'Maple Tools Ltd',
        classification: { valueTier: 'minor', lifecycle: 'prospect', tags: [] },
        addresses: [{ city: 'Toronto', region: 'Ontario', country: 'CA' }],
        sources: [{ site: 'kompass.com' }],
        createdAt: NOW - 5 * DAY,
        updatedAt: NOW - 5 * DAY,
      }),
      card('sz', {
        name: '深圳华强电子',
        classification: { lifecycle: 'new', tags: [] },
        addresses: [{ region: '广东省', country: 'CN' }],
        sources: [{ site: '1688.com' }],
        createdAt: NOW - 1 * DAY,
        updatedAt: NOW,
      }),
    ].map(toRecord),
  );
  // A follow-up whose next step fell due yesterday (open), one due next week, one due today but done.
  const fu = (id: string, cardId: string, nextDate: number, done = false) =>
    addFollowUp({ id, cardId, date: NOW - 3 * DAY, method: 'phone', summary: 'call', nextDate, done });
  await fu('f1', 'hz', NOW - DAY);
  await fu('f2', 'on', NOW + 7 * DAY);
  await fu('f3', 'sz', NOW, true);
}

const ids = async (f: Filter) => [...((await filterIds(db, f, NOW)) ?? [])].sort();

describe('filters', () => {
  it('by value tier, lifecycle, source site and country or province (any case)', async () => {
    await setup();
    expect(await ids({ tiers: ['key'] })).toEqual(['hz']);
    expect(await ids({ lifecycles: ['new', 'prospect'] })).toEqual(['on', 'sz']);
    expect(await ids({ sites: ['1688.com'] })).toEqual(['hz', 'sz']);
    expect(await ids({ regions: ['CN'] })).toEqual(['hz', 'sz']);
    expect(await ids({ regions: ['浙江省'] })).toEqual(['hz']);
    expect(await ids({ regions: ['ontario'] })).toEqual(['on']);
    expect(await ids({ regions: ['cn'], lifecycles: ['existing'] })).toEqual(['hz']);
  });

  it('by the day captured and the day updated (both ends included)', async () => {
    await setup();
    expect(await ids({ createdFrom: NOW - 10 * DAY })).toEqual(['on', 'sz']);
    expect(await ids({ createdTo: NOW - 5 * DAY })).toEqual(['hz', 'on']);
    expect(await ids({ createdFrom: NOW - 5 * DAY, createdTo: NOW - 5 * DAY })).toEqual(['on']);
    // Adding follow-ups updated every card: all were updated at or after NOW - 5 days.
    expect(await ids({ updatedFrom: NOW - 6 * DAY })).toEqual(['hz', 'on', 'sz']);
    expect(await ids({ updatedTo: NOW - 6 * DAY })).toEqual([]);
  });

  it('by follow-up due: open next steps due today or earlier', async () => {
    await setup();
    expect(await ids({ followUpDue: true })).toEqual(['hz']);
    // A week later the second is due too; the done one never is.
    expect(await filterIds(db, { followUpDue: true }, NOW + 8 * DAY)).toEqual(new Set(['hz', 'on']));
  });

  it('with the search text, in Chinese and in English, trash left out', async () => {
    await setup();
    const sort = { col: 'name' as const, dir: 'asc' as const };
    expect((await listIds(db, { text: '杭州', filter: { regions: ['浙江省'] }, sort, trash: false }, NOW)).ids).toEqual(
      ['hz'],
    );
    expect(
      (await listIds(db, { text: 'maple', filter: { sites: ['kompass.com'] }, sort, trash: false }, NOW)).ids,
    ).toEqual(['on']);
    await db.cards.update('on', { deletedAt: NOW });
    expect((await listIds(db, { text: 'maple', filter: {}, sort, trash: false }, NOW)).ids).toEqual([]);
    expect((await listIds(db, { text: 'maple', filter: {}, sort, trash: true }, NOW)).ids).toEqual(['on']);
  });
});
