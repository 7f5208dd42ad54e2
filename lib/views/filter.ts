import Dexie from 'dexie';
import { z } from 'zod';
import type { ArchiveDb } from '../db';
import { endOfDay, startOfDay } from '../reminders/rules';
import { facetKey, normTags } from '../search/index-fields';

// A filter is a set of criteria, each answered by one index as a set of card ids; the answer is their
// intersection (smallest first). No card is read to decide whether it passes.

export const Filter = z.object({
  grades: z.array(z.enum(['A', 'B', 'C', '-'])).optional(),
  tiers: z.array(z.string()).optional(),
  lifecycles: z.array(z.string()).optional(),
  stages: z.array(z.string()).optional(),
  /** Any of these tags (lower case, as indexed). */
  tags: z.array(z.string()).optional(),
  sites: z.array(z.string()).optional(),
  /** Country or province/state, lower case. */
  regions: z.array(z.string()).optional(),
  createdFrom: z.number().optional(),
  createdTo: z.number().optional(),
  updatedFrom: z.number().optional(),
  updatedTo: z.number().optional(),
  /** Cards with an open follow-up due today or earlier. */
  followUpDue: z.boolean().optional(),
  /** Cards with no follow-up in this many days (and captured before that). */
  noContactDays: z.number().int().min(1).optional(),
});
export type Filter = z.infer<typeof Filter>;

const DAY = 86_400_000;

export function isEmptyFilter(f: Filter): boolean {
  return !Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false));
}

async function keysOf(promise: Promise<unknown[]>): Promise<Set<string>> {
  return new Set((await promise) as string[]);
}

/** Cards with an open follow-up whose next date is on or before the end of `now`'s day. */
export async function followUpDueIds(db: ArchiveDb, now: number): Promise<Set<string>> {
  const keys = (await db.followUps
    .where('[due+cardId]')
    .below([endOfDay(now), Dexie.maxKey])
    .keys()) as unknown as [number, string][];
  return new Set(keys.map((k) => k[1]));
}

/** Cards with no contact since `days` ago: last contact (latest follow-up, or the capture) before then. */
export async function noContactIds(db: ArchiveDb, days: number, now: number): Promise<Set<string>> {
  const since = startOfDay(now) - days * DAY;
  const lists = await Promise.all(
    ['A', 'B', 'C', '-'].map((g) =>
      db.cards.where('[g+lc]').between([g, Dexie.minKey], [g, since], true, false).primaryKeys(),
    ),
  );
  return new Set(lists.flat() as string[]);
}

export async function trashedIds(db: ArchiveDb): Promise<Set<string>> {
  return keysOf(db.cards.where('deletedAt').above(0).primaryKeys());
}

function between(from?: number, to?: number): [number, number] {
  return [from ?? -Infinity, to ?? Infinity];
}

/** The ids passing every criterion of `f`, or null when `f` has none (everything passes). Trash not removed. */
export async function filterIds(db: ArchiveDb, f: Filter, now = Date.now()): Promise<Set<string> | null> {
  const parts: Promise<Set<string>>[] = [];
  // One equals() per value: each is a plain key range answered by getAllKeys, where anyOf() walks a cursor.
  const anyOf = (index: string, values?: string[]) => {
    if (!values?.length) return;
    parts.push(
      Promise.all([...new Set(values)].map((v) => db.cards.where(index).equals(v).primaryKeys())).then(
        (lists) => new Set(lists.flat() as string[]),
      ),
    );
  };
  const combined = facetCombos(f);
  if (combined) {
    parts.push(
      Promise.all(combined.map((k) => db.cards.where('fc').equals(k).primaryKeys())).then(
        (lists) => new Set(lists.flat() as string[]),
      ),
    );
  }
  const used = new Set(combined ? facetsOf(f) : []);
  if (f.grades?.length && !used.has('grades')) {
    parts.push(
      Promise.all(
        f.grades.map((g) => db.cards.where('[g+rv]').between([g, Dexie.minKey], [g, Dexie.maxKey]).primaryKeys()),
      ).then((lists) => new Set(lists.flat() as string[])),
    );
  }
  anyOf('classification.valueTier', f.tiers);
  anyOf('classification.lifecycle', f.lifecycles);
  if (!used.has('stages')) anyOf('stage', f.stages);
  if (!used.has('tags')) anyOf('tags', normTags(f.tags));
  anyOf('sourceSite', f.sites);
  anyOf(
    'rg',
    f.regions?.map((r) => r.trim().toLowerCase()),
  );
  if (f.createdFrom !== undefined || f.createdTo !== undefined) {
    const [a, b] = between(f.createdFrom, f.createdTo);
    parts.push(keysOf(db.cards.where('createdAt').between(a, b, true, true).primaryKeys()));
  }
  if (f.updatedFrom !== undefined || f.updatedTo !== undefined) {
    const [a, b] = between(f.updatedFrom, f.updatedTo);
    parts.push(keysOf(db.cards.where('updatedAt').between(a, b, true, true).primaryKeys()));
  }
  if (f.followUpDue) parts.push(followUpDueIds(db, now));
  if (f.noContactDays) parts.push(noContactIds(db, f.noContactDays, now));
  if (!parts.length) return null;
  const sets = (await Promise.all(parts)).sort((a, b) => a.size - b.size);
  return intersect(sets);
}

type Facet = 'grades' | 'stages' | 'tags';

/** Which of grade, stage and tags the filter names (two or three of them are answered by one `fc` lookup). */
function facetsOf(f: Filter): Facet[] {
  return (['grades', 'stages', 'tags'] as const).filter(
    (k) => (k === 'tags' ? normTags(f.tags).length : (f[k]?.length ?? 0)) > 0,
  );
}

/** Above this many combinations (values chosen in each facet multiplied), the facets are looked up one by one. */
const MAX_COMBOS = 64;

/**
 * The `fc` index entries answering the filter's grade, stage and tag criteria together (any chosen value of each,
 * all of the facets), or null when fewer than two are named or the combinations are too many.
 */
export function facetCombos(f: Filter): string[] | null {
  const named = facetsOf(f);
  if (named.length < 2) return null;
  const grades = [...new Set(f.grades ?? [])];
  const stages = [...new Set(f.stages ?? [])];
  const tags = normTags(f.tags);
  const out: string[] = [];
  const n = (grades.length || 1) * (stages.length || 1) * (tags.length || 1);
  if (n > MAX_COMBOS) return null;
  if (named.length === 3) {
    for (const g of grades) for (const s of stages) for (const t of tags) out.push(facetKey('gst', g, s, t));
  } else if (!tags.length) {
    for (const g of grades) for (const s of stages) out.push(facetKey('gs', g, s));
  } else if (!stages.length) {
    for (const g of grades) for (const t of tags) out.push(facetKey('gt', g, t));
  } else {
    for (const s of stages) for (const t of tags) out.push(facetKey('st', s, t));
  }
  return out;
}

export function intersect(sets: Set<string>[]): Set<string> {
  if (!sets.length) return new Set();
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  outer: for (const id of first) {
    for (const s of rest) if (!s.has(id)) continue outer;
    out.add(id);
  }
  return out;
}
