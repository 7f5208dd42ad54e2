import type { Transaction } from 'dexie';
import type { Card, FollowUp } from '../card/schema';
import { V2_STORES } from './db-version';
import { withDerived } from './index-fields';

// Version 3 of the archive database: the card's last contact (`lastContactAt`, the latest follow-up) indexed with
// its grade as [g+lc], so "no contact for N days" is one short range per grade instead of every capture minus
// every recent follow-up; and `fc`, the grade/stage/tag combinations, so the common filters read only matching ids.

export const V3_STORES = {
  cards: `${V2_STORES.cards}, [g+lc], *fc`,
};

/** The latest follow-up date per card. */
export function lastContacts(followUps: Pick<FollowUp, 'cardId' | 'date'>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of followUps) if (f.date > (out.get(f.cardId) ?? -Infinity)) out.set(f.cardId, f.date);
  return out;
}

/** Fills lastContactAt from the follow-ups kept, and rewrites every card so the new index fields exist. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const cards = tx.table('cards');
  const last = lastContacts((await tx.table('followUps').toArray()) as FollowUp[]);
  const CHUNK = 2000;
  let offset = 0;
  for (;;) {
    const rows = (await cards.offset(offset).limit(CHUNK).toArray()) as Card[];
    if (!rows.length) break;
    await cards.bulkPut(
      rows.map((c) => {
        const at = last.get(c.id);
        return withDerived(at !== undefined && at > (c.lastContactAt ?? -Infinity) ? { ...c, lastContactAt: at } : c);
      }),
    );
    offset += rows.length;
  }
}
