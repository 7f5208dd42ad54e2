import type { ArchiveDb } from '../db';
import { lastContacts } from '../search/db-v3';

// Recomputes cards' lastContactAt from the follow-ups they hold now, for the writes that can move a follow-up
// between cards or to an earlier date (a replaced follow-up, a merge undone): raising it is not enough there.
// Run inside the caller's read-write transaction (cards and followUps in scope). The card's rev is not raised: the
// field is bookkeeping of the follow-ups, which an editor never changes.
export async function recomputeLastContact(db: ArchiveDb, cardIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(cardIds)];
  if (!ids.length) return;
  const [recs, followUps] = await Promise.all([
    db.cards.bulkGet(ids),
    db.followUps.where('cardId').anyOf(ids).toArray(),
  ]);
  const latest = lastContacts(followUps);
  const changed = recs.flatMap((rec) => {
    if (!rec) return [];
    const at = latest.get(rec.id);
    if (at === rec.lastContactAt) return [];
    const next = { ...rec };
    if (at === undefined) delete next.lastContactAt;
    else next.lastContactAt = at;
    return [next];
  });
  if (changed.length) await db.cards.bulkPut(changed);
}
