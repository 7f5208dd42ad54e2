import Dexie from 'dexie';
import type { Card } from '../card/schema';
import { GRADES, LIFECYCLES, STAGES, VALUE_TIERS } from '../card/schema';
import type { ArchiveDb } from '../db';
import { cacheFor, SortCancelled } from './value-cache';

export { SortCancelled };

// Sorting the list by a column. A large set is ordered by walking the column's index (keys only) and keeping the
// ids in the set; a small set is read and sorted in memory, which also handles columns without an index (their
// values are kept per card, so after a write only the changed cards are read again).

export const COLUMNS = [
  'name',
  'number',
  'kind',
  'phone',
  'email',
  'contact',
  'grade',
  'tier',
  'lifecycle',
  'stage',
  'tags',
  'site',
  'region',
  'created',
  'updated',
  'reviewed',
] as const;
export type Column = (typeof COLUMNS)[number];
export const DEFAULT_COLUMNS: Column[] = ['name', 'number', 'phone', 'grade', 'updated'];

export interface Sort {
  col: Column;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: Sort = { col: 'updated', dir: 'desc' };

/** Columns whose order an index gives: a plain index, or an enum walked value by value in its natural order. */
const INDEXED: Partial<Record<Column, string>> = {
  name: 'nameKey',
  number: 'number',
  site: 'sourceSite',
  created: 'createdAt',
  updated: 'updatedAt',
};
const ENUMS: Partial<Record<Column, { index: string; values: readonly string[] }>> = {
  grade: { index: '[g+rv]', values: GRADES },
  tier: { index: 'classification.valueTier', values: VALUE_TIERS },
  lifecycle: { index: 'classification.lifecycle', values: LIFECYCLES },
  stage: { index: 'stage', values: STAGES },
};

/** Below this many ids, read the cards and sort in memory. */
export const IN_MEMORY = 3000;

/** The text or number a column shows for a card; also the in-memory sort key. */
export function columnValue(card: Card, col: Column): string | number {
  const cls = card.classification;
  const primary = card.contacts.find((c) => c.primary) ?? card.contacts[0];
  switch (col) {
    case 'name':
      return card.name;
    case 'number':
      return card.number;
    case 'kind':
      return card.kind;
    case 'phone':
      return card.phones[0]?.value ?? primary?.phones[0]?.value ?? '';
    case 'email':
      return card.emails[0]?.value ?? primary?.emails[0]?.value ?? '';
    case 'contact':
      return primary?.name ?? '';
    case 'grade':
      return cls.grade ?? '';
    case 'tier':
      return cls.valueTier ?? '';
    case 'lifecycle':
      return cls.lifecycle ?? '';
    case 'stage':
      return cls.stage ?? '';
    case 'tags':
      return cls.tags.join(', ');
    case 'site':
      return card.sources.find((s) => s.site)?.site ?? '';
    case 'region': {
      const a = card.addresses[0];
      return [a?.region, a?.country].filter(Boolean).join(', ');
    }
    case 'created':
      return card.createdAt;
    case 'updated':
      return card.updatedAt;
    case 'reviewed':
      return card.reviewedAt ?? 0;
  }
}

function rank(col: Column, v: string | number): string | number {
  const e = ENUMS[col];
  if (!e) return v;
  const i = e.values.indexOf(String(v));
  return i < 0 ? e.values.length : i;
}

export function compareCards(a: Card, b: Card, sort: Sort): number {
  return compareValues(sort, columnValue(a, sort.col), columnValue(b, sort.col));
}

/** Two values of the sort column: in the column's natural order, empty values last in both directions. */
export function compareValues(sort: Sort, a: string | number, b: string | number): number {
  const x = rank(sort.col, a);
  const y = rank(sort.col, b);
  const empty = (raw: string | number) => raw === '' || (sort.col === 'reviewed' && raw === 0);
  if (empty(a) && !empty(b)) return 1;
  if (empty(b) && !empty(a)) return -1;
  let c: number;
  if (typeof x === 'number' && typeof y === 'number') c = x - y;
  else c = String(x).localeCompare(String(y));
  return sort.dir === 'asc' ? c : -c;
}

/** The plain index that orders a column whose every card has a value (name, number, dates), if any. */
export function indexFor(col: Column): string | null {
  return col === 'site' ? null : (INDEXED[col] ?? null);
}

/** Every column sorts; those with an index (or an enum walked value by value) without reading the cards. */
export function isSortable(col: Column): boolean {
  return COLUMNS.includes(col);
}

function hasIndex(col: Column): boolean {
  return col in INDEXED || col in ENUMS;
}

/** Cards read per request when a column without an index is sorted: a slice at a time, never all cards at once. */
const VALUE_SLICE = 2000;

/** How a sort is run: `cancelled` is asked between slices (a newer request takes over: SortCancelled is thrown). */
export interface SortOpts {
  cancelled?: () => boolean;
}

/** The columns no index orders: their values are kept per card (value-cache.ts) and re-read only when it changes. */
const UNINDEXED = new Set<string>(COLUMNS.filter((c) => !hasIndex(c)));
const extract = (card: Card, col: string) => columnValue(card, col as Column);

/** Each id with its value in `col`, read a slice at a time (only the value is kept, not the card). */
async function valuesOf(
  db: ArchiveDb,
  ids: string[],
  col: Column,
  cancelled: () => boolean,
): Promise<{ id: string; v: string | number }[]> {
  const out: { id: string; v: string | number }[] = [];
  if (UNINDEXED.has(col)) {
    const values = await cacheFor(db, extract).valuesOf(db, ids, col, VALUE_SLICE, cancelled);
    ids.forEach((id, i) => {
      const v = values[i];
      if (v !== undefined) out.push({ id, v });
    });
    return out;
  }
  // A small set sorted by an indexed column: read as it is (a few thousand cards at most).
  for (let i = 0; i < ids.length; i += VALUE_SLICE) {
    if (cancelled()) throw new SortCancelled();
    const cards = await db.cards.bulkGet(ids.slice(i, i + VALUE_SLICE));
    for (const c of cards) if (c) out.push({ id: c.id, v: columnValue(c as Card, col) });
  }
  return out;
}

async function indexOrder(db: ArchiveDb, col: Column): Promise<string[]> {
  const plain = INDEXED[col];
  if (plain) return (await db.cards.orderBy(plain).primaryKeys()) as string[];
  const e = ENUMS[col]!;
  const lists = await Promise.all(
    e.values.map((v) =>
      e.index === '[g+rv]'
        ? db.cards.where('[g+rv]').between([v, Dexie.minKey], [v, Dexie.maxKey]).primaryKeys()
        : db.cards.where(e.index).equals(v).primaryKeys(),
    ),
  );
  return lists.flat() as string[];
}

/**
 * The ids of `set` (every card when null) in the order of `sort`, minus `exclude`. Ids the index does not hold
 * (no value for that column) come last.
 */
export async function sortIds(
  db: ArchiveDb,
  set: Set<string> | null,
  sort: Sort,
  exclude: Set<string> = new Set(),
  opts: SortOpts = {},
): Promise<string[]> {
  const col = sort.col;
  const cancelled = opts.cancelled ?? (() => false);
  // A small set, or a column no index orders (phone, email, contact, tags, region, kind, last review): read the
  // values and sort them here.
  if ((set && set.size <= IN_MEMORY) || !hasIndex(col)) {
    const all = set ? [...set] : ((await db.cards.toCollection().primaryKeys()) as string[]);
    const ids = all.filter((id) => !exclude.has(id));
    if (cancelled()) throw new SortCancelled();
    const rows = await valuesOf(db, ids, col, cancelled);
    return rows.sort((a, b) => compareValues(sort, a.v, b.v)).map((r) => r.id);
  }
  const order = await indexOrder(db, col);
  if (cancelled()) throw new SortCancelled();
  if (sort.dir === 'desc') order.reverse();
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of order) {
    if (exclude.has(id) || seen.has(id) || (set && !set.has(id))) continue;
    seen.add(id);
    out.push(id);
  }
  // Cards without a value in a sparse index (no grade, no stage…).
  if (col in ENUMS || col === 'site') {
    const all = set ? [...set] : ((await db.cards.toCollection().primaryKeys()) as string[]);
    for (const id of all) if (!seen.has(id) && !exclude.has(id)) out.push(id);
  }
  return out;
}
