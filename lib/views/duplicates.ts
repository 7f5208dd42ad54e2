import type { Card } from '../card/schema';
import type { ArchiveDb } from '../db';
import { trashedIds } from './filter';

// Likely duplicates: cards that share a strong dedupe key (normalised phone, email, IM handle, platform id) or the
// normalised company name. Read from the `keys` and `nameKey` indexes with key cursors: no card is read until a
// group is shown.

export interface DuplicateGroup {
  /** The shared key, such as `tel:+8613800000000` or `name:华强电子`. */
  key: string;
  ids: string[];
}

async function groupsOf(
  db: ArchiveDb,
  index: 'keys' | 'nameKey',
  prefix: string,
  skip: Set<string>,
): Promise<DuplicateGroup[]> {
  const out: DuplicateGroup[] = [];
  let current: string | null = null;
  let ids: string[] = [];
  const flush = () => {
    const unique = [...new Set(ids)];
    if (current !== null && current !== '' && unique.length > 1) out.push({ key: prefix + current, ids: unique });
  };
  await db.cards.orderBy(index).eachKey((key, cursor) => {
    const k = String(key);
    if (k !== current) {
      flush();
      current = k;
      ids = [];
    }
    const id = cursor.primaryKey as string;
    if (!skip.has(id)) ids.push(id);
  });
  flush();
  return out;
}

/** Groups of two or more live cards sharing a key; a pair found by several keys is listed once (strong key first). */
export async function findDuplicates(db: ArchiveDb, limit = 500): Promise<DuplicateGroup[]> {
  const trashed = await trashedIds(db);
  const strong = await groupsOf(db, 'keys', '', trashed);
  const byName = await groupsOf(db, 'nameKey', 'name:', trashed);
  const seen = new Set<string>();
  const out: DuplicateGroup[] = [];
  for (const g of [...strong, ...byName]) {
    const sig = [...g.ids].sort().join('|');
    if (seen.has(sig)) continue;
    seen.add(sig);
    out.push(g);
    if (out.length >= limit) break;
  }
  return out;
}

/** Which side each part of the merged card comes from; lists may take both. */
export type Side = 'left' | 'right' | 'both';
export const MERGE_FIELDS = [
  'name',
  'kind',
  'creditCode',
  'phones',
  'faxes',
  'emails',
  'websites',
  'im',
  'platformIds',
  'contacts',
  'addresses',
  'company',
  'person',
  'classification',
  'needs',
  'business',
  'complaints',
  'notes',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export const LIST_FIELDS = new Set<MergeField>([
  'phones',
  'faxes',
  'emails',
  'websites',
  'im',
  'platformIds',
  'contacts',
  'addresses',
  'complaints',
]);

/** The default choice: both for lists, the left card otherwise, unless it is empty there. */
export function defaultChoices(left: Card, right: Card): Record<MergeField, Side> {
  const out = {} as Record<MergeField, Side>;
  for (const f of MERGE_FIELDS) {
    if (LIST_FIELDS.has(f)) out[f] = 'both';
    else out[f] = isEmpty(left[f]) && !isEmpty(right[f]) ? 'right' : 'left';
  }
  return out;
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.values(v as object).every(isEmpty);
  return false;
}

/**
 * The kept (left) card with each field taken as chosen. Lists taken from both keep the left order and add the
 * right card's entries that are not already there; provenance indexes of the right card's values are moved past
 * the left card's sources so they still point at the right page.
 */
export function buildMerged(left: Card, right: Card, choices: Record<MergeField, Side>): Card {
  const offset = left.sources.length;
  const shift = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(shift);
    const o = { ...(v as Record<string, unknown>) };
    for (const [k, x] of Object.entries(o)) {
      if (k === 'prov' && x && typeof x === 'object' && typeof (x as { at?: number }).at === 'number') {
        o[k] = { ...(x as object), at: (x as { at: number }).at + offset };
      } else if (x && typeof x === 'object') o[k] = shift(x);
    }
    return o;
  };
  const out = structuredClone(left) as Record<string, unknown>;
  const r = right as unknown as Record<string, unknown>;
  for (const f of MERGE_FIELDS) {
    const side = choices[f];
    if (side === 'left') continue;
    const theirs = shift(r[f]);
    if (side === 'right' || !LIST_FIELDS.has(f)) {
      out[f] = structuredClone(theirs);
      continue;
    }
    const mine = (out[f] as unknown[]) ?? [];
    const key = (x: unknown) => JSON.stringify(x, (k, v) => (k === 'prov' || k === 'id' ? undefined : v));
    const seen = new Set(mine.map(key));
    out[f] = [...mine, ...((theirs as unknown[]) ?? []).filter((x) => !seen.has(key(x)))];
  }
  // The right card's sources are appended whole (never deduplicated) so shifted provenance points at them.
  out.sources = [...left.sources, ...right.sources];
  return out as unknown as Card;
}
