import type { Table } from 'dexie';
import { queryTokens } from './terms';

// Type-ahead search answered from the multiEntry `terms` index alone: each query token is a prefix range on the
// index; the ids of every token are intersected, the most selective token first. No card is read to decide a match.

/** Stop collecting ids of one token after this many; a token that common narrows nothing worth the wait. */
export const TOKEN_CAP = 20000;

export interface SearchResult {
  ids: string[];
  /** True when a token hit TOKEN_CAP, so `ids` may miss some matches. */
  capped: boolean;
  tokens: string[];
}

async function idsForToken(table: Table, token: string, cap: number): Promise<string[]> {
  const keys = await table.where('terms').startsWith(token).limit(cap).primaryKeys();
  return keys as string[];
}

/**
 * All ids matching every token of `query` (up to `limit`), in index order. `limit` bounds the answer, not the
 * work: the intersection is computed over the ids of each token (each capped at TOKEN_CAP).
 */
export async function searchIds(table: Table, query: string, limit = Infinity): Promise<SearchResult> {
  const tokens = queryTokens(query);
  const byNumber = await numberMatches(table, query, limit);
  if (!tokens.length) return { ids: byNumber, capped: false, tokens };
  // Longer tokens are usually rarer: look them up first and stop early when nothing is left.
  const ordered = [...tokens].sort((a, b) => b.length - a.length);
  let capped = false;
  let acc: Set<string> | null = null;
  for (const token of ordered) {
    const single = ordered.length === 1 && Number.isFinite(limit);
    // A single token needs only the first `limit` distinct ids; over-fetch because one card may match twice.
    const cap = single ? Math.min(TOKEN_CAP, limit * 8) : TOKEN_CAP;
    const ids = await idsForToken(table, token, cap);
    if (ids.length >= cap && !single) capped = true;
    if (acc === null) acc = new Set(ids);
    else {
      const next = new Set<string>();
      for (const id of ids) if (acc.has(id)) next.add(id);
      acc = next;
    }
    if (acc.size === 0) break;
  }
  const ids = [...new Set([...byNumber, ...(acc ?? [])])];
  return { ids: Number.isFinite(limit) ? ids.slice(0, limit) : ids, capped, tokens };
}

/** Cards whose customer number starts with the query (C-2026-00…), from the unique `number` index. */
async function numberMatches(table: Table, query: string, limit: number): Promise<string[]> {
  const q = query.trim();
  if (!/^[A-Za-z]{0,6}-?\d[\w-]*$|^[A-Za-z]{1,6}-$/.test(q)) return [];
  const variants = [...new Set([q, q.toUpperCase(), q.toLowerCase()])].sort();
  const cap = Number.isFinite(limit) ? limit : TOKEN_CAP;
  return (await table.where('number').startsWithAnyOf(variants).limit(cap).primaryKeys()) as string[];
}
