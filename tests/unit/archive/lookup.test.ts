import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardsWhereAny, idsWhereAny } from '../../../lib/archive/lookup';
import type { ArchiveDb, CardRecord } from '../../../lib/db';
import { freshDbs } from './helpers';

const db = freshDbs();
const KEYS = ['tel:+8613800138000', 'tel:+13125550100', 'email:a@x.com', 'email:b@x.com', 'im:qq:12345', 'pid:t:9'];

async function seed(d: ArchiveDb, cards: { keys: string[]; name: string }[]) {
  // Written as raw records: only the index fields matter here.
  await d.cards.bulkAdd(
    cards.map(
      (c, i) =>
        ({
          id: `c${String(i).padStart(3, '0')}`,
          number: `N${i}`,
          keys: c.keys,
          nameKey: c.name,
          tags: [],
          classification: { tags: [] },
        }) as unknown as CardRecord,
    ),
  );
}

describe('cardsWhereAny', () => {
  it('answers as anyOf does: same cards, same order, once per matching entry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ keys: fc.subarray(KEYS), name: fc.constantFrom('acme', 'globex', '') }), {
          maxLength: 12,
        }),
        fc.array(fc.constantFrom(...KEYS, 'email:none@x.com'), { maxLength: 8 }),
        async (cards, wanted) => {
          const d = db();
          await seed(d, cards);
          const expected = wanted.length ? await d.cards.where('keys').anyOf(wanted).toArray() : [];
          const got = await cardsWhereAny(d, 'keys', wanted);
          expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id));
          expect(await idsWhereAny(d, 'keys', wanted)).toEqual(expected.map((r) => r.id));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the caller’s transaction when awaited through nested async helpers', async () => {
    const d = db();
    await seed(d, [{ keys: [KEYS[0]], name: 'acme' }]);
    const helper = async () => {
      const inner = async () => cardsWhereAny(d, 'keys', [KEYS[0], KEYS[2]]);
      return (await inner()).map((r) => r.id);
    };
    const found = await d.transaction('rw', d.cards, d.meta, async () => {
      const ids = await helper();
      const names = await cardsWhereAny(d, 'nameKey', ['acme', 'nobody']);
      // A write after the lookups: it would fail with PrematureCommitError had the transaction been lost.
      await d.meta.put({ key: 'after-lookup', value: ids.length + names.length });
      return ids;
    });
    expect(found).toEqual(['c000']);
    expect(await d.meta.get('after-lookup')).toEqual({ key: 'after-lookup', value: 2 });
  });

  it('asks nothing for no values', async () => {
    expect(await cardsWhereAny(db(), 'number', [])).toEqual([]);
  });
});
