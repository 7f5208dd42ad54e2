import { Card } from '../card/schema';
import { dedupeKeys } from '../card/keys';
import { fromRecord, type ArchiveDb, type CardRecord } from '../db';
import type { ExportedLead } from '../transfer/json';
import { cardsWhereAny } from './lookup';
import { idItem, keyItem, numberItem, type Presence } from './presence';
import { readPresence } from './presence-middleware';

// What each record of an import file does, decided against the archive as it was before the import. The commit
// plans and writes a slice at a time, so the next slice is checked while the last one is written; `PlanState`
// carries what the file's earlier records decided, and keeps later lookups blind to the commit's own writes: cards
// it created are skipped and cards it changed are seen as they were. A plan made in slices is therefore the plan
// of the whole file made at once (the dry run), record for record.

export type PlanAction =
  | { kind: 'new'; index: number; lead: ExportedLead; renumber: boolean }
  | { kind: 'replace'; index: number; lead: ExportedLead; current: CardRecord; keepNumber: boolean }
  | { kind: 'merge'; index: number; lead: ExportedLead; into: CardRecord }
  | { kind: 'unchanged'; index: number }
  | { kind: 'duplicate'; index: number; of: number };

export interface PlanState {
  /** The archive's presence filter as it was before the import (null: not kept, every value is looked up). */
  presence: Presence | null;
  /** Ids seen in the file so far, with the first record's index. */
  fileIds: Map<string, number>;
  /** Numbers taken by earlier records of the file. */
  fileNumbers: Set<string>;
  /** Cards the commit created. */
  created: Set<string>;
  /** Cards the commit changed, as they were before. */
  before: Map<string, CardRecord>;
}

export async function newPlanState(db: ArchiveDb): Promise<PlanState> {
  return {
    presence: await readPresence(db),
    fileIds: new Map(),
    fileNumbers: new Set(),
    created: new Set(),
    before: new Map(),
  };
}

function sameCard(a: Card, b: Card): boolean {
  return JSON.stringify(Card.parse(a)) === JSON.stringify(Card.parse(b));
}

/** Of `recs`, the archive before the import: created cards left out, changed ones as they were. */
function asBefore(state: PlanState, recs: Iterable<CardRecord | undefined>): CardRecord[] {
  const out = new Map<string, CardRecord>();
  for (const r of recs) {
    if (!r || state.created.has(r.id)) continue;
    out.set(r.id, state.before.get(r.id) ?? r);
  }
  // A changed card may have lost a key or number a lookup now misses: its earlier self answers for it.
  for (const [id, r] of state.before) if (!out.has(id)) out.set(id, r);
  return [...out.values()];
}

/** What the archive held before the import that these records touch: cards by id, by dedupe key, used numbers. */
async function lookups(db: ArchiveDb, leads: ExportedLead[], keysOf: Map<ExportedLead, string[]>, state: PlanState) {
  // Only values the presence filter may hold are looked up: for a big file of new cards, almost none.
  const may = (item: string) => !state.presence || state.presence.mayHold(item);
  const ids = leads.map((l) => l.id).filter((id) => may(idItem(id)));
  const wantedIds = new Set(leads.map((l) => l.id));
  const byId = new Map<string, CardRecord>();
  for (const r of asBefore(state, ids.length ? await db.cards.bulkGet(ids) : [])) {
    if (wantedIds.has(r.id)) byId.set(r.id, r);
  }
  const wanted = new Set(leads.flatMap((l) => keysOf.get(l) ?? []));
  // Per key, the live card with the smallest id: the first one the `keys` index lists.
  const byKey = new Map<string, CardRecord>();
  const keyed = await cardsWhereAny(
    db,
    'keys',
    [...wanted].filter((k) => may(keyItem(k))),
  );
  for (const r of asBefore(state, keyed)) {
    if (r.deletedAt !== undefined) continue;
    for (const k of r.keys) {
      const had = byKey.get(k);
      if (wanted.has(k) && (!had || r.id < had.id)) byKey.set(k, r);
    }
  }
  const nums = new Set(leads.map((l) => l.number));
  const numbered = await cardsWhereAny(
    db,
    'number',
    [...nums].filter((n) => may(numberItem(n))),
  );
  const numbers = new Set(asBefore(state, numbered).flatMap((r) => (nums.has(r.number) ? [r.number] : [])));
  return { byId, byKey, numbers };
}

/**
 * Decides what each of these valid records does, after the file's earlier records (state). Reads only. Returns
 * each record's dedupe keys too: the commit stores them rather than normalising every phone again.
 */
export async function planSlice(
  db: ArchiveDb,
  leads: { index: number; lead: ExportedLead }[],
  state: PlanState,
): Promise<{ actions: PlanAction[]; keysOf: Map<ExportedLead, string[]> }> {
  const keysOf = new Map(leads.map(({ lead }) => [lead, dedupeKeys(lead)]));
  const { byId, byKey, numbers } = await lookups(
    db,
    leads.map((l) => l.lead),
    keysOf,
    state,
  );
  const out: PlanAction[] = [];
  for (const { index, lead } of leads) {
    // Within one of our own files a card is told apart by its id, not its keys: the archive that wrote the file
    // may hold two customers sharing a phone (the user chose "Save as new"), and a restore must give both back.
    const dupOf = state.fileIds.get(lead.id);
    if (dupOf !== undefined) {
      out.push({ kind: 'duplicate', index, of: dupOf });
      continue;
    }
    state.fileIds.set(lead.id, index);
    const current = byId.get(lead.id);
    if (current) {
      const { followUps: _f, history: _h, ...card } = lead;
      if (lead.updatedAt <= current.updatedAt || sameCard(fromRecord(current), card)) {
        out.push({ kind: 'unchanged', index });
        continue;
      }
      // A newer copy that carries a number another card holds (another archive renumbered it) keeps its own.
      const moves = lead.number !== current.number;
      const keepNumber = moves && (numbers.has(lead.number) || state.fileNumbers.has(lead.number));
      state.fileNumbers.add(keepNumber ? current.number : lead.number);
      out.push({ kind: 'replace', index, lead, current, keepNumber });
      continue;
    }
    const into = (keysOf.get(lead) ?? []).map((k) => byKey.get(k)).find((r) => r !== undefined);
    if (into) {
      out.push({ kind: 'merge', index, lead, into });
      continue;
    }
    // A number already kept, or taken by an earlier record of this file, is replaced by the next free one.
    const renumber = numbers.has(lead.number) || state.fileNumbers.has(lead.number);
    state.fileNumbers.add(lead.number);
    out.push({ kind: 'new', index, lead, renumber });
  }
  return { actions: out, keysOf };
}
