import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../lib/card/schema';
import { ArchiveDb, fromRecord, toRecord } from '../../../lib/db';
import { bulkClassify, undo } from '../../../lib/archive/workspace-ops';
import { MessageError } from '../../../lib/messages';

// A bulk change over many cards is written in slices; when the disk fills part-way, the slices already written
// stay, and the error carries their undo id so no bulk change is left without undo.

let db: ArchiveDb | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

function makeCards(n: number) {
  return Array.from({ length: n }, (_, i) =>
    Card.parse({
      id: `c${String(i).padStart(5, '0')}`,
      number: `C-${i}`,
      kind: 'company',
      name: `N${i}`,
      createdAt: 1,
      updatedAt: 1,
    }),
  );
}

/**
 * Makes the `nth` slice's transaction fail as Chromium reports a full disk: every request in it succeeds, then the
 * transaction aborts with a QuotaExceededError (here aborted from inside, after its last write).
 */
function quotaAtCommit(d: ArchiveDb, nth: number) {
  const undoRows = d.table('undo');
  const real = undoRows.put.bind(undoRows);
  let calls = 0;
  vi.spyOn(undoRows, 'put').mockImplementation(((row: never) => {
    const tx = Dexie.currentTransaction!.idbtrans;
    const p = real(row);
    if (++calls !== nth) return p;
    return p.then((r) => {
      const e = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      Object.defineProperty(tx, 'error', { value: e, configurable: true });
      tx.abort();
      return r;
    });
  }) as never);
}

const graded = async (d: ArchiveDb) =>
  (await d.cards.toArray()).filter((r) => fromRecord(r).classification.grade === 'A');

describe('bulk change failing part-way', () => {
  it('a slice failing at commit is not counted: the error says what was written', async () => {
    db = new ArchiveDb(`bulk-partial-${Math.random()}`);
    const cards = makeCards(4500);
    await db.cards.bulkAdd(cards.map(toRecord));
    quotaAtCommit(db, 2);
    const err = await bulkClassify(
      cards.map((c) => c.id),
      { grade: 'A' },
      { db },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MessageError);
    expect((err as MessageError).code).toBe('quota');
    const data = (err as MessageError).data as { undoId: string; count: number; of: number };
    expect(await graded(db)).toHaveLength(2000);
    expect(data.count).toBe(2000);
    expect(data.of).toBe(4500);
    vi.restoreAllMocks();
    expect(await undo(data.undoId, { db })).toEqual({ restored: 2000, skipped: 0 });
    expect(await graded(db)).toHaveLength(0);
  });

  it('the first slice failing at commit leaves no undo id (nothing to undo)', async () => {
    db = new ArchiveDb(`bulk-partial-${Math.random()}`);
    const cards = makeCards(2500);
    await db.cards.bulkAdd(cards.map(toRecord));
    quotaAtCommit(db, 1);
    const err = (await bulkClassify(
      cards.map((c) => c.id),
      { grade: 'A' },
      { db },
    ).catch((e: unknown) => e)) as MessageError;
    expect(err.code).toBe('quota');
    expect(err.data).toBeUndefined();
    expect(await graded(db)).toHaveLength(0);
    expect(await db.table('undo').count()).toBe(0);
  });

  it('reports quota with the undo id of what was written, and undo takes it back', async () => {
    db = new ArchiveDb(`bulk-partial-${Math.random()}`);
    const cards = Array.from({ length: 4500 }, (_, i) =>
      Card.parse({
        id: `c${String(i).padStart(5, '0')}`,
        number: `C-${i}`,
        kind: 'company',
        name: `N${i}`,
        createdAt: 1,
        updatedAt: 1,
      }),
    );
    await db.cards.bulkAdd(cards.map(toRecord));
    const real = db.history.bulkAdd.bind(db.history);
    let calls = 0;
    vi.spyOn(db.history, 'bulkAdd').mockImplementation(((rows: never) => {
      if (++calls === 2) {
        const e = new Error('The quota has been exceeded.');
        e.name = 'QuotaExceededError';
        return Promise.reject(e);
      }
      return real(rows);
    }) as never);
    const err = await bulkClassify(
      cards.map((c) => c.id),
      { grade: 'A' },
      { db },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MessageError);
    expect((err as MessageError).code).toBe('quota');
    const data = (err as MessageError).data as { undoId: string; count: number };
    expect(data.count).toBe(2000);
    const graded = async () => (await db!.cards.toArray()).filter((r) => fromRecord(r).classification.grade === 'A');
    expect(await graded()).toHaveLength(2000);
    vi.restoreAllMocks();
    expect(await undo(data.undoId, { db })).toEqual({ restored: 2000, skipped: 0 });
    expect(await graded()).toHaveLength(0);
  });

  it('a failure before anything was written carries no undo id', async () => {
    db = new ArchiveDb(`bulk-partial-${Math.random()}`);
    await db.cards.add(
      toRecord(Card.parse({ id: 'a', number: 'C-1', kind: 'company', name: 'A', createdAt: 1, updatedAt: 1 })),
    );
    vi.spyOn(db.history, 'bulkAdd').mockImplementation((() =>
      Promise.reject(new Error('database connection is closing'))) as never);
    const err = (await bulkClassify(['a'], { grade: 'B' }, { db }).catch((e: unknown) => e)) as MessageError;
    expect(err.code).toBe('internal');
    expect(err.data).toBeUndefined();
  });
});
