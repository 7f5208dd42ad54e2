import { Card } from '../card/schema';
import { dedupeKeys, nameKey } from '../card/keys';
import { mergeDraft } from '../card/merge';
import { newId } from '../card/ids';
import { fromRecord, getDb, toRecord, type ArchiveDb, type CardRecord } from '../db';
import { nextNumber } from '../archive/number';
import { toMessageError } from '../archive/errors';
import type { ImportReport } from '../archive/transfer';
import type { CardDraft } from '../messages';
import type { InvalidRecord } from './errors';

// Import of cards read from CSV, XLSX or vCard (no ids, no follow-ups: the JSON format has its own importer in
// lib/archive/transfer.ts). The dry run and the commit run the same plan; the commit runs it again inside one
// read-write transaction and writes all of it or nothing. A record matches a kept card by the dedupe keys of
// lib/card (phone, email, IM, platform id); a record with none of those matches by its normalised name.

export interface DraftRecord {
  row: number;
  card: Card;
}

type Action =
  | { kind: 'new'; row: number; card: Card; keepNumber: boolean }
  | { kind: 'merge'; row: number; into: CardRecord; card: Card }
  | { kind: 'unchanged'; row: number }
  | { kind: 'duplicate'; row: number; of: number };

function toDraft(card: Card, into?: Card): CardDraft {
  const { id: _i, number: _n, createdAt: _c, updatedAt: _u, rev: _r, ...draft } = card;
  // A source the card already has is not news; keeps a second import of the same file a no-op.
  const have = new Set((into?.sources ?? []).map((s) => JSON.stringify(s)));
  // Same for a contact the card already holds as it is (merge matches contacts by name, and some have none).
  const sig = (c: Card['contacts'][number]) =>
    JSON.stringify([c.name, c.title, c.department, c.role, c.phones, c.emails, c.im]);
  const people = new Set((into?.contacts ?? []).map(sig));
  return {
    ...draft,
    sources: draft.sources.filter((s) => !have.has(JSON.stringify(s))),
    contacts: draft.contacts.filter((c) => !people.has(sig(c))),
  };
}

/** A kept card for this record: by dedupe key, else by customer number (our own CSV), else by normalised name. */
async function findExisting(db: ArchiveDb, card: Card, keys: string[], name: string): Promise<CardRecord | undefined> {
  const live = (r: CardRecord) => r.deletedAt === undefined;
  if (keys.length) return (await db.cards.where('keys').anyOf(keys).toArray()).find(live);
  const byNumber = card.number ? await db.cards.where('number').equals(card.number).first() : undefined;
  if (byNumber && live(byNumber)) return byNumber;
  return name ? (await db.cards.where('nameKey').equals(name).toArray()).find(live) : undefined;
}

async function plan(db: ArchiveDb, records: DraftRecord[], now: number): Promise<Action[]> {
  const out: Action[] = [];
  const seenKey = new Map<string, number>();
  const seenNumbers = new Set<string>();
  const merged = new Map<string, Card>();
  for (const { row, card } of records) {
    const keys = dedupeKeys(card);
    const nk = nameKey(card);
    const fileKeys = keys.length
      ? keys
      : [card.number ? `number:${card.number}` : '', nk ? `name:${nk}` : ''].filter(Boolean);
    const dup = fileKeys.map((k) => seenKey.get(k)).find((r) => r !== undefined);
    if (dup !== undefined) {
      out.push({ kind: 'duplicate', row, of: dup });
      continue;
    }
    for (const k of fileKeys) seenKey.set(k, row);
    const into = await findExisting(db, card, keys, nk);
    if (into) {
      const current = merged.get(into.id) ?? fromRecord(into);
      const res = mergeDraft(current, toDraft(card, current), now);
      if (!res.history.length) out.push({ kind: 'unchanged', row });
      else {
        merged.set(into.id, res.card);
        out.push({ kind: 'merge', row, into, card });
      }
      continue;
    }
    const keepNumber =
      !!card.number && !seenNumbers.has(card.number) && !(await db.cards.where('number').equals(card.number).count());
    if (card.number) seenNumbers.add(card.number);
    out.push({ kind: 'new', row, card, keepNumber });
  }
  return out;
}

function report(actions: Action[], invalid: InvalidRecord[], total: number): ImportReport {
  const count = (k: Action['kind']) => actions.filter((a) => a.kind === k).length;
  return {
    ok: true,
    total,
    created: count('new'),
    updated: count('merge'),
    unchanged: count('unchanged'),
    duplicates: actions.flatMap((a) => (a.kind === 'duplicate' ? [{ index: a.row - 1, of: a.of - 1 }] : [])),
    invalid: invalid.map((r) => ({
      index: r.row - 1,
      row: r.row,
      reason: r.detail ? `${r.reason}: ${r.detail}` : r.reason,
    })),
  };
}

/** What importing these records would do, without writing. */
export async function draftsDryRun(
  records: DraftRecord[],
  invalid: InvalidRecord[] = [],
  opts: { db?: ArchiveDb; now?: number } = {},
): Promise<ImportReport> {
  const db = opts.db ?? getDb();
  const actions = await db.transaction('r', db.cards, () => plan(db, records, opts.now ?? Date.now()));
  return report(actions, invalid, records.length + invalid.length);
}

/** Writes the records in one transaction: all of them or, on any failure, nothing. */
export async function draftsCommit(
  records: DraftRecord[],
  opts: { db?: ArchiveDb; now?: number; by?: string; skipped?: number } = {},
): Promise<{ created: number; updated: number; skipped: number }> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  try {
    return await db.transaction('rw', [db.cards, db.history, db.meta], async () => {
      const actions = await plan(db, records, now);
      let created = 0;
      let updated = 0;
      for (const a of actions) {
        if (a.kind === 'new') {
          const number = a.keepNumber ? a.card.number : await nextNumber(db, new Date(now));
          const card = Card.parse({ ...a.card, id: a.card.id || newId(), number, rev: 0 });
          await db.cards.add(toRecord(card));
          created++;
        } else if (a.kind === 'merge') {
          const current = fromRecord((await db.cards.get(a.into.id)) ?? a.into);
          const res = mergeDraft(current, toDraft(a.card, current), now, opts.by);
          if (!res.history.length) continue;
          await db.cards.put(toRecord(Card.parse(res.card)));
          await db.history.bulkAdd(res.history);
          updated++;
        }
      }
      return { created, updated, skipped: records.length + (opts.skipped ?? 0) - created - updated };
    });
  } catch (e) {
    throw toMessageError(e);
  }
}
