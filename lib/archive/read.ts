import type { Card, FollowUp, HistoryEntry } from '../card/schema';
import { fromRecord, getDb, type ArchiveDb } from '../db';

// Reads for extension pages (the archive tab, the popup). Pages may read the database directly; every write goes
// through the background (store.ts).

/** Reads for extension pages: one card, its history (newest first) and its follow-ups (by date). */
export async function getCard(id: string, db: ArchiveDb = getDb()): Promise<Card | undefined> {
  const rec = await db.cards.get(id);
  return rec ? fromRecord(rec) : undefined;
}
export async function cardHistory(cardId: string, db: ArchiveDb = getDb()): Promise<HistoryEntry[]> {
  return (await db.history.where('cardId').equals(cardId).sortBy('at')).reverse();
}
export async function cardFollowUps(cardId: string, db: ArchiveDb = getDb()): Promise<FollowUp[]> {
  return db.followUps.where('cardId').equals(cardId).sortBy('date');
}
/** Cards not in the trash (or only those in it), most recently updated first. */
export async function listCards(opts: { trash?: boolean; limit?: number; db?: ArchiveDb } = {}): Promise<Card[]> {
  const db = opts.db ?? getDb();
  const recs = await db.cards
    .orderBy('updatedAt')
    .reverse()
    .filter((r) => (r.deletedAt !== undefined) === !!opts.trash)
    .limit(opts.limit ?? Infinity)
    .toArray();
  return recs.map(fromRecord);
}
