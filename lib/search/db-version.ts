import type { Transaction } from 'dexie';
import type { Card, FollowUp } from '../card/schema';
import { withDerived, withDue } from './index-fields';

// Version 2 of the archive database (the archive workspace): the stores whose indexes change, restated whole as
// Dexie requires, and the upgrade that fills the new index fields of existing rows. lib/db.ts declares it.

// Index entries are most of the database's size, so version 2 also drops three version-1 indexes nothing queries
// and that newer ones cover: cards.grade (its values lead [g+rv]) and followUps.date / nextDate (they lead
// [date+cardId] and, for open follow-ups, [due+cardId]).
export const V2_STORES = {
  cards:
    'id, &number, *keys, nameKey, stage, *tags, sourceSite, updatedAt, deletedAt, ' +
    '*terms, *md, [g+rv], *rg, createdAt, classification.valueTier, classification.lifecycle',
  followUps: 'id, cardId, [date+cardId], [due+cardId]',
  undo: 'id, undoId, at',
};

/** Rewrites every card and follow-up once so the new index fields exist (the middleware derives them too). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const cards = tx.table('cards');
  const followUps = tx.table('followUps');
  const CHUNK = 2000;
  let offset = 0;
  for (;;) {
    const rows = (await cards.offset(offset).limit(CHUNK).toArray()) as Card[];
    if (!rows.length) break;
    await cards.bulkPut(rows.map(withDerived));
    offset += rows.length;
  }
  const fus = (await followUps.toArray()) as FollowUp[];
  await followUps.bulkPut(fus.map(withDue));
}
