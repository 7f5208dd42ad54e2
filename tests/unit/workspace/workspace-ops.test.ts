import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../lib/card/schema';
import { ArchiveDb, fromRecord, toRecord } from '../../../lib/db';
import { bulkClassify, emptyTrash, lastUndo, mergeCards, undo } from '../../../lib/archive/workspace-ops';
import { buildMerged, defaultChoices } from '../../../lib/views/duplicates';
import { listIds } from '../../../lib/views/list';

let n = 0;
function card(over: Partial<Card> & { id: string; name: string }): Card {
  n++;
  return Card.parse({
    number: `C-2026-${String(n).padStart(4, '0')}`,
    kind: 'company',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  });
}

let db: ArchiveDb | null = null;
afterEach(() => db?.close());

async function seed(cards: Card[]) {
  db = new ArchiveDb('ops-test-' + Math.random());
  await db.cards.bulkPut(cards.map(toRecord));
  return db;
}
const get = async (d: ArchiveDb, id: string) => fromRecord((await d.cards.get(id))!);

describe('bulk classification and its undo', () => {
  it('changes grade and tags of many cards, records history, and undo puts them back', async () => {
    const d = await seed([
      card({ id: 'a', name: 'A', classification: { grade: 'A', tags: ['vip'] } }),
      card({ id: 'b', name: 'B', classification: { grade: 'C', tags: [] } }),
      card({ id: 'gone', name: 'Gone', classification: { tags: [] }, deletedAt: 1 }),
    ]);
    const r = await bulkClassify(['a', 'b', 'gone'], { grade: 'B', addTags: ['展会'], removeTags: ['VIP'] }, { db: d });
    expect(r.count).toBe(2);
    expect((await get(d, 'a')).classification).toMatchObject({ grade: 'B', tags: ['展会'] });
    expect((await get(d, 'b')).classification).toMatchObject({ grade: 'B', tags: ['展会'] });
    expect((await get(d, 'gone')).classification.grade).toBeUndefined();
    const history = await d.history.where('cardId').equals('a').toArray();
    expect(history.map((h) => h.field).sort()).toEqual(['classification.grade', 'classification.tags']);
    // The filter sees the change through the indexes.
    const q = {
      text: '',
      filter: { grades: ['B' as const] },
      sort: { col: 'name' as const, dir: 'asc' as const },
      trash: false,
    };
    expect((await listIds(d, q)).ids).toEqual(['a', 'b']);

    expect((await lastUndo({ db: d }))?.count).toBe(2);
    const u = await undo(r.undoId!, { db: d });
    expect(u).toEqual({ restored: 2, skipped: 0 });
    expect((await get(d, 'a')).classification).toMatchObject({ grade: 'A', tags: ['vip'] });
    expect((await get(d, 'b')).classification).toMatchObject({ grade: 'C', tags: [] });
    expect(await lastUndo({ db: d })).toBeNull();
  });

  it('undo leaves a card changed since as it is, and says so', async () => {
    const d = await seed([card({ id: 'a', name: 'A', classification: { tags: [] } }), card({ id: 'b', name: 'B' })]);
    const r = await bulkClassify(['a', 'b'], { stage: 'needs' }, { db: d });
    const a = await d.cards.get('a');
    await d.cards.put({ ...a!, name: 'A edited', rev: a!.rev + 1 });
    expect(await undo(r.undoId!, { db: d })).toEqual({ restored: 1, skipped: 1 });
    expect((await get(d, 'a')).classification.stage).toBe('needs');
    expect((await get(d, 'b')).classification.stage).toBeUndefined();
  });
});

describe('merge and its undo', () => {
  it('keeps one card with both cards’ values, moves follow-ups, trashes the other; undo restores both', async () => {
    const left = card({ id: 'l', name: 'Northwind', phones: [{ value: '+13128670110' }] });
    const right = card({
      id: 'r',
      name: 'Northwind Valves',
      phones: [{ value: '+13128670110' }],
      emails: [{ value: 'orders@northwind.example.com' }],
    });
    const d = await seed([left, right]);
    await d.followUps.put({ id: 'f1', cardId: 'r', date: 1, method: 'phone', summary: 'call', done: true });
    const merged = buildMerged(left, right, defaultChoices(left, right));
    expect(merged.phones).toHaveLength(1);
    const r = await mergeCards('l', 'r', merged, { keep: left.rev, other: right.rev }, { db: d });
    expect((await get(d, 'l')).emails.map((e) => e.value)).toEqual(['orders@northwind.example.com']);
    expect((await get(d, 'r')).deletedAt).toBeDefined();
    expect((await d.followUps.get('f1'))?.cardId).toBe('l');

    await undo(r.undoId, { db: d });
    expect((await get(d, 'l')).emails).toEqual([]);
    expect((await get(d, 'r')).deletedAt).toBeUndefined();
    expect((await d.followUps.get('f1'))?.cardId).toBe('r');
  });

  it('refuses a merge prepared from stale copies', async () => {
    const left = card({ id: 'l', name: 'L' });
    const right = card({ id: 'r', name: 'R' });
    const d = await seed([left, right]);
    await d.cards.put({ ...toRecord(right), name: 'R2', rev: 5 });
    await expect(mergeCards('l', 'r', left, { keep: left.rev, other: right.rev }, { db: d })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});

describe('empty trash', () => {
  it('deletes trashed cards with their follow-ups and history, and nothing else', async () => {
    const d = await seed([card({ id: 'keep', name: 'K' }), card({ id: 'gone', name: 'G', deletedAt: 5 })]);
    await d.followUps.bulkPut([
      { id: 'f1', cardId: 'gone', date: 1, method: 'phone', summary: 's', done: false },
      { id: 'f2', cardId: 'keep', date: 1, method: 'phone', summary: 's', done: false },
    ]);
    await d.history.add({ cardId: 'gone', at: 1, field: 'name' });
    expect(await emptyTrash({ db: d })).toEqual({ count: 1 });
    expect(await d.cards.toCollection().primaryKeys()).toEqual(['keep']);
    expect(await d.followUps.toCollection().primaryKeys()).toEqual(['f2']);
    expect(await d.history.count()).toBe(0);
  });
});
