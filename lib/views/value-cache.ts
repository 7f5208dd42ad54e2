import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Card } from '../card/schema';
import type { ArchiveDb } from '../db';

// What the columns without an index show, kept per card for the page's lifetime, so sorting 100,000 cards by phone
// reads every card once and after a write re-reads only the cards that changed. A card changed since the last
// look is found two ways: by the updatedAt index (every write of the archive stamps the time; cards at or after
// the latest stamp seen are read again, a handful) and by Dexie's change events, which name the ids of small
// writes made in any tab or the background (an import replacing a card keeps the file's older stamp).

/** Reads a card's values for the cached columns (given by the caller, so this file needs no column list). */
export type Extract = (card: Card) => (string | number)[];

/** Thrown when the caller's cancel check says a newer request took over; nothing more is read. */
export class SortCancelled extends Error {
  constructor() {
    super('Sort cancelled by a newer request.');
    this.name = 'SortCancelled';
  }
}

export class ValueCache {
  readonly entries = new Map<string, (string | number)[]>();
  /** The latest updatedAt seen; undefined before the first look. */
  since: number | undefined;
  /** Ids a change event named since the last look. */
  readonly dirty = new Set<string>();
  /** Bumped when a look forgets changed cards: a read that started before then keeps its values out of the cache. */
  generation = 0;
  /** Cards read so far (a figure for tests and the benchmark). */
  reads = 0;

  constructor(private readonly extract: Extract) {}

  /**
   * Forgets the cards changed since the last look (their ids only: a change to 100,000 cards is then read again
   * a slice at a time, cancellably, by valuesOf).
   */
  async refresh(db: ArchiveDb): Promise<void> {
    const since = this.since;
    const named = [...this.dirty];
    this.dirty.clear();
    const [latest, changed] = await db.transaction('r', db.cards, async () => {
      const last = (await db.cards.orderBy('updatedAt').reverse().limit(1).keys()) as number[];
      const changed =
        since === undefined ? [] : ((await db.cards.where('updatedAt').aboveOrEqual(since).primaryKeys()) as string[]);
      return [last[0] as number | undefined, changed] as const;
    });
    let forgot = false;
    for (const id of [...changed, ...named]) if (this.entries.delete(id)) forgot = true;
    if (forgot) this.generation++;
    if (latest !== undefined && (this.since === undefined || latest > this.since)) this.since = latest;
  }

  /**
   * Each id's cached values, reading the cards not yet cached a slice at a time; `cancelled` is asked between
   * slices. Ids no longer in the archive are left out.
   */
  async valuesOf(
    db: ArchiveDb,
    ids: string[],
    slice: number,
    cancelled: () => boolean,
  ): Promise<Map<string, (string | number)[]>> {
    await this.refresh(db);
    const out = new Map<string, (string | number)[]>();
    const missing: string[] = [];
    for (const id of ids) {
      const e = this.entries.get(id);
      if (e) out.set(id, e);
      else missing.push(id);
    }
    for (let i = 0; i < missing.length; i += slice) {
      if (cancelled()) throw new SortCancelled();
      const gen = this.generation;
      // Kept even if the request is cancelled meanwhile: the next request goes on from there.
      const recs = await db.cards.bulkGet(missing.slice(i, i + slice));
      this.reads += recs.length;
      for (const rec of recs) {
        if (!rec) continue;
        // A look that found changes ran while this slice was read: use what was read, but do not keep it.
        const values = this.extract(rec as Card);
        if (gen === this.generation) this.entries.set(rec.id, values);
        out.set(rec.id, values);
      }
    }
    if (cancelled()) throw new SortCancelled();
    return out;
  }
}

const caches = new WeakMap<ArchiveDb, ValueCache>();
const byName = new Map<string, Set<WeakRef<ValueCache>>>();
let listening = false;

/** The page-wide cache of `db` (one per database object). */
export function cacheFor(db: ArchiveDb, extract: Extract): ValueCache {
  let c = caches.get(db);
  if (c) return c;
  c = new ValueCache(extract);
  caches.set(db, c);
  const set = byName.get(db.name) ?? new Set();
  set.add(new WeakRef(c));
  byName.set(db.name, set);
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', onMutated);
  }
  return c;
}

/** Ids a change event names one by one; a range (a large write) is left to the updatedAt index. */
function onMutated(parts: ObservabilitySet) {
  for (const [name, refs] of byName) {
    const tree = parts[`idb://${name}/cards/`] as IntervalTree | undefined;
    if (!tree) continue;
    const ids: string[] = [];
    walk(tree, ids);
    for (const ref of refs) {
      const c = ref.deref();
      if (!c) refs.delete(ref);
      else for (const id of ids) c.dirty.add(id);
    }
  }
}

function walk(node: IntervalTree | null | undefined, out: string[]) {
  if (!node || !('from' in node)) return;
  walk(node.l, out);
  if (typeof node.from === 'string' && node.from === node.to) out.push(node.from);
  walk(node.r, out);
}
