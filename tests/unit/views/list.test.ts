import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../lib/card/schema';
import { ArchiveDb, toRecord } from '../../../lib/db';
import { listIds, plainIdsInChunks } from '../../../lib/views/list';
import type { Sort } from '../../../lib/views/sort';

// The plain list read a chunk at a time must be the very list listIds orders in one go: same ids, same order,
// trash left out, also when many cards share the sort value (a bulk change stamps them all with one time).

const dbs: ArchiveDb[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

describe('plainIdsInChunks', () => {
  it('gives the same list as listIds, chunk by chunk, whatever the ties, trash, column and direction', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 4 }), trashed: fc.boolean() }), { maxLength: 40 }),
        fc.constantFrom<Sort['col']>('updated', 'created', 'number', 'name'),
        fc.constantFrom<Sort['dir']>('asc', 'desc'),
        fc.integer({ min: 1, max: 7 }),
        async (specs, col, dir, chunk) => {
          const db = new ArchiveDb(`list-test-${Math.random()}`);
          dbs.push(db);
          await db.cards.bulkAdd(
            specs.map((s, i) =>
              toRecord(
                Card.parse({
                  id: `c${String(i).padStart(2, '0')}`,
                  number: `C-${(i * 7) % 41}`,
                  kind: 'company',
                  name: `Name ${s.at}`,
                  createdAt: s.at,
                  updatedAt: 10 - s.at,
                  ...(s.trashed ? { deletedAt: 1 } : {}),
                }),
              ),
            ),
          );
          const q = { text: '', filter: {}, sort: { col, dir }, trash: false };
          const chunks: number[] = [];
          const got = await plainIdsInChunks(db, q, (ids) => chunks.push(ids.length), undefined, chunk);
          expect(got).toEqual((await listIds(db, q)).ids);
          expect(chunks.at(-1)).toBe(got!.length);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('does not apply to a search, a filter or the trash', async () => {
    const db = new ArchiveDb(`list-test-${Math.random()}`);
    dbs.push(db);
    const sort: Sort = { col: 'updated', dir: 'desc' };
    const none = () => undefined;
    expect(await plainIdsInChunks(db, { text: 'a', filter: {}, sort, trash: false }, none)).toBeNull();
    expect(await plainIdsInChunks(db, { text: '', filter: { grades: ['A'] }, sort, trash: false }, none)).toBeNull();
    expect(await plainIdsInChunks(db, { text: '', filter: {}, sort, trash: true }, none)).toBeNull();
  });
});
