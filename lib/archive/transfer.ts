import { Card, type FollowUp, type HistoryEntry } from '../card/schema';
import { dedupeKeys } from '../card/keys';
import { withFollowUps } from '../card/last-contact';
import { mergeDraft } from '../card/merge';
import { fromRecord, getDb, toRecord, toRecordWithKeys, type ArchiveDb, type CardRecord } from '../db';
import { buildExport, ExportedLead, parseImport, stringifyExport, type InvalidLead } from '../transfer/json';
import type { CardDraft } from '../messages';
import { recomputeLastContact } from './last-contact';
import { nextNumber } from './number';
import { toMessageError } from './errors';
import { cardsWhereAny } from './lookup';
import { idItem, keyItem, numberItem } from './presence';
import { readPresence } from './presence-middleware';

// JSON export and import of the whole archive. Import first plans (what each valid record would do), so the dry
// run and the commit agree; the commit then writes the plan in one transaction: all of it, or nothing.

/** Every card (trashed ones too, marked by deletedAt) with its follow-ups and history. */
export async function exportJson(db: ArchiveDb = getDb(), now = new Date()): Promise<string> {
  return db.transaction('r', db.cards, db.followUps, db.history, async () => {
    const [recs, followUps, history] = await Promise.all([
      db.cards.orderBy('number').toArray(),
      db.followUps.toArray(),
      db.history.orderBy('id').toArray(),
    ]);
    const fByCard = group(followUps, (f) => f.cardId);
    const hByCard = group(history, (h) => h.cardId);
    // Parsed so keys come out in schema order: an export of an imported archive is then byte for byte the same.
    const leads: ExportedLead[] = recs.map((r) =>
      ExportedLead.parse({ ...fromRecord(r), followUps: fByCard.get(r.id) ?? [], history: hByCard.get(r.id) ?? [] }),
    );
    return stringifyExport(buildExport(leads, now));
  });
}

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

export type PlanAction =
  | { kind: 'new'; index: number; lead: ExportedLead; renumber: boolean }
  | { kind: 'replace'; index: number; lead: ExportedLead; current: CardRecord }
  | { kind: 'merge'; index: number; lead: ExportedLead; into: CardRecord }
  | { kind: 'unchanged'; index: number }
  | { kind: 'duplicate'; index: number; of: number };

export interface ImportReport {
  ok: true;
  exportedAt?: string;
  total: number;
  /** Records that would become new cards. */
  created: number;
  /** Records that would update a card already kept (same id and newer, or the same customer by dedupe key). */
  updated: number;
  /** Records already in the archive as they are (or older than the kept card). */
  unchanged: number;
  /** Records that repeat an earlier record of the same file (same id); the first is used. */
  duplicates: { index: number; of: number }[];
  invalid: InvalidLead[];
}

export type DryRunReport =
  ImportReport | { ok: false; error: { code: string; params: Record<string, string | number> } };

function sameCard(a: Card, b: Card): boolean {
  return JSON.stringify(Card.parse(a)) === JSON.stringify(Card.parse(b));
}

/** Up to `size` items at a time: IndexedDB answers a few large anyOf/bulkGet queries far faster than many small. */
function chunks<T>(list: T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** What the archive already holds that the file's records touch: cards by id, by dedupe key, and used numbers. */
async function lookups(db: ArchiveDb, leads: ExportedLead[], keysOf: Map<ExportedLead, string[]>) {
  // Only values the presence filter may hold are looked up: for a big file of new cards, almost none.
  const presence = await readPresence(db);
  const may = (item: string) => !presence || presence.mayHold(item);
  const byId = new Map<string, CardRecord>();
  for (const ids of chunks(leads.map((l) => l.id).filter((id) => may(idItem(id))))) {
    for (const r of await db.cards.bulkGet(ids)) if (r) byId.set(r.id, r);
  }
  const byKey = new Map<string, CardRecord>();
  const allKeys = [...new Set(leads.flatMap((l) => keysOf.get(l) ?? []))].filter((k) => may(keyItem(k)));
  const wanted = new Set(allKeys);
  for (const r of await cardsWhereAny(db, 'keys', allKeys)) {
    if (r.deletedAt !== undefined) continue;
    for (const k of r.keys) if (wanted.has(k) && !byKey.has(k)) byKey.set(k, r);
  }
  // Only whether a number is taken matters: the cards holding them are not read.
  const nums = [...new Set(leads.map((l) => l.number))].filter((n) => may(numberItem(n)));
  const numbers = new Set((await cardsWhereAny(db, 'number', nums)).map((r) => r.number));
  return { byId, byKey, numbers };
}

/** Decides what each valid record does. Reads only; run inside the commit's transaction to write the same plan. */
async function plan(db: ArchiveDb, leads: { index: number; lead: ExportedLead }[]): Promise<PlanAction[]> {
  return (await planWithKeys(db, leads)).actions;
}

/** The plan, and each record's dedupe keys (the commit stores them rather than normalising every phone again). */
async function planWithKeys(db: ArchiveDb, leads: { index: number; lead: ExportedLead }[]) {
  const keysOf = new Map(leads.map(({ lead }) => [lead, dedupeKeys(lead)]));
  const { byId, byKey, numbers } = await lookups(
    db,
    leads.map((l) => l.lead),
    keysOf,
  );
  const out: PlanAction[] = [];
  // Within one of our own files a card is told apart by its id, not its keys: the archive that wrote the file may
  // hold two customers sharing a phone (the user chose "Save as new"), and a restore must give both back.
  const fileIds = new Map<string, number>();
  for (const { index, lead } of leads) {
    const keys = keysOf.get(lead) ?? [];
    const dupOf = fileIds.get(lead.id);
    if (dupOf !== undefined) {
      out.push({ kind: 'duplicate', index, of: dupOf });
      continue;
    }
    fileIds.set(lead.id, index);
    const current = byId.get(lead.id);
    if (current) {
      const { followUps: _f, history: _h, ...card } = lead;
      if (lead.updatedAt <= current.updatedAt || sameCard(fromRecord(current), card))
        out.push({ kind: 'unchanged', index });
      else out.push({ kind: 'replace', index, lead, current });
      continue;
    }
    const into = keys.map((k) => byKey.get(k)).find((r) => r !== undefined);
    if (into) {
      out.push({ kind: 'merge', index, lead, into });
      continue;
    }
    // A number already kept, or taken by an earlier record of this file, is replaced by the next free one.
    const renumber = numbers.has(lead.number);
    numbers.add(lead.number);
    out.push({ kind: 'new', index, lead, renumber });
  }
  return { actions: out, keysOf };
}

function report(actions: PlanAction[], invalid: InvalidLead[], total: number, exportedAt?: string): ImportReport {
  const count = (k: PlanAction['kind']) => actions.filter((a) => a.kind === k).length;
  return {
    ok: true,
    exportedAt,
    total,
    created: count('new'),
    updated: count('replace') + count('merge'),
    unchanged: count('unchanged'),
    duplicates: actions.flatMap((a) => (a.kind === 'duplicate' ? [{ index: a.index, of: a.of }] : [])),
    invalid,
  };
}

function totalOf(parsed: ReturnType<typeof parseImport>): number {
  return parsed.valid.length + parsed.invalid.length;
}

/** Checks a file against the archive without writing: what would be created, updated, skipped, and why. */
export async function importDryRun(text: string, db: ArchiveDb = getDb()): Promise<ImportReport> {
  const parsed = parseImport(text);
  const actions = await db.transaction('r', db.cards, db.meta, () => plan(db, parsed.valid));
  return report(actions, parsed.invalid, totalOf(parsed), parsed.exportedAt);
}

/** Writes the valid records of a file in one transaction (all or nothing); invalid records and duplicates are skipped. */
export async function importCommit(
  text: string,
  opts: { db?: ArchiveDb; now?: number; by?: string } = {},
): Promise<{ created: number; updated: number; skipped: number }> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  const parsed = parseImport(text);
  try {
    return await db.transaction('rw', [db.cards, db.history, db.followUps, db.meta], async () => {
      const { actions, keysOf } = await planWithKeys(db, parsed.valid);
      let created = 0;
      let updated = 0;
      // New cards are written in bulk after the loop (one request batch, not a round trip per record): nothing
      // below reads them, since merges and replacements only touch cards the archive already held.
      const fresh: { cards: CardRecord[]; followUps: FollowUp[]; history: HistoryEntry[] } = {
        cards: [],
        followUps: [],
        history: [],
      };
      // Numbers the file's new cards keep, so a renumbered card is not given one of them before they are written.
      const reserved = new Set(actions.flatMap((a) => (a.kind === 'new' && !a.renumber ? [a.lead.number] : [])));
      for (const a of actions) {
        if (a.kind === 'new') {
          const { followUps, history, ...card } = a.lead;
          const number = a.renumber ? await nextNumber(db, new Date(now), reserved) : card.number;
          // Already parsed by the file's schema (Card's keys, in its order): parsing again would only cost time.
          fresh.cards.push(
            toRecordWithKeys(withFollowUps({ ...card, number }, followUps), keysOf.get(a.lead) ?? dedupeKeys(card)),
          );
          fresh.followUps.push(...followUps);
          fresh.history.push(...history);
          created++;
        } else if (a.kind === 'replace') {
          const { followUps, history, ...card } = a.lead;
          const next = Card.parse({ ...card, rev: Math.max(card.rev, a.current.rev + 1) });
          await db.cards.put(toRecord(next));
          const owners = await ownersOf(db, followUps);
          await writeExtras(db, followUps, history, a.current.id);
          // The file's follow-ups replace kept ones by id, possibly with earlier dates or from another card.
          await recomputeLastContact(db, [a.current.id, ...owners]);
          updated++;
        } else if (a.kind === 'merge') {
          const {
            followUps,
            history: _h,
            id: _id,
            number: _n,
            createdAt: _c,
            updatedAt: _u,
            rev: _r,
            ...draft
          } = a.lead;
          // Re-read: an earlier record of this file may have merged into the same card.
          const into = (await db.cards.get(a.into.id)) ?? a.into;
          const merged = mergeDraft(fromRecord(into), draft as CardDraft, now, opts.by);
          if (merged.history.length) {
            await db.cards.put(toRecord(Card.parse(merged.card)));
            await db.history.bulkAdd(merged.history);
          }
          const moved = followUps.map((f) => ({ ...f, cardId: a.into.id }));
          const owners = await ownersOf(db, moved);
          await writeExtras(db, moved, []);
          await recomputeLastContact(db, [a.into.id, ...owners]);
          updated++;
        }
      }
      if (fresh.cards.length) await db.cards.bulkAdd(fresh.cards);
      await writeExtras(db, fresh.followUps, fresh.history);
      return { created, updated, skipped: totalOf(parsed) - created - updated };
    });
  } catch (e) {
    throw toMessageError(e);
  }
}

/** The cards that hold follow-ups with these ids now, other than the card each is about to be written to. */
async function ownersOf(db: ArchiveDb, followUps: FollowUp[]): Promise<string[]> {
  if (!followUps.length) return [];
  const kept = await db.followUps.bulkGet(followUps.map((f) => f.id));
  return kept.flatMap((k, i) => (k && k.cardId !== followUps[i].cardId ? [k.cardId] : []));
}

/** Follow-ups by id (replacing same-id ones); history rows added unless the same row is already there. */
async function writeExtras(db: ArchiveDb, followUps: FollowUp[], history: HistoryEntry[], existingCard?: string) {
  if (followUps.length) await db.followUps.bulkPut(followUps);
  if (!history.length) return;
  const have = existingCard ? await db.history.where('cardId').equals(existingCard).toArray() : [];
  const seen = new Set(have.map((h) => `${h.at}|${h.field}|${JSON.stringify(h.new)}`));
  const rows = history
    .filter((h) => !seen.has(`${h.at}|${h.field}|${JSON.stringify(h.new)}`))
    .map((h) => (existingCard ? stripId(h) : h));
  // Ids are kept for a fresh card so an export → import round trip is exact; a clash gets a new id.
  const ids = rows.flatMap((h) => (h.id !== undefined ? [h.id] : []));
  const taken = new Set((await db.history.bulkGet(ids)).flatMap((h) => (h?.id !== undefined ? [h.id] : [])));
  const used = new Set<number>();
  await db.history.bulkAdd(
    rows.map((h) => {
      if (h.id === undefined) return h;
      // A clash with a kept row, or with an earlier row of this same batch, gets a new id.
      if (taken.has(h.id) || used.has(h.id)) return stripId(h);
      used.add(h.id);
      return h;
    }),
  );
}

function stripId(h: HistoryEntry): HistoryEntry {
  const { id: _id, ...rest } = h;
  return rest;
}
