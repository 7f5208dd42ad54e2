import Dexie from 'dexie';
import { z } from 'zod';
import type { ArchiveDb } from '../db';
import { endOfDay, startOfDay } from '../reminders/rules';

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

/** Cards with a follow-up dated at or after `since`, from the [date+cardId] index keys alone. */
export async function contactedSince(db: ArchiveDb, since: number): Promise<Set<string>> {
  // Values in one getAll: a key cursor would pay a round trip per follow-up.
  const rows = (await db.followUps.where('[date+cardId]').aboveOrEqual([since, Dexie.minKey]).toArray()) as {
    cardId: string;
  }[];
  return new Set(rows.map((f) => f.cardId));
}

/** Cards with an open follow-up whose next date is on or before the end of `now`'s day. */
export async function followUpDueIds(db: ArchiveDb, now: number): Promise<Set<string>> {
  const keys = (await db.followUps
    .where('[due+cardId]')
    .below([endOfDay(now), Dexie.maxKey])
    .keys()) as unknown as [number, string][];
  return new Set(keys.map((k) => k[1]));
}

/** Cards with no contact since `days` ago: captured before then, and no follow-up dated after. */
export async function noContactIds(
  db: ArchiveDb,
  days: number,
  now: number,
  among?: Set<string>,
): Promise<Set<string>> {
  const since = startOfDay(now) - days * DAY;
  const [old, recent] = await Promise.all([
    among ? Promise.resolve(among) : keysOf(db.cards.where('createdAt').below(since).primaryKeys()),
    contactedSince(db, since),
  ]);
  const out = new Set<string>();
  for (const id of old) if (!recent.has(id)) out.add(id);
  return out;
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
  if (f.grades?.length) {
    parts.push(
      Promise.all(
        f.grades.map((g) => db.cards.where('[g+rv]').between([g, Dexie.minKey], [g, Dexie.maxKey]).primaryKeys()),
      ).then((lists) => new Set(lists.flat() as string[])),
    );
  }
  anyOf('classification.valueTier', f.tiers);
  anyOf('classification.lifecycle', f.lifecycles);
  anyOf('stage', f.stages);
  anyOf(
    'tags',
    f.tags?.map((t) => t.trim().toLowerCase()),
  );
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
