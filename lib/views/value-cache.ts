import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Card } from '../card/schema';
import type { ArchiveDb } from '../db';

// What the columns without an index show, kept per card for the page's lifetime, so sorting 100,000 cards by phone
// reads every card once and after a write re-reads only the cards that changed. Only the columns actually sorted
// are kept (a column is filled on its first sort), each as one array of values indexed by a card's slot, so a
// card's id is held once however many columns are kept.
// A card changed since the last look is found two ways: by the updatedAt index (every write of the archive stamps
// the time; cards stamped after the latest stamp seen are read again, and the cards at that stamp only if their
// count grew) and by Dexie's change events, which name the ids of small writes made in any tab or the background
// (an import replacing a card keeps the file's older stamp). An event covering a range (a large write, a database
// recreated, a page back from the back/forward cache) forgets everything.

/** Reads a card's value in a cached column (the caller names the columns, so this file needs no column list). */
export type Extract = (card: Card, col: string) => string | number;

/** Thrown when the caller's cancel check says a newer request took over; nothing more is read. */
export class SortCancelled extends Error {
  constructor() {
    super('Sort cancelled by a newer request.');
    this.name = 'SortCancelled';
  }
}

interface Look {
  latest: number;
  countAtLatest: number;
  changed: string[];
}

export class ValueCache {
  /** Each cached card's slot in the column arrays (kept when a card is forgotten, so a rewritten card reuses it). */
  private slots = new Map<string, number>();
  /** The columns sorted so far: values by slot; undefined where a card is not read yet or was forgotten. */
  private readonly columns = new Map<string, (string | number | undefined)[]>();
  /** The latest updatedAt seen (-Infinity for an empty archive); undefined before the first look. */
  since: number | undefined;
  /** How many cards carried `since` at the last look: a higher count there means a write in that same millisecond. */
  private countAtSince = 0;
  /** Ids a change event named since the last successful look. */
  dirty = new Set<string>();
  /** Bumped when cards are forgotten: a read that started before then keeps its values out of the cache. */
  generation = 0;
  /** Cards read so far (a figure for tests and the benchmark). */
  reads = 0;

  constructor(private readonly extract: Extract) {}

  /** The columns kept and how many values each holds (for tests and the benchmark). */
  kept(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [col, values] of this.columns)
      out[col] = values.reduce<number>((n, v) => (v === undefined ? n : n + 1), 0);
    return out;
  }

  /** Forgets every card (a change event covering a range): all are read again when next sorted. */
  clear(): void {
    this.slots = new Map();
    for (const values of this.columns.values()) values.length = 0;
    this.generation++;
  }

  private forget(ids: Iterable<string>): void {
    let forgot = false;
    for (const id of ids) {
      const slot = this.slots.get(id);
      if (slot === undefined) continue;
      for (const values of this.columns.values()) {
        if (values[slot] === undefined) continue;
        values[slot] = undefined;
        forgot = true;
      }
    }
    if (forgot) this.generation++;
  }

  /** Keeps a card's values in every column kept so far. */
  private keep(card: Card): void {
    let slot = this.slots.get(card.id);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(card.id, slot);
    }
    for (const [col, values] of this.columns) values[slot] = this.extract(card, col);
  }

  /**
   * Forgets the cards changed since the last look (their ids only: a change to 100,000 cards is then read again
   * a slice at a time, cancellably, by valuesOf). The ids change events named are forgotten only once the look
   * succeeded; a failed look leaves them for the next.
   */
  async refresh(db: ArchiveDb): Promise<void> {
    const named = this.dirty;
    this.dirty = new Set();
    const since = this.since;
    const countAtSince = this.countAtSince;
    let look: Look;
    try {
      look = await db.transaction('r', db.cards, async (): Promise<Look> => {
        const last = ((await db.cards.orderBy('updatedAt').reverse().limit(1).keys()) as number[])[0] ?? -Infinity;
        if (since === undefined)
          return { latest: last, countAtLatest: await db.cards.where('updatedAt').equals(last).count(), changed: [] };
        const changed = (await db.cards.where('updatedAt').above(since).primaryKeys()) as string[];
        const count = await db.cards.where('updatedAt').equals(since).count();
        // More cards at that stamp: one was written in the very millisecond of the last look, so the cards at it are
        // read again (rare). Fewer is only a card moving on to a newer stamp (an edit of a bulk-stamped card).
        if (count > countAtSince)
          changed.push(...((await db.cards.where('updatedAt').equals(since).primaryKeys()) as string[]));
        if (last <= since) return { latest: since, countAtLatest: count, changed };
        return { latest: last, countAtLatest: await db.cards.where('updatedAt').equals(last).count(), changed };
      });
    } catch (e) {
      for (const id of named) this.dirty.add(id);
      throw e;
    }
    this.forget(look.changed);
    this.forget(named);
    if (this.since === undefined || look.latest >= this.since) {
      this.since = look.latest;
      this.countAtSince = look.countAtLatest;
    }
  }

  /**
   * Each id's value in `col`, in the order of `ids` (undefined for ids no longer in the archive), reading the cards
   * not yet cached a slice at a time; `cancelled` is asked between slices.
   */
  async valuesOf(
    db: ArchiveDb,
    ids: string[],
    col: string,
    slice: number,
    cancelled: () => boolean,
  ): Promise<(string | number | undefined)[]> {
    await this.refresh(db);
    let values = this.columns.get(col);
    if (!values) this.columns.set(col, (values = []));
    const out = new Array<string | number | undefined>(ids.length);
    const missing: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const slot = this.slots.get(ids[i]);
      const v = slot === undefined ? undefined : values[slot];
      if (v === undefined) missing.push(i);
      else out[i] = v;
    }
    for (let i = 0; i < missing.length; i += slice) {
      if (cancelled()) throw new SortCancelled();
      const gen = this.generation;
      const at = missing.slice(i, i + slice);
      // Kept even if the request is cancelled meanwhile: the next request goes on from there.
      const recs = await db.cards.bulkGet(at.map((k) => ids[k]));
      this.reads += recs.length;
      recs.forEach((rec, j) => {
        if (!rec) return;
        out[at[j]] = this.extract(rec as Card, col);
        // A look that found changes ran while this slice was read: use what was read, but do not keep it.
        if (gen === this.generation) this.keep(rec as Card);
      });
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

/**
 * Ids a change event names one by one are marked; an event covering a range of cards, or everything (`all`: a page
 * back from the back/forward cache), forgets every card of that database.
 */
function onMutated(parts: ObservabilitySet) {
  for (const [name, refs] of byName) {
    const tree = parts[`idb://${name}/cards/`] as IntervalTree | undefined;
    if (!tree && !parts.all) continue;
    const ids: string[] = [];
    const everything = !!parts.all || walk(tree, ids);
    for (const ref of refs) {
      const c = ref.deref();
      if (!c) refs.delete(ref);
      else if (everything) c.clear();
      else for (const id of ids) c.dirty.add(id);
    }
  }
}

/** Collects the single keys of `node`; true when it holds a range (which may cover any card). */
function walk(node: IntervalTree | null | undefined, out: string[]): boolean {
  if (!node || !('from' in node)) return false;
  let range = walk(node.l, out);
  if (typeof node.from === 'string' && node.from === node.to) out.push(node.from);
  else range = true;
  return walk(node.r, out) || range;
}
