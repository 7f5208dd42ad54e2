import type { Card } from '../card/schema';
import type { ArchiveDb } from '../db';
import { searchIds } from '../search/search';
import { filterIds, trashedIds, type Filter } from './filter';
import { isEmptyFilter } from './filter';
import { indexFor, sortIds, type Sort } from './sort';

// What the archive table shows: the ids matching the search text and the filter, in the chosen order, from the
// trash or outside it. Ids only; the table reads the cards of the rows on screen.

export interface ListQuery {
  text: string;
  filter: Filter;
  sort: Sort;
  trash: boolean;
}

export interface ListResult {
  ids: string[];
  /** The search hit its per-token cap: refine the text to see every match. */
  capped: boolean;
}

export async function listIds(db: ArchiveDb, q: ListQuery, now = Date.now()): Promise<ListResult> {
  const [found, filtered, trashed] = await Promise.all([
    q.text.trim() ? searchIds(db.cards, q.text) : Promise.resolve(null),
    filterIds(db, q.filter, now),
    trashedIds(db),
  ]);
  let set: Set<string> | null = null;
  if (found) set = new Set(found.ids);
  if (filtered) set = set ? new Set([...set].filter((id) => filtered.has(id))) : filtered;
  if (q.trash) {
    set = set ? new Set([...set].filter((id) => trashed.has(id))) : trashed;
    return { ids: await sortIds(db, set, q.sort), capped: !!found?.capped };
  }
  return { ids: await sortIds(db, set, q.sort, trashed), capped: !!found?.capped };
}

/**
 * The first `n` ids of the plain list (no search, no filter, outside the trash) straight from the sort column's
 * index, so the page can paint its first rows before the whole list is ordered. Null when that does not apply.
 */
export async function firstIds(db: ArchiveDb, q: ListQuery, n: number): Promise<string[] | null> {
  const index = indexFor(q.sort.col);
  if (q.text.trim() || !isEmptyFilter(q.filter) || q.trash || !index) return null;
  const trashed = await trashedIds(db);
  let c = db.cards.orderBy(index);
  if (q.sort.dir === 'desc') c = c.reverse();
  const ids = (await c.limit(n + trashed.size).primaryKeys()) as string[];
  return ids.filter((id) => !trashed.has(id)).slice(0, n);
}

/** Cards for the given ids, in the same order (missing ones dropped). */
export async function cardsFor(db: ArchiveDb, ids: string[]): Promise<Card[]> {
  const rows = await db.cards.bulkGet(ids);
  return rows.filter((c): c is NonNullable<typeof c> => !!c) as Card[];
}
