import Dexie from 'dexie';
import { Card, type FollowUp, type HistoryEntry } from '../card/schema';
import { dedupeKeys } from '../card/keys';
import { withFollowUps } from '../card/last-contact';
import { mergeDraft } from '../card/merge';
import { fromRecord, getDb, toRecord, toRecordWithKeys, type ArchiveDb, type CardRecord } from '../db';
import {
  buildExport,
  checkLeads,
  ExportedLead,
  parseImport,
  readImportFile,
  stringifyExport,
  type InvalidLead,
} from '../transfer/json';
import type { CardDraft } from '../messages';
import { recomputeLastContact } from './last-contact';
import { nextNumber } from './number';
import { toMessageError } from './errors';
import { newPlanState, planSlice, type PlanAction, type PlanState } from './import-plan';

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

export type { PlanAction };

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

/** Checks a file against the archive without writing: what would be created, updated, skipped, and why. */
export async function importDryRun(text: string, db: ArchiveDb = getDb()): Promise<ImportReport> {
  const parsed = parseImport(text);
  const actions = await db.transaction('r', db.cards, db.meta, async () => {
    const state = await newPlanState(db);
    return (await planSlice(db, parsed.valid, state)).actions;
  });
  return report(actions, parsed.invalid, parsed.valid.length + parsed.invalid.length, parsed.exportedAt);
}

/** Records checked and planned at a time by the commit: the next slice is checked while this one is written. */
export const COMMIT_SLICE = 1000;

/**
 * Writes the valid records of a file in one transaction (all or nothing); invalid records and duplicates are
 * skipped. Records are checked, planned and written a slice at a time, and a slice's new cards are written without
 * waiting, so checking the next slice (the costly part in an extension page, where zod cannot compile its checks)
 * overlaps IndexedDB writing this one. The plan is the dry run's, record for record (import-plan.ts).
 */
export async function importCommit(
  text: string,
  opts: { db?: ArchiveDb; now?: number; by?: string; slice?: number } = {},
): Promise<{ created: number; updated: number; skipped: number }> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  const file = readImportFile(text);
  const slice = Math.max(1, opts.slice ?? COMMIT_SLICE);
  try {
    return await db.transaction('rw', [db.cards, db.history, db.followUps, db.meta], async () => {
      const state = await newPlanState(db);
      const ids = await historyIds(db, file.leads);
      const writes: Promise<unknown>[] = [];
      const renumbered: { card: Card; followUps: FollowUp[]; keys: string[] }[] = [];
      // New cards' follow-ups and history are written last, as a whole-file commit writes them: a follow-up id that
      // a later record also carries then ends where it would without slices.
      const extras: { followUps: FollowUp[]; history: HistoryEntry[] } = { followUps: [], history: [] };
      let created = 0;
      let updated = 0;
      for (let from = 0; from < file.leads.length; from += slice) {
        const { valid } = checkLeads(file.leads, from, from + slice);
        const { actions, keysOf } = await planSlice(db, valid, state);
        const fresh: CardRecord[] = [];
        for (const a of actions) {
          if (a.kind === 'new') {
            const { followUps, history, ...card } = a.lead;
            const keys = keysOf.get(a.lead) ?? dedupeKeys(card);
            state.created.add(card.id);
            created++;
            extras.followUps.push(...followUps);
            extras.history.push(...history);
            // Numbered once every number the file keeps is known, so none is given away (see the end).
            if (a.renumber) renumbered.push({ card, followUps, keys });
            // Already parsed by the file's schema (Card's keys, in its order): parsing again would only cost time.
            else fresh.push(toRecordWithKeys(withFollowUps(card, followUps), keys));
          } else if (a.kind === 'replace') {
            const { followUps, history, ...card } = a.lead;
            const number = a.keepNumber ? a.current.number : card.number;
            const next = Card.parse({ ...card, number, rev: Math.max(card.rev, a.current.rev + 1) });
            const owners = await ownersOf(db, followUps);
            await remember(db, state, [a.current.id, ...owners]);
            await db.cards.put(toRecord(next));
            await writeExtras(db, followUps, history, ids, a.current.id);
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
            const moved = followUps.map((f) => ({ ...f, cardId: a.into.id }));
            const owners = await ownersOf(db, moved);
            await remember(db, state, [a.into.id, ...owners]);
            // Re-read: an earlier record of this file may have merged into the same card.
            const into = (await db.cards.get(a.into.id)) ?? a.into;
            const merged = mergeDraft(fromRecord(into), draft as CardDraft, now, opts.by);
            if (merged.history.length) {
              await db.cards.put(toRecord(Card.parse(merged.card)));
              await db.history.bulkAdd(merged.history.map((h) => ids.assign(h)));
            }
            await writeExtras(db, moved, [], ids);
            await recomputeLastContact(db, [a.into.id, ...owners]);
            updated++;
          }
        }
        // Not awaited: the next slice is checked meanwhile. Its lookups may or may not meet these cards (Dexie
        // issues an un-awaited write when its own promises get to it); they skip them either way (state.created).
        if (fresh.length) {
          const sent = db.cards.bulkAdd(fresh);
          // Observed now, reported below: a failure aborts the transaction and the next await throws it anyway.
          sent.catch(() => undefined);
          writes.push(sent);
        }
      }
      await Dexie.Promise.all(writes);
      if (renumbered.length) {
        const reserved = state.fileNumbers;
        const cards: CardRecord[] = [];
        for (const r of renumbered) {
          const number = await nextNumber(db, new Date(now), reserved);
          cards.push(toRecordWithKeys(withFollowUps({ ...r.card, number }, r.followUps), r.keys));
        }
        await db.cards.bulkAdd(cards);
      }
      await writeExtras(db, extras.followUps, extras.history, ids);
      return { created, updated, skipped: file.leads.length - created - updated };
    });
  } catch (e) {
    throw toMessageError(e);
  }
}

/** Keeps how these cards were before the commit first changes them, for the plan of later records. */
async function remember(db: ArchiveDb, state: PlanState, ids: string[]): Promise<void> {
  const todo = [...new Set(ids)].filter((id) => !state.before.has(id) && !state.created.has(id));
  if (!todo.length) return;
  for (const rec of await db.cards.bulkGet(todo)) if (rec) state.before.set(rec.id, rec);
}

/** The cards that hold follow-ups with these ids now, other than the card each is about to be written to. */
async function ownersOf(db: ArchiveDb, followUps: FollowUp[]): Promise<string[]> {
  if (!followUps.length) return [];
  const kept = await db.followUps.bulkGet(followUps.map((f) => f.id));
  return kept.flatMap((k, i) => (k && k.cardId !== followUps[i].cardId ? [k.cardId] : []));
}

/** Follow-ups by id (replacing same-id ones); history rows added unless the same row is already there. */
async function writeExtras(
  db: ArchiveDb,
  followUps: FollowUp[],
  history: HistoryEntry[],
  ids: HistoryIds,
  existingCard?: string,
) {
  if (followUps.length) await db.followUps.bulkPut(followUps);
  if (!history.length) return;
  const have = existingCard ? await db.history.where('cardId').equals(existingCard).toArray() : [];
  const seen = new Set(have.map((h) => `${h.at}|${h.field}|${JSON.stringify(h.new)}`));
  const rows = history
    .filter((h) => !seen.has(`${h.at}|${h.field}|${JSON.stringify(h.new)}`))
    .map((h) => ids.assign(existingCard ? stripId(h) : h));
  await db.history.bulkAdd(rows);
}

/** Gives each history row the commit writes its id: its own when free, else the next unused one. */
interface HistoryIds {
  assign(h: HistoryEntry): HistoryEntry;
}

/**
 * A fresh card's history keeps its ids so an export → import round trip is exact; a clash with a kept row or an
 * earlier row of the file gets a new id. New ids are handed out here, above every id kept or in the file, not by
 * the store's counter: rows are written a slice at a time, and a counted id could be one a later row keeps.
 */
async function historyIds(db: ArchiveDb, leads: readonly unknown[]): Promise<HistoryIds> {
  const fileIds: number[] = [];
  for (const lead of leads) {
    const rows = (lead as { history?: unknown } | null)?.history;
    if (!Array.isArray(rows)) continue;
    for (const h of rows) {
      const id = (h as { id?: unknown } | null)?.id;
      if (typeof id === 'number' && Number.isInteger(id)) fileIds.push(id);
    }
  }
  const taken = new Set(
    (await db.history.bulkGet([...new Set(fileIds)])).flatMap((h) => (h?.id !== undefined ? [h.id] : [])),
  );
  const last = (await db.history.orderBy(':id').lastKey()) as number | undefined;
  // A loop, not Math.max(...ids): a file's hundreds of thousands of ids would overflow the call's arguments.
  let next = last ?? 0;
  for (const id of fileIds) if (id > next && Number.isSafeInteger(id)) next = id;
  next += 1;
  const used = new Set<number>();
  return {
    assign(h) {
      if (h.id !== undefined && !taken.has(h.id) && !used.has(h.id)) {
        used.add(h.id);
        return h;
      }
      return { ...h, id: next++ };
    },
  };
}

function stripId(h: HistoryEntry): HistoryEntry {
  const { id: _id, ...rest } = h;
  return rest;
}
