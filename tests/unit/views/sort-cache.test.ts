import 'fake-indexeddb/auto';
import Dexie, { RangeSet } from 'dexie';
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
function makeCards(n: number, stamp?: number) {
  return Array.from({ length: n }, (_, i) =>
    Card.parse({
      id: `c${String(i).padStart(5, '0')}`,
      number: `C-${i}`,
      kind: 'company',
      name: `N${i}`,
      phones: [{ value: phone(i) }],
      createdAt: stamp ?? 1000 + i,
      updatedAt: stamp ?? 1000 + i,
    }),
  );
}
async function open(n: number, stamp?: number) {
  const db = new ArchiveDb(`sort-cache-${Math.random()}`);
  dbs.push(db);
  const cards = makeCards(n, stamp);
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

/** A write Dexie never hears of (another context whose change event did not reach this page). */
function rawPut(name: string, recs: unknown[]) {
  return new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const idb = req.result;
      const tx = idb.transaction('cards', 'readwrite');
      for (const r of recs) tx.objectStore('cards').put(r);
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
const newPhone = (c: Card, value: string) => toRecord({ ...c, phones: [{ value }], rev: c.rev + 1 });

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

  it('5,000 cards with one stamp (a bulk change) are read once, not on every sort', async () => {
    const { db, cards } = await open(5000, 7777);
    await sortIds(db, null, byPhone);
    const cache = cacheFor(db, () => '');
    expect(cache.reads).toBe(5000);
    await sortIds(db, null, { col: 'phone', dir: 'desc' });
    await sortIds(db, new Set(cards.slice(0, 100).map((c) => c.id)), byPhone);
    expect(cache.reads).toBe(5000);
    // One of them edited (a newer stamp): only it is read again, not the 4,999 left at the bulk stamp.
    await db.cards.put({ ...newPhone(cards[9], '+12025550001'), updatedAt: 8888 });
    expect((await sortIds(db, null, byPhone))[0]).toBe(cards[9].id);
    expect(cache.reads).toBe(5001);
    // A card written in that same millisecond with no change event reaching the page: the count at the stamp
    // changed, so the cards at it are read again once.
    const late = { ...cards[0], id: 'late', number: 'C-late', phones: [{ value: '+12025550000' }] };
    await rawPut(db.name, [{ ...toRecord(late), updatedAt: 8888 }]);
    const ids = await sortIds(db, null, byPhone);
    expect(ids[0]).toBe('late');
    expect(cache.reads).toBe(5003);
    await sortIds(db, null, byPhone);
    expect(cache.reads).toBe(5003);
  });

  it('keeps only the columns sorted, each filled on its first sort', async () => {
    const { db, cards } = await open(3500);
    await sortIds(db, null, byPhone);
    const cache = cacheFor(db, () => '');
    expect(cache.kept()).toEqual({ phone: 3500 });
    await sortIds(db, null, { col: 'name', dir: 'asc' });
    expect(cache.kept()).toEqual({ phone: 3500 });
    expect(cache.reads).toBe(3500);
    await sortIds(db, null, { col: 'email', dir: 'asc' });
    expect(cache.kept()).toEqual({ phone: 3500, email: 3500 });
    expect(cache.reads).toBe(7000);
    // A changed card is read once again and refills both columns.
    await db.cards.put(newPhone(cards[5], '+12025550000'));
    expect((await sortIds(db, null, byPhone))[0]).toBe(cards[5].id);
    await sortIds(db, null, { col: 'email', dir: 'asc' });
    expect(cache.reads).toBe(7001);
  });

  it('a change event is not lost when the look for changes fails', async () => {
    const { db, cards } = await open(3500);
    await sortIds(db, null, byPhone);
    // Replaced with an older stamp: only the change event tells.
    await db.cards.put({ ...newPhone(cards[3000], '+12025550000'), updatedAt: 5 });
    const spy = vi.spyOn(db, 'transaction').mockRejectedValueOnce(new Error('read failed'));
    await expect(sortIds(db, null, byPhone)).rejects.toThrow('read failed');
    spy.mockRestore();
    const ids = await sortIds(db, null, byPhone);
    expect(ids[0]).toBe(cards[3000].id);
    expect(ids).toEqual(await fresh(db.name, byPhone));
  });

  it('a change event covering a range of cards forgets every card', async () => {
    const { db, cards } = await open(3500);
    await sortIds(db, null, byPhone);
    // Cleared (a range event), then restored elsewhere with the old stamps and one new phone.
    await db.cards.clear();
    await rawPut(
      db.name,
      cards.map((c, i) => (i === 1234 ? newPhone(c, '+12025550000') : toRecord(c))),
    );
    const ids = await sortIds(db, null, byPhone);
    expect(ids[0]).toBe(cards[1234].id);
    expect(ids).toEqual(await fresh(db.name, byPhone));
  });

  it("Dexie's 'everything changed' event (page back from the back/forward cache) forgets every card", async () => {
    const { db, cards } = await open(3500);
    await sortIds(db, null, byPhone);
    const cache = cacheFor(db, () => '');
    await rawPut(db.name, [newPhone(cards[42], '+12025550000')]);
    const gen = cache.generation;
    Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
    expect(cache.generation).toBe(gen + 1);
    const ids = await sortIds(db, null, byPhone);
    expect(ids[0]).toBe(cards[42].id);
    expect(cache.reads).toBe(7000);
    // The database made again (Dexie names every key of the table).
    await rawPut(db.name, [newPhone(cards[43], '+12025550000')]);
    Dexie.on.storagemutated.fire({ [`idb://${db.name}/cards/`]: new RangeSet(-Infinity, [[[]]]) });
    expect((await sortIds(db, null, byPhone)).slice(0, 2).sort()).toEqual([cards[42].id, cards[43].id]);
  });
});
