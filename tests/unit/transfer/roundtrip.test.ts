import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importCommit, importDryRun } from '../../../lib/archive/transfer';
import { ArchiveDb, fromRecord, toRecord } from '../../../lib/db';
import type { Card } from '../../../lib/card/schema';
import { exportCsv, parseCsv } from '../../../lib/transfer/csv';
import { draftsCommit, draftsDryRun } from '../../../lib/transfer/drafts';
import { exportJsonBlob } from '../../../lib/transfer/json-stream';
import { applyMapping, guessMapping } from '../../../lib/transfer/mapping';
import { validateCandidates } from '../../../lib/transfer/records';
import { exportVcard } from '../../../lib/transfer/vcard';
import { parseVcards } from '../../../lib/transfer/vcard-parse';
import { arbCard, card } from './cards';

let n = 0;
const dbs: ArchiveDb[] = [];
function freshDb() {
  const db = new ArchiveDb(`transfer-${process.pid}-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

const uniqueCards = fc.uniqueArray(arbCard, { minLength: 0, maxLength: 8, selector: (c) => c.number });
const allCards = async (db: ArchiveDb) => (await db.cards.orderBy('id').toArray()).map(fromRecord);
const snapshot = async (db: ArchiveDb) => ({
  cards: await allCards(db),
  history: await db.history.count(),
  meta: await db.meta.toArray(),
});

async function seed(db: ArchiveDb, cards: Card[]) {
  // Each card has one follow-up on its capture day, which is then its last contact (as the archive keeps it).
  await db.cards.bulkAdd(cards.map((c) => toRecord({ ...c, lastContactAt: c.createdAt })));
  for (const c of cards) {
    await db.followUps.add({
      id: `f-${c.id}`,
      cardId: c.id,
      date: c.createdAt,
      method: 'phone',
      summary: `call ${c.name}`,
      done: false,
    });
    await db.history.add({ cardId: c.id, at: c.createdAt, field: 'name', old: '', new: c.name });
  }
}

describe('JSON export → import (property)', () => {
  it('gives back the same cards, follow-ups and history, field for field, in an empty archive', async () => {
    await fc.assert(
      fc.asyncProperty(uniqueCards, async (cards) => {
        const from = freshDb();
        await seed(from, cards);
        const { blob, count } = await exportJsonBlob({}, from);
        expect(count).toBe(cards.length);
        const to = freshDb();
        const res = await importCommit(await blob.text(), { db: to });
        expect(res.created).toBe(cards.length);
        expect(await allCards(to)).toEqual(await allCards(from));
        expect(await to.followUps.orderBy('id').toArray()).toEqual(await from.followUps.orderBy('id').toArray());
        expect(await to.history.orderBy('id').toArray()).toEqual(await from.history.orderBy('id').toArray());
      }),
      { numRuns: 25 },
    );
  }, 120_000);
  it('exports only the chosen cards when given ids', async () => {
    const db = freshDb();
    const cards = [
      card({ name: 'A', number: 'C-1' }),
      card({ name: 'B', number: 'C-2' }),
      card({ name: 'C', number: 'C-3' }),
    ];
    await seed(db, cards);
    const { blob, count } = await exportJsonBlob({ ids: [cards[2].id, cards[0].id] }, db);
    expect(count).toBe(2);
    const doc = JSON.parse(await blob.text());
    expect(doc).toMatchObject({ format: 'lead-archive', version: 1 });
    expect(doc.leads.map((l: Card) => l.name)).toEqual(['C', 'A']);
  });
  // An archive may hold two customers sharing a phone (saved "as new"); a restore must give both back.
  it('two kept cards that share a phone both come back', async () => {
    const from = freshDb();
    const a = card({ name: 'Shop A', number: 'C-1', phones: [{ value: '+8613800138000' }] });
    const b = card({ name: 'Shop B', number: 'C-2', phones: [{ value: '+8613800138000' }] });
    await seed(from, [a, b]);
    const to = freshDb();
    await importCommit(await (await exportJsonBlob({}, from)).blob.text(), { db: to });
    expect(await allCards(to)).toEqual(await allCards(from));
  });
  it('importing the same file twice changes nothing the second time', async () => {
    await fc.assert(
      fc.asyncProperty(uniqueCards, async (cards) => {
        const from = freshDb();
        await seed(from, cards);
        const text = await (await exportJsonBlob({}, from)).blob.text();
        const to = freshDb();
        await importCommit(text, { db: to });
        const before = await snapshot(to);
        const dry = await importDryRun(text, to);
        expect(dry.created + dry.updated).toBe(0);
        const second = await importCommit(text, { db: to });
        expect(second).toMatchObject({ created: 0, updated: 0 });
        expect(await snapshot(to)).toEqual(before);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});

async function csvRecords(cards: Card[], mode: 'card' | 'contact') {
  const sheet = parseCsv(await exportCsv(cards, { mode, lang: 'zh' }).text());
  return validateCandidates(applyMapping(sheet, guessMapping(sheet.header)));
}

describe('CSV / vCard import into the archive', () => {
  it('a vCard known only by name goes back to the card it came from, not to a namesake (found by the property)', async () => {
    const cards = [
      card({
        name: 'G',
        number: 'C-1',
        contacts: [{ id: 'k1', name: '!', primary: true }],
        addresses: [{ city: ',' }],
      }),
      card({
        name: 'g',
        number: 'C-2',
        emails: [{ value: 'a@example.com' }],
        contacts: [{ id: 'k1', name: ',', primary: true }],
      }),
    ];
    const parsed = validateCandidates(parseVcards(await exportVcard(cards).text()));
    const db = freshDb();
    expect(await draftsCommit(parsed.cards, { db })).toMatchObject({ created: 2 });
    const before = await snapshot(db);
    expect(await draftsCommit(parsed.cards, { db })).toMatchObject({ created: 0, updated: 0 });
    expect(await snapshot(db)).toEqual(before);
  });
  it('dry run writes nothing; commit creates; the same file again changes nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        uniqueCards,
        fc.constantFrom('card' as const, 'contact' as const),
        fc.boolean(),
        async (cards, mode, vcf) => {
          if (vcf && !cards.length) return;
          const parsed = vcf
            ? validateCandidates(parseVcards(await exportVcard(cards).text()))
            : await csvRecords(cards, mode);
          expect(parsed.invalid).toEqual([]);
          const db = freshDb();
          const dry = await draftsDryRun(parsed.cards, [], { db });
          expect(await db.cards.count()).toBe(0);
          const first = await draftsCommit(parsed.cards, { db });
          expect(first.created).toBe(dry.created);
          expect(first.created + dry.duplicates.length + dry.unchanged + dry.updated).toBe(parsed.cards.length);
          const before = await snapshot(db);
          const again = await draftsDryRun(parsed.cards, [], { db });
          expect(again.created + again.updated).toBe(0);
          expect(await draftsCommit(parsed.cards, { db })).toMatchObject({ created: 0, updated: 0 });
          expect(await snapshot(db)).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
  it('reports new, would update, duplicates in the file and invalid rows', async () => {
    const db = freshDb();
    await seed(db, [card({ name: 'Kept Co', number: 'C-9', phones: [{ value: '+8613800138000' }] })]);
    const sheet = parseCsv(
      'Company,Phone,Email\nNew Co,,new@example.com\nKept Co branch,+86 138 0013 8000,sales@kept.example\nNew Co again,,NEW@example.com\n,,\n' +
        `Long,${'9'.repeat(600)},\n`,
    );
    const parsed = validateCandidates(applyMapping(sheet, guessMapping(sheet.header)));
    const dry = await draftsDryRun(parsed.cards, parsed.invalid, { db });
    expect(dry).toMatchObject({ total: 4, created: 1, updated: 1, duplicates: [{ index: 3, of: 1 }] });
    expect(dry.invalid.map((i) => [i.row, i.reason.split(':')[0]])).toEqual([[6, 'too-long']]);
    const res = await draftsCommit(parsed.cards, { db, skipped: parsed.invalid.length });
    expect(res).toEqual({ created: 1, updated: 1, skipped: 2 });
    const kept = (await allCards(db)).find((c) => c.number === 'C-9')!;
    expect(kept.name).toBe('Kept Co');
    expect(await db.history.where('cardId').equals(kept.id).count()).toBeGreaterThan(1);
  });
  it('writes nothing when the transaction fails part way (all or nothing)', async () => {
    const db = freshDb();
    const parsed = await csvRecords(
      [
        card({ name: 'One', number: 'X-1' }),
        card({ name: 'Two', number: 'X-2', phones: [{ value: '+8613900139000' }] }),
      ],
      'card',
    );
    const orig = db.cards.put.bind(db.cards);
    let calls = 0;
    // Fail the second write.
    db.cards.hook('creating', () => {
      if (++calls === 2) throw new Error('disk full');
    });
    await expect(draftsCommit(parsed.cards, { db })).rejects.toThrow();
    expect(await db.cards.count()).toBe(0);
    expect(orig).toBeTypeOf('function');
  });
});
