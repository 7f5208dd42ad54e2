import type { z } from 'zod';
import { recomputeLastContact } from './last-contact';
import { Card, Classification, type HistoryEntry } from '../card/schema';
import { BulkChange } from './workspace-schema';
import { diffCards } from '../card/diff';
import { fromRecord, getDb, toRecord, type ArchiveDb, type CardRecord } from '../db';
import { MessageError } from '../messages';
import { toMessageError } from './errors';

// Writes of the archive workspace (run by the background): bulk classification, merging two cards, emptying the
// trash, and undoing the last bulk change or merge. Each change records history, and each bulk change or merge
// leaves an undo record; undo puts back only cards nobody has changed since (the others are reported, not
// overwritten).

export interface UndoRow {
  id: string;
  undoId: string;
  at: number;
  kind: 'bulk' | 'merge';
  /** bulk: each card's classification before and its revision after the change. */
  items?: { id: string; rev: number; cls: z.infer<typeof Classification> }[];
  /** merge: both cards before, their revisions after, and the follow-ups moved to the kept card. */
  merge?: { keep: Card; other: Card; keepRev: number; otherRev: number; moved: string[] };
}

export interface Opts {
  db?: ArchiveDb;
  now?: number;
  by?: string;
}

const CHUNK = 2000;

async function run<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toMessageError(e);
  }
}

function undoTable(db: ArchiveDb) {
  return db.table<UndoRow, string>('undo');
}

export function applyBulk(card: Card, change: BulkChange): Card {
  const cls = { ...card.classification };
  for (const k of ['grade', 'valueTier', 'lifecycle', 'stage'] as const) {
    const v = change[k];
    if (v === undefined) continue;
    if (v === null) delete cls[k];
    else (cls as Record<string, unknown>)[k] = v;
  }
  let tags = [...cls.tags];
  const lower = (s: string) => s.trim().toLowerCase();
  if (change.removeTags?.length) {
    const drop = new Set(change.removeTags.map(lower));
    tags = tags.filter((t) => !drop.has(lower(t)));
  }
  for (const t of change.addTags ?? []) if (!tags.some((x) => lower(x) === lower(t))) tags.push(t.trim());
  cls.tags = tags;
  return { ...card, classification: cls };
}

/** Applies one classification change to many cards (trash excluded). Returns how many changed and the undo id. */
export async function bulkClassify(ids: string[], change: BulkChange, opts: Opts = {}) {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  const undoId = crypto.randomUUID();
  let count = 0;
  const unique = [...new Set(ids)];
  await run(async () => {
    try {
      await chunks();
    } catch (e) {
      // Slices written before the failure stay written: the error carries their undo id and how many cards they
      // changed (and how many were asked for), so they can be undone. Nothing written: no undo id.
      const err = toMessageError(e);
      if (count) throw new MessageError(err.code, err.message, { undoId, count, of: unique.length });
      throw err;
    }
  });
  return { count, undoId: count ? undoId : null };

  async function chunks() {
    for (let i = 0; i < unique.length; i += CHUNK) {
      const slice = unique.slice(i, i + CHUNK);
      // Counted once the slice's transaction has committed: a full disk is reported at commit (Chromium), after
      // every request in it succeeded, and a slice that did not commit changed nothing.
      count += await db.transaction('rw', db.cards, db.history, undoTable(db), async () => {
        const recs = (await db.cards.bulkGet(slice)).filter((r): r is CardRecord => !!r && r.deletedAt === undefined);
        const out: CardRecord[] = [];
        const history: HistoryEntry[] = [];
        const items: NonNullable<UndoRow['items']> = [];
        for (const rec of recs) {
          const before = fromRecord(rec);
          const after = applyBulk(before, change);
          const h = diffCards(before, after, now, opts.by);
          if (!h.length) continue;
          const next: Card = { ...after, updatedAt: now, rev: before.rev + 1 };
          out.push(toRecord(next));
          history.push(...h);
          items.push({ id: rec.id, rev: next.rev, cls: before.classification });
        }
        if (!out.length) return 0;
        await db.cards.bulkPut(out);
        await db.history.bulkAdd(history);
        await undoTable(db).put({ id: `${undoId}:${i / CHUNK}`, undoId, at: now, kind: 'bulk', items });
        return out.length;
      });
    }
  }
}

/**
 * Merges `otherId` into `keepId`: the kept card becomes `merged` (the user's field-by-field choice), the other
 * card's follow-ups move to it, and the other card goes to the trash. Both revisions are checked.
 */
export async function mergeCards(
  keepId: string,
  otherId: string,
  merged: Card,
  revs: { keep: number; other: number },
  opts: Opts = {},
) {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  if (keepId === otherId || merged.id !== keepId)
    throw new MessageError('invalid-request', 'Merge two different cards.');
  const undoId = crypto.randomUUID();
  return run(() =>
    db.transaction('rw', [db.cards, db.history, db.followUps, undoTable(db)], async () => {
      const [k, o] = await db.cards.bulkGet([keepId, otherId]);
      if (!k || !o || k.deletedAt !== undefined || o.deletedAt !== undefined)
        throw new MessageError('not-found', 'Both cards must be in the archive.');
      const keep = fromRecord(k);
      const other = fromRecord(o);
      if (keep.rev !== revs.keep || other.rev !== revs.other)
        throw new MessageError('conflict', 'One of the cards changed since the merge was prepared.', {
          keep,
          other,
        });
      const next = Card.parse({
        ...merged,
        id: keep.id,
        number: keep.number,
        createdAt: Math.min(keep.createdAt, other.createdAt),
        updatedAt: now,
        rev: keep.rev + 1,
      });
      const gone: Card = { ...other, deletedAt: now, updatedAt: now, rev: other.rev + 1 };
      const fus = await db.followUps.where('cardId').equals(otherId).toArray();
      await db.followUps.bulkPut(fus.map((f) => ({ ...f, cardId: keepId })));
      await db.cards.bulkPut([toRecord(next), toRecord(gone)]);
      // The other card's follow-ups moved here, and its last contact with them.
      await recomputeLastContact(db, [keepId, otherId]);
      const history: HistoryEntry[] = [
        ...diffCards(keep, next, now, opts.by),
        { cardId: keepId, at: now, field: 'merged', old: undefined, new: other.number },
        { cardId: otherId, at: now, field: 'mergedInto', old: undefined, new: keep.number },
      ];
      await db.history.bulkAdd(history);
      await undoTable(db).put({
        id: `${undoId}:0`,
        undoId,
        at: now,
        kind: 'merge',
        merge: { keep, other, keepRev: next.rev, otherRev: gone.rev, moved: fus.map((f) => f.id) },
      });
      // As stored, with its last contact counted.
      return { card: fromRecord((await db.cards.get(keepId))!), undoId };
    }),
  );
}

/** Undoes a bulk change or merge. Cards changed since are left as they are and counted as skipped. */
export async function undo(undoId: string, opts: Opts = {}) {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  return run(() =>
    db.transaction('rw', [db.cards, db.history, db.followUps, undoTable(db)], async () => {
      const rows = await undoTable(db).where('undoId').equals(undoId).toArray();
      if (!rows.length) throw new MessageError('not-found', 'Nothing to undo.');
      let restored = 0;
      let skipped = 0;
      const history: HistoryEntry[] = [];
      for (const row of rows) {
        if (row.kind === 'bulk' && row.items) {
          const recs = await db.cards.bulkGet(row.items.map((i) => i.id));
          const out: CardRecord[] = [];
          row.items.forEach((item, n) => {
            const rec = recs[n];
            if (!rec || rec.rev !== item.rev) {
              skipped++;
              return;
            }
            const before = fromRecord(rec);
            const after: Card = { ...before, classification: item.cls, updatedAt: now, rev: rec.rev + 1 };
            history.push(...diffCards(before, after, now, opts.by));
            out.push(toRecord(after));
          });
          await db.cards.bulkPut(out);
          restored += out.length;
        } else if (row.kind === 'merge' && row.merge) {
          const m = row.merge;
          const [k, o] = await db.cards.bulkGet([m.keep.id, m.other.id]);
          if (!k || !o || k.rev !== m.keepRev || o.rev !== m.otherRev) {
            throw new MessageError('conflict', 'A merged card changed since; the merge can no longer be undone.');
          }
          const keep: Card = { ...m.keep, updatedAt: now, rev: k.rev + 1 };
          const other: Card = { ...m.other, updatedAt: now, rev: o.rev + 1 };
          await db.cards.bulkPut([toRecord(keep), toRecord(other)]);
          const fus = await db.followUps.bulkGet(m.moved);
          await db.followUps.bulkPut(fus.filter((f) => !!f).map((f) => ({ ...f, cardId: m.other.id })));
          // The snapshots may predate lastContactAt (a merge made before version 3): count both from their follow-ups.
          await recomputeLastContact(db, [keep.id, other.id]);
          history.push(...diffCards(fromRecord(k), keep, now, opts.by));
          history.push({ cardId: other.id, at: now, field: 'mergedInto', old: m.keep.number, new: undefined });
          restored += 2;
        }
      }
      if (history.length) await db.history.bulkAdd(history);
      await undoTable(db).where('undoId').equals(undoId).delete();
      return { restored, skipped };
    }),
  );
}

/** The most recent undoable change, for the "Undo" button after a reload. */
export async function lastUndo(opts: Opts = {}) {
  const db = opts.db ?? getDb();
  const row = await undoTable(db).orderBy('at').last();
  if (!row) return null;
  const rows = await undoTable(db).where('undoId').equals(row.undoId).toArray();
  const count = row.kind === 'merge' ? 2 : rows.reduce((n, r) => n + (r.items?.length ?? 0), 0);
  return { undoId: row.undoId, kind: row.kind, at: row.at, count };
}

/** Deletes every card in the trash for good, with its follow-ups and history. */
export async function emptyTrash(opts: Opts = {}) {
  const db = opts.db ?? getDb();
  return run(() =>
    db.transaction('rw', db.cards, db.history, db.followUps, async () => {
      const ids = (await db.cards.where('deletedAt').above(0).primaryKeys()) as string[];
      if (!ids.length) return { count: 0 };
      await db.followUps.where('cardId').anyOf(ids).delete();
      await db.history.where('cardId').anyOf(ids).delete();
      await db.cards.bulkDelete(ids);
      return { count: ids.length };
    }),
  );
}

/** The background's handlers for the workspace messages (spread into lib/background/handlers.ts). */
export const workspaceHandlers = {
  'ui→bg:bulkClassify': async ({ ids, change }: { ids: string[]; change: BulkChange }) => bulkClassify(ids, change),
  'ui→bg:mergeCards': async (p: {
    keepId: string;
    otherId: string;
    merged: Card;
    revs: { keep: number; other: number };
  }) => mergeCards(p.keepId, p.otherId, p.merged, p.revs),
  'ui→bg:undo': async ({ undoId }: { undoId: string }) => undo(undoId),
  'ui→bg:lastUndo': async () => ({ last: await lastUndo() }),
  'ui→bg:emptyTrash': async () => emptyTrash(),
};
