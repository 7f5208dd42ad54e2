import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importCommit, importDryRun } from '../../../lib/archive/transfer';
import { saveDraft } from '../../../lib/archive/store';
import { newId } from '../../../lib/card/ids';
import type { Card } from '../../../lib/card/schema';
import { ArchiveDb, fromRecord, toRecord } from '../../../lib/db';
import { draftsCommit } from '../../../lib/transfer/drafts';
import { exportJsonBlob } from '../../../lib/transfer/json-stream';
import { validateCandidates } from '../../../lib/transfer/records';
import { cardToVcard, exportVcard, vcardUid } from '../../../lib/transfer/vcard';
import { parseVcards } from '../../../lib/transfer/vcard-parse';
import { draft } from '../archive/helpers';
import { card } from './cards';

// Cards made before the short ids carry UUIDs; both kinds must export, import and match alike.

const SHORT = /^[0-9a-z]{20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** RFC 3986 characters only (unreserved, sub-delims, ':', '@', '/', and %XX escapes). */
const URI_CHARS = /^[a-z][a-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+$/;

let n = 0;
const dbs: ArchiveDb[] = [];
function freshDb() {
  const db = new ArchiveDb(`ids-${process.pid}-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

const oldCard = () =>
  card({
    id: crypto.randomUUID(),
    name: '深圳市华强电子有限公司',
    number: 'C-2024-0001',
    phones: [{ value: '+8675588880000' }],
    emails: [{ value: 'sales@hq.example.com' }],
    contacts: [{ id: crypto.randomUUID(), name: '王芳', title: '采购经理', primary: true }],
    classification: { grade: 'A', tags: ['老客户'] },
  });
const newCard = () =>
  card({
    id: newId(),
    name: 'Acme Trading Co., Ltd.',
    number: 'C-2026-0002',
    phones: [{ value: '+13128670110' }],
    emails: [{ value: 'orders@acme.example.com' }],
    contacts: [{ id: newId(), name: 'Jane Doe', title: 'Buyer', primary: true }],
  });

/** The lines of one vCard, unfolded. */
const vcardLines = (c: Card) => cardToVcard(c).replace(/\r\n /g, '').split('\r\n');

describe('vCard UID', () => {
  it('is urn:uuid: for a UUID card, as before, and urn:lead-archive: for any other id', () => {
    const old = oldCard();
    const fresh = newCard();
    expect(vcardLines(old)).toContain(`UID:urn:uuid:${old.id}`);
    expect(vcardLines(fresh)).toContain(`UID:urn:lead-archive:${fresh.id}`);
    expect(vcardLines(fresh).some((l) => l.startsWith('UID:urn:uuid:'))).toBe(false);
  });

  it('stays one valid URI whatever an imported id holds, and names that id alone', () => {
    const odd = ['bench-1-2', 'a;b,c', 'x y/z?#', '客户-001', 'ab\\n', '%41', 'a\ud800b', 'C:1'];
    const uids = odd.map(vcardUid);
    for (const uid of uids) expect(uid).toMatch(URI_CHARS);
    expect(new Set(uids).size).toBe(odd.length);
    for (const id of odd.filter((s) => s.isWellFormed())) {
      expect(decodeURIComponent(vcardUid(id).slice('urn:lead-archive:'.length))).toBe(id);
    }
    const lines = vcardLines(card({ id: 'a;b,c', name: 'X' }));
    expect(lines).toContain('UID:urn:lead-archive:a%3Bb%2Cc');
  });

  it('is read back the same way for both kinds: the card, never the id (the archive assigns one)', () => {
    const old = oldCard();
    const fresh = { ...old, id: newId(), contacts: old.contacts.map((c) => ({ ...c, id: newId() })) };
    const [a] = validateCandidates(parseVcards(cardToVcard(old), 1_795_000_000_000)).cards;
    const [b] = validateCandidates(parseVcards(cardToVcard(fresh), 1_795_000_000_000)).cards;
    expect(b).toEqual(a);
    expect(a.card.id).toBe('');
    expect(JSON.stringify(b)).not.toContain(fresh.id);
    expect(a.card).toMatchObject({ name: old.name, phones: [{ value: '+8675588880000' }] });
  });

  it('a vCard file of old and new cards imports as new cards with short ids, and again changes nothing', async () => {
    const text = await exportVcard([oldCard(), newCard()]).text();
    const parsed = validateCandidates(parseVcards(text));
    const db = freshDb();
    expect(await draftsCommit(parsed.cards, { db })).toMatchObject({ created: 2 });
    const ids = (await db.cards.toArray()).map((r) => r.id);
    for (const id of ids) expect(id).toMatch(SHORT);
    expect(await draftsCommit(validateCandidates(parseVcards(text)).cards, { db })).toMatchObject({
      created: 0,
      updated: 0,
    });
  });
});

describe('JSON export → import with old and new ids', () => {
  async function seeded() {
    const db = freshDb();
    const cards = [oldCard(), newCard()];
    await db.cards.bulkAdd(cards.map((c) => toRecord(c)));
    await db.followUps.bulkAdd([
      {
        id: crypto.randomUUID(),
        cardId: cards[0].id,
        date: cards[0].createdAt,
        method: 'phone',
        summary: 'a',
        done: true,
      },
      { id: newId(), cardId: cards[1].id, date: cards[1].createdAt, method: 'visit', summary: 'b', done: false },
    ]);
    return { db, cards };
  }

  it('keeps every id as it was, and matches both kinds by id when imported again', async () => {
    const { db: from, cards } = await seeded();
    const text = await (await exportJsonBlob({}, from)).blob.text();
    const to = freshDb();
    expect(await importCommit(text, { db: to })).toMatchObject({ created: 2 });
    const back = (await to.cards.toArray()).map(fromRecord);
    expect(back.map((c) => c.id).sort()).toEqual(cards.map((c) => c.id).sort());
    expect(back.find((c) => c.id === cards[0].id)?.id).toMatch(UUID);
    expect(back.find((c) => c.id === cards[1].id)?.id).toMatch(SHORT);
    expect((await to.followUps.toArray()).map((f) => f.id).sort()).toEqual(
      (await from.followUps.toArray()).map((f) => f.id).sort(),
    );
    expect(await importDryRun(text, to)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('a newer copy of an old UUID card updates that card, not a new one', async () => {
    const { db, cards } = await seeded();
    const text = await (await exportJsonBlob({}, db)).blob.text();
    const file = JSON.parse(text) as { leads: (Card & { updatedAt: number })[] };
    const lead = file.leads.find((l) => l.id === cards[0].id)!;
    lead.notes = { text: '新的备注' };
    lead.updatedAt += 1000;
    const res = await importCommit(JSON.stringify(file), { db });
    expect(res).toMatchObject({ created: 0, updated: 1 });
    expect(await db.cards.count()).toBe(2);
    expect(fromRecord((await db.cards.get(cards[0].id))!).notes.text).toBe('新的备注');
  });
});

describe('cards saved from a capture', () => {
  it('get a short id whose time is when it was saved', async () => {
    const db = freshDb();
    const before = Date.now();
    const { card: saved } = await saveDraft(draft({ phones: [{ value: '+8613800138000' }] }), {}, { db });
    expect(saved.id).toMatch(SHORT);
    expect(parseInt(saved.id.slice(0, 9), 36)).toBeGreaterThanOrEqual(before);
    expect(parseInt(saved.id.slice(0, 9), 36)).toBeLessThanOrEqual(Date.now());
  });
});
