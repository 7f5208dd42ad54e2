import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addItem,
  emptyShards,
  idItem,
  keyItem,
  presenceItems,
  presenceOf,
  SHARD_KEYS,
  slotsOf,
  SHARD_BITS,
  SHARDS,
} from '../../../lib/archive/presence';
import { readPresence } from '../../../lib/archive/presence-middleware';
import { getCard, saveDraft, updateCard } from '../../../lib/archive/store';
import { exportJson, importCommit, importDryRun } from '../../../lib/archive/transfer';
import { ArchiveDb, toRecord, V1_STORES, type CardRecord } from '../../../lib/db';
import { Card } from '../../../lib/card/schema';
import { V2_STORES } from '../../../lib/search/db-version';
import { V3_STORES } from '../../../lib/search/db-v3';
import { draft, freshDbs } from './helpers';

const db = freshDbs();

/** Every value of every stored card is a "maybe" in the filter: it never says no to what the archive holds. */
async function expectAllHeld(d: ArchiveDb) {
  const presence = await readPresence(d);
  expect(presence).not.toBeNull();
  const recs = (await d.cards.toArray()) as CardRecord[];
  for (const rec of recs) for (const item of presenceItems(rec)) expect(presence!.mayHold(item)).toBe(true);
  return presence!;
}

/** Every item added to fresh shards. */
function buildShards(items: Iterable<string>) {
  const shards = emptyShards();
  for (const item of items) addItem(shards, item);
  return shards;
}

describe('presence filter (pure)', () => {
  it('never says no to an added value, and says maybe to few others at full size', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 300 }), (items) => {
        const p = presenceOf(buildShards(items));
        for (const item of items) expect(p.mayHold(item)).toBe(true);
      }),
    );
    // ~9 values per card for 100,000 cards: the size the filter is made for.
    const held = Array.from({ length: 900_000 }, (_, i) => keyItem(`tel:+86138${i}`));
    const p = presenceOf(buildShards(held));
    let maybe = 0;
    for (let i = 0; i < 100_000; i++) if (p.mayHold(keyItem(`email:nobody${i}@example.com`))) maybe++;
    expect(maybe / 100_000).toBeLessThan(0.03);
  });

  it('puts all bits of a value in one shard, inside the shard', () => {
    for (const item of ['i:x', 'k:tel:+8613800138000', 'n:C-2026-0001', '']) {
      const { shard, bits } = slotsOf(item);
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(SHARDS);
      for (const b of bits) expect(b >= 0 && b < SHARD_BITS).toBe(true);
    }
  });
});

describe('presence filter kept by every card write', () => {
  it('starts empty in a new archive', async () => {
    const d = db();
    const p = await readPresence(d);
    expect(p).not.toBeNull();
    expect(p!.mayHold(idItem('anything'))).toBe(false);
  });

  it('holds the values of cards saved, updated and imported, and not those of a write rolled back', async () => {
    const d = db();
    const saved = await saveDraft(draft({ phones: [{ value: '138 0013 8000' }] }), {}, { db: d });
    const card = await getCard(saved.card.id, d);
    await updateCard({ ...card!, emails: [{ value: 'new@acme.example' }] }, card!.rev, { db: d });
    const src = db();
    await saveDraft(draft({ name: 'Globex', emails: [{ value: 'sales@globex.example' }] }), {}, { db: src });
    await importCommit(await exportJson(src), { db: d });
    const p = await expectAllHeld(d);
    expect(p.mayHold(keyItem('email:new@acme.example'))).toBe(true);
    expect(p.mayHold(keyItem('email:sales@globex.example'))).toBe(true);

    const ghost = toRecord(
      Card.parse({ id: 'ghost', number: 'G-1', kind: 'company', name: 'Ghost', createdAt: 1, updatedAt: 1 }),
    );
    await expect(
      d.transaction('rw', d.cards, async () => {
        await d.cards.add({ ...ghost, keys: ['email:ghost@x.example'] });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const after = await readPresence(d);
    expect(after!.mayHold(keyItem('email:ghost@x.example'))).toBe(false);
    expect(after!.mayHold(idItem('ghost'))).toBe(false);
  });

  it('widens a card-writing transaction to include meta, so no write path can skip it', async () => {
    const d = db();
    await d.transaction('rw', d.cards, async () => {
      await d.cards.put(
        toRecord(Card.parse({ id: 'a', number: 'A-1', kind: 'company', name: 'A', createdAt: 1, updatedAt: 1 })),
      );
    });
    expect((await readPresence(d))!.mayHold(idItem('a'))).toBe(true);
  });

  it('an import finds matches with the filter, and the same ones without it', async () => {
    const d = db();
    await saveDraft(draft({ phones: [{ value: '138 0013 8000' }] }), {}, { db: d });
    const src = db();
    await saveDraft(draft({ name: 'Acme again', phones: [{ value: '+86 138 0013 8000' }] }), {}, { db: src });
    await saveDraft(draft({ name: 'Brand new', phones: [{ value: '+1 312 555 0100' }] }), {}, { db: src });
    const text = await exportJson(src);
    const withFilter = await importDryRun(text, d);
    await d.meta.delete(SHARD_KEYS[7]);
    expect(await readPresence(d)).toBeNull();
    const without = await importDryRun(text, d);
    expect(withFilter).toEqual(without);
    expect(withFilter).toMatchObject({ created: 1, updated: 1 });
    // A missing shard is not made up from part of the data: writes leave it missing.
    await importCommit(text, { db: d });
    expect(await readPresence(d)).toBeNull();
  });
});

describe('presence filter of an older archive', () => {
  it('is built from the cards it holds when version 4 opens it', async () => {
    const name = `v3-archive-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores(V2_STORES);
    v3.version(3).stores(V3_STORES);
    const cards = Array.from({ length: 50 }, (_, i) =>
      toRecord(
        Card.parse({
          id: `old-${i}`,
          number: `C-2025-${String(i).padStart(4, '0')}`,
          kind: 'company',
          name: `Old ${i}`,
          phones: [{ value: `+86138001380${String(i).padStart(2, '0')}` }],
          createdAt: 1,
          updatedAt: 1,
        }),
      ),
    );
    await v3.table('cards').bulkAdd(cards);
    v3.close();
    const d = new ArchiveDb(name);
    const p = await expectAllHeld(d);
    expect(p.mayHold(keyItem('tel:+8613800138049'))).toBe(true);
    await d.delete();
  });
});
