import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../lib/card/schema';
import { ArchiveDb, fromRecord, toRecord } from '../../../lib/db';
import { SortCancelled, sortIds, type Sort } from '../../../lib/views/sort';
import { cacheFor } from '../../../lib/views/value-cache';
import { listIds } from '../../../lib/views/list';

// Sorting by a column without an index (phone) reads the cards: a newer request stops an older one between
// slices, and the values read stay cached per card, so after a write only the changed cards are read again.

const dbs: ArchiveDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of dbs.splice(0)) await d.delete();
});

const phone = (i: number) => `+86138${String((i * 7919) % 100000).padStart(8, '0')}`;
function makeCards(n: number) {
  return Array.from({ length: n }, (_, i) =>
    Card.parse({
      id: `c${String(i).padStart(5, '0')}`,
      number: `C-${i}`,
      kind: 'company',
      name: `N${i}`,
      phones: [{ value: phone(i) }],
      createdAt: 1000 + i,
      updatedAt: 1000 + i,
    }),
  );
}
async function open(n: number) {
  const db = new ArchiveDb(`sort-cache-${Math.random()}`);
  dbs.push(db);
  const cards = makeCards(n);
  await db.cards.bulkAdd(cards.map(toRecord));
  return { db, cards };
}
const byPhone: Sort = { col: 'phone', dir: 'asc' };
/** The order a fresh read gives (a new database object has its own, empty cache). */
async function fresh(name: string, sort: Sort) {
  const other = new ArchiveDb(name);
  try {
    return await sortIds(other, null, sort);
  } finally {
    other.close();
  }
}

describe('sorting by a column without an index', () => {
  it('a newer sort cancels an older one: the older stops reading between slices', async () => {
    const { db } = await open(6000);
    const real = db.cards.bulkGet.bind(db.cards);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    vi.spyOn(db.cards, 'bulkGet').mockImplementation(((keys: string[]) => {
      calls++;
      // The first slice of the first request waits until the second request has started.
      return calls === 1 ? gate.then(() => real(keys)) : real(keys);
    }) as never);
    let current = 1;
    const older = sortIds(db, null, byPhone, new Set(), { cancelled: () => current !== 1 }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(calls).toBe(1));
    current = 2;
    const newer = sortIds(db, null, byPhone, new Set(), { cancelled: () => current !== 2 });
    release();
    expect(await older).toBeInstanceOf(SortCancelled);
    const ids = await newer;
    expect(ids).toHaveLength(6000);
    // The older request read its one slice and no more; the newer read all three.
    expect(calls).toBe(4);
  });

  it('after a write only the changed cards are read again, and the order follows the write', async () => {
    const { db, cards } = await open(5000);
    const first = await sortIds(db, null, byPhone);
    // The page-wide cache sortIds made (the extract given here is not used: the cache exists).
    const cache = cacheFor(db, () => '');
    expect(first).toHaveLength(5000);
    const afterFirst = cache.reads;
    expect(afterFirst).toBe(5000);
    // Nothing changed: nothing read again.
    await sortIds(db, null, { col: 'phone', dir: 'desc' });
    expect(cache.reads - afterFirst).toBe(0);
    // Three cards get new phones (one sorts first now), stamped as the archive stamps a write.
    const before = cache.reads;
    const now = Date.now();
    const changed = [cards[10], cards[2000], cards[4999]].map((c, k) =>
      toRecord({ ...c, phones: [{ value: `+1202555000${k}` }], updatedAt: now, rev: c.rev + 1 }),
    );
    await db.cards.bulkPut(changed);
    const second = await sortIds(db, null, byPhone);
    expect(cache.reads - before).toBeLessThanOrEqual(4);
    expect(second.slice(0, 3)).toEqual([cards[10].id, cards[2000].id, cards[4999].id]);
    expect(second).toEqual(await fresh(db.name, byPhone));
  });

  it('a card replaced with an older stamp (an import keeps the file’s) is read again from the change event', async () => {
    const { db, cards } = await open(3500);
    await sortIds(db, null, byPhone);
    const rec = await db.cards.get(cards[3000].id);
    await db.cards.put(toRecord({ ...fromRecord(rec!), phones: [{ value: '+12025550000' }], updatedAt: 5 }));
    const ids = await sortIds(db, null, byPhone);
    expect(ids[0]).toBe(cards[3000].id);
    expect(ids).toEqual(await fresh(db.name, byPhone));
  });

  it('listIds passes the cancel check on', async () => {
    const { db } = await open(3500);
    const q = { text: '', filter: {}, sort: byPhone, trash: false };
    await expect(listIds(db, q, Date.now(), { cancelled: () => true })).rejects.toBeInstanceOf(SortCancelled);
  });
});
