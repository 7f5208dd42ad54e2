import type { Card, HistoryEntry } from './schema';

// History records a change per field, old → new. Groups (company, classification…) are compared per sub-field so
// the history says `classification.grade: B → A`, not "the classification changed".

const GROUPS = ['company', 'person', 'classification', 'needs', 'business', 'notes'] as const;
// lastContactAt follows the follow-ups, whose own changes are in the history already.
const NOT_HISTORY = new Set(['id', 'createdAt', 'updatedAt', 'rev', 'lastContactAt']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The history entries that turn `before` into `after` (no entry for unchanged fields). */
export function diffCards(before: Card, after: Card, at: number, by?: string): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  const push = (field: string, old: unknown, now: unknown) => {
    const e: HistoryEntry = { cardId: after.id, at, field, old, new: now };
    if (by) e.by = by;
    out.push(e);
  };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (NOT_HISTORY.has(key)) continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (same(a, b)) continue;
    if ((GROUPS as readonly string[]).includes(key) && isObject(a) && isObject(b)) {
      for (const sub of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!same(a[sub], b[sub])) push(`${key}.${sub}`, a[sub], b[sub]);
      }
    } else {
      push(key, a, b);
    }
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
