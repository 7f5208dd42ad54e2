import Dexie from 'dexie';
import type { ArchiveDb, CardRecord } from '../db';

// Looking up many exact values in one index (every dedupe key of an import file, every number of a list page).
// Dexie's anyOf() walks one cursor that jumps from value to value and waits for each jump; one request per value,
// all sent before any answer, lets IndexedDB answer them back to back. Measured in Chromium on 100,000 cards with
// 700,000 `keys` entries, 20,000 absent keys: ~100 µs per key with anyOf, ~25 µs sent together.

/**
 * The cards under any of `values` in `index`, as `where(index).anyOf(values).toArray()` gives them: in index order
 * (value, then id), a card once per matching entry. Runs in the caller's transaction when there is one.
 */
export function cardsWhereAny(
  db: ArchiveDb,
  index: 'keys' | 'number' | 'nameKey',
  values: readonly string[],
): Promise<CardRecord[]> {
  return idsWhereAny(db, index, values).then((ids) => {
    if (!ids.length) return [];
    return db.cards.bulkGet([...new Set(ids)]).then((recs) => {
      const byId = new Map<string, CardRecord>();
      for (const rec of recs) if (rec) byId.set(rec.id, rec);
      return ids.flatMap((id) => byId.get(id) ?? []);
    });
  });
}

/** The ids under any of `values` in `index`, in index order (value, then id); an id once per matching entry. */
export function idsWhereAny(
  db: ArchiveDb,
  index: 'keys' | 'number' | 'nameKey',
  values: readonly string[],
): Promise<string[]> {
  // JavaScript's default string order is IndexedDB's (UTF-16 code units), so the result comes out in index order.
  const sorted = [...new Set(values)].sort();
  if (!sorted.length) return Dexie.Promise.resolve([]);
  const tx = Dexie.currentTransaction;
  if (tx && tx.db === db && tx.storeNames.includes('cards') && tx.idbtrans) return keysIn(tx.idbtrans, index, sorted);
  return db.transaction('r', db.cards, () => keysIn(Dexie.currentTransaction.idbtrans, index, sorted));
}

/**
 * Native requests, all sent at once, behind one Dexie promise: Dexie's own query objects cost tens of microseconds
 * each in JavaScript, and a Dexie promise keeps the caller's transaction across the await (a chain of native
 * promises and async helpers outlasts Dexie's hold on it, and the transaction then commits early).
 */
function keysIn(trans: IDBTransaction, index: string, values: string[]): Promise<string[]> {
  return new Dexie.Promise<string[]>((resolve, reject) => {
    const ix = trans.objectStore('cards').index(index);
    const lists: string[][] = new Array(values.length);
    let left = values.length;
    values.forEach((v, i) => {
      const req = ix.getAllKeys(IDBKeyRange.only(v));
      req.onsuccess = () => {
        lists[i] = req.result as string[];
        if (--left === 0) resolve(lists.flat());
      };
      req.onerror = () => reject(req.error);
    });
  });
}
