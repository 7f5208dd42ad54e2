import { Card } from '../card/schema';
import { dedupeKeys, nameKey } from '../card/keys';
import { mergeDraft } from '../card/merge';
import { newId } from '../card/ids';
import { fromRecord, getDb, toRecord, type ArchiveDb, type CardRecord } from '../db';
import { numberPattern } from '../archive/number';
import { counterScope, formatNumber } from '../card/number';
import { toMessageError } from '../archive/errors';
import { cardsWhereAny } from '../archive/lookup';
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

/**
 * The kept cards the records could match, fetched in three index queries (dedupe keys, numbers, name keys) rather
 * than three per record: 100,000 records would otherwise be 300,000 IndexedDB round trips.
 */
async function prefetch(db: ArchiveDb, recs: { card: Card; keys: string[]; nk: string }[]) {
  const keys = [...new Set(recs.flatMap((r) => r.keys))];
  const numbers = [...new Set(recs.map((r) => r.card.number).filter(Boolean))];
  const names = [...new Set(recs.filter((r) => !r.keys.length && r.nk).map((r) => r.nk))];
  const [byKeys, byNumbers, byNames] = await Promise.all([
    cardsWhereAny(db, 'keys', keys),
    cardsWhereAny(db, 'number', numbers),
    cardsWhereAny(db, 'nameKey', names),
  ]);
  const key = new Map<string, CardRecord>();
  // Several kept cards may share a name (a card saved "as new"): all are candidates for a record known only by name.
  const nameMap = new Map<string, CardRecord[]>();
  const live = (r: CardRecord) => r.deletedAt === undefined;
  for (const r of byKeys.filter(live)) for (const k of r.keys) if (!key.has(k)) key.set(k, r);
  for (const r of byNames.filter(live)) nameMap.set(r.nameKey, [...(nameMap.get(r.nameKey) ?? []), r]);
  const number = new Map(byNumbers.map((r) => [r.number, r]));
  return { key, number, name: nameMap };
}

async function plan(db: ArchiveDb, records: DraftRecord[], now: number): Promise<Action[]> {
  const recs = records.map(({ row, card }) => ({ row, card, keys: dedupeKeys(card), nk: nameKey(card) }));
  const kept = await prefetch(db, recs);
  const out: Action[] = [];
  const seenKey = new Map<string, number>();
  const seenNumbers = new Set<string>();
  const merged = new Map<string, Card>();
  for (const { row, card, keys, nk } of recs) {
    const fileKeys = keys.length
      ? keys
      : [card.number ? `number:${card.number}` : '', nk ? `name:${nk}` : ''].filter(Boolean);
    const dup = fileKeys.map((k) => seenKey.get(k)).find((r) => r !== undefined);
    if (dup !== undefined) {
      out.push({ kind: 'duplicate', row, of: dup });
      continue;
    }
    for (const k of fileKeys) seenKey.set(k, row);
    // A kept card for this record: by dedupe key, else by customer number (our own CSV), else by normalised name.
    const byNumber = card.number ? kept.number.get(card.number) : undefined;
    const into = keys.length
      ? keys.map((k) => kept.key.get(k)).find(Boolean)
      : ((byNumber && byNumber.deletedAt === undefined ? byNumber : undefined) ??
        byName(kept.name.get(nk) ?? [], card, merged, now));
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
    const keepNumber = !!card.number && !seenNumbers.has(card.number) && !kept.number.has(card.number);
    if (card.number) seenNumbers.add(card.number);
    out.push({ kind: 'new', row, card, keepNumber });
  }
  return out;
}

/**
 * Of the kept cards sharing a record's name, the one the record already describes (merging it changes nothing), so
 * importing the same file twice never moves one card's values onto its namesake; else the first.
 */
function byName(candidates: CardRecord[], card: Card, merged: Map<string, Card>, now: number) {
  if (candidates.length < 2) return candidates[0];
  const same = candidates.find((c) => {
    const current = merged.get(c.id) ?? fromRecord(c);
    return mergeDraft(current, toDraft(card, current), now).history.length === 0;
  });
  return same ?? candidates[0];
}

/** `count` fresh customer numbers from the archive's pattern and counter (as lib/archive/number.ts), in bulk. */
async function allocateNumbers(db: ArchiveDb, count: number, date: Date, taken: Set<string>): Promise<string[]> {
  if (!count) return [];
  const pattern = await numberPattern(db);
  const key = `counter:${counterScope(pattern, date)}`;
  const row = await db.meta.get(key);
  let n = typeof row?.value === 'number' ? row.value : 0;
  const out: string[] = [];
  while (out.length < count) {
    const batch = Array.from({ length: count - out.length }, (_, i) => formatNumber(pattern, date, n + 1 + i));
    n += batch.length;
    const used = new Set((await cardsWhereAny(db, 'number', batch)).map((r) => r.number));
    out.push(...batch.filter((b) => !used.has(b) && !taken.has(b)));
  }
  await db.meta.put({ key, value: n });
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
      const fresh = actions.filter((a): a is Extract<Action, { kind: 'new' }> => a.kind === 'new');
      const kept = new Set(fresh.filter((a) => a.keepNumber).map((a) => a.card.number));
      const numbers = await allocateNumbers(db, fresh.length - kept.size, new Date(now), kept);
      let next = 0;
      const created = fresh.map((a) =>
        toRecord(
          Card.parse({
            ...a.card,
            id: a.card.id || newId(),
            number: a.keepNumber ? a.card.number : numbers[next++],
            rev: 0,
          }),
        ),
      );
      for (let i = 0; i < created.length; i += 2000) await db.cards.bulkAdd(created.slice(i, i + 2000));
      let updated = 0;
      for (const a of actions) {
        if (a.kind !== 'merge') continue;
        const current = fromRecord((await db.cards.get(a.into.id)) ?? a.into);
        const res = mergeDraft(current, toDraft(a.card, current), now, opts.by);
        if (!res.history.length) continue;
        await db.cards.put(toRecord(Card.parse(res.card)));
        await db.history.bulkAdd(res.history);
        updated++;
      }
      return {
        created: created.length,
        updated,
        skipped: records.length + (opts.skipped ?? 0) - created.length - updated,
      };
    });
  } catch (e) {
    throw toMessageError(e);
  }
}
