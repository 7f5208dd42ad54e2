import type { Card } from '../card/schema';
import type { ArchiveDb } from '../db';
import { searchIds } from '../search/search';
import { filterIds, trashedIds, type Filter } from './filter';
import { isEmptyFilter } from './filter';
import { indexFor, sortIds, type Sort, type SortOpts } from './sort';

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

/** `opts.cancelled` stops a sort that a newer request replaced (it throws SortCancelled). */
export async function listIds(db: ArchiveDb, q: ListQuery, now = Date.now(), opts: SortOpts = {}): Promise<ListResult> {
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
    return { ids: await sortIds(db, set, q.sort, new Set(), opts), capped: !!found?.capped };
  }
  return { ids: await sortIds(db, set, q.sort, trashed, opts), capped: !!found?.capped };
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

/** Ids per request when the plain list is read in pieces. */
export const PLAIN_CHUNK = 10000;

/**
 * The whole plain list (as firstIds) read from the sort index a chunk at a time, calling `onChunk` with the ids so
 * far after each, so the table fills while the rest is read and no single request holds the database for the
 * whole archive (a search typed meanwhile, or another tab, gets its turn between chunks). Null when it does not
 * apply; stops early when `cancelled()` says so.
 */
export async function plainIdsInChunks(
  db: ArchiveDb,
  q: ListQuery,
  onChunk: (ids: string[]) => void,
  cancelled: () => boolean = () => false,
  chunk = PLAIN_CHUNK,
): Promise<string[] | null> {
  const index = indexFor(q.sort.col);
  if (q.text.trim() || !isEmptyFilter(q.filter) || q.trash || !index) return null;
  const trashed = await trashedIds(db);
  const desc = q.sort.dir === 'desc';
  const out: string[] = [];
  // Index entries are ordered by (value, id): the next chunk starts at the last value read (inclusive), over-reads
  // by the number of cards holding that value, and skips the ids already taken.
  const seen = new Set<string>();
  let from: unknown = undefined;
  for (;;) {
    if (cancelled()) return out;
    const start = from;
    // One read transaction per chunk: the ids and the value the next chunk starts from agree even while a card is
    // being saved (its new sort value would otherwise restart the walk).
    const [ids, ties, last] = await db.transaction('r', db.cards, async () => {
      let c =
        start === undefined
          ? db.cards.orderBy(index)
          : desc
            ? db.cards.where(index).belowOrEqual(start)
            : db.cards.where(index).aboveOrEqual(start);
      if (desc) c = c.reverse();
      const ties =
        start === undefined
          ? 0
          : await db.cards
              .where(index)
              .equals(start as string)
              .count();
      const ids = (await c.limit(chunk + ties).primaryKeys()) as string[];
      const last = ids.length ? await db.cards.get(ids[ids.length - 1]) : undefined;
      return [ids, ties, last as Record<string, unknown> | undefined] as const;
    });
    let added = 0;
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      added++;
      if (!trashed.has(id)) out.push(id);
    }
    onChunk([...out]);
    if (ids.length < chunk + ties || !added) return out;
    from = last ? valueAt(last, index) : undefined;
    if (from === undefined) return out;
  }
}

function valueAt(rec: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), rec);
}

/** Cards for the given ids, in the same order (missing ones dropped). */
export async function cardsFor(db: ArchiveDb, ids: string[]): Promise<Card[]> {
  const rows = await db.cards.bulkGet(ids);
  return rows.filter((c): c is NonNullable<typeof c> => !!c) as Card[];
}
