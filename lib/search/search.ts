import type { Table } from 'dexie';
import type { Card } from '../card/schema';
import { cardTerms, phraseOf, queryTokens } from './terms';

// Search answered from the multiEntry `terms` index: each query token is a prefix range on the index; the ids of
// every token are intersected, the most selective token first. Never a scan of the cards.

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

/** A token too short to narrow much on its own (a letter or two, one Han character): checked, not looked up. */
function isWeak(token: string): boolean {
  return /\p{Script=Han}/u.test(token) ? token.length < 2 : token.length < 3;
}

/**
 * A pair holding an administrative suffix (the 州市 of 苏州市, the 市华 of 广州市华强) is in a large share of Chinese
 * company names: its range is long and narrows little, so beside other tokens it is checked, not read. (Reading
 * the 市X pairs instead was measured slower: p95 58 ms against 41 ms over the bench's 1,458 keystrokes.)
 */
function isAdmin(token: string): boolean {
  return token.length === 2 && ADMIN.test(token);
}
const ADMIN = /[省市区县镇]/u;

/** Index ranges read for one type-ahead query; further tokens are checked on the candidates. */
const LOOKUPS = 2;

/** At most this many candidates after one token's range: the other tokens are checked on them, not looked up. */
const VERIFY_INSTEAD = 300;

/** Most cards read to check short tokens before giving up on filling the page (the answer is then `capped`). */
const VERIFY_MAX = 2000;

/**
 * Ids matching every token of `query`, in index order: the ids of each token's prefix range are intersected, the
 * longest (rarest) token first. With a finite `limit` (type-ahead), short tokens such as the "J" of "Patricia J"
 * are not looked up (their ranges are huge); the few candidates the other tokens leave are read and checked
 * against them instead, until `limit` are found.
 */
export async function searchIds(table: Table, query: string, limit = Infinity): Promise<SearchResult> {
  const tokens = queryTokens(query);
  const byNumber = await numberMatches(table, query, limit);
  if (!tokens.length) return { ids: byNumber, capped: false, tokens };
  // Longest first; among equals, the later ones: the end of a name is rarer than its start (广州市… is everywhere).
  const ordered = tokens
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t.length - a.t.length || b.i - a.i)
    .map((x) => x.t);
  const finite = Number.isFinite(limit);
  // Type-ahead of a name as written ("Fatima Jen"): one prefix range of the whole-name terms, when it fills the page.
  const phrase = finite ? phraseOf(query) : null;
  if (phrase) {
    const hits = [...new Set((await idsForToken(table, phrase, limit * 4)) as string[])];
    if (hits.length >= limit)
      return { ids: [...new Set([...byNumber, ...hits])].slice(0, limit), capped: false, tokens };
  }
  const weak = finite && ordered.some((t) => !isWeak(t)) ? ordered.filter(isWeak) : [];
  let strong = ordered.filter((t) => !weak.includes(t));
  // A long Chinese name is many pairs (武汉华强汽配: five); two ranges already leave few candidates, on which the
  // other pairs are checked.
  if (finite && strong.some((t) => !isAdmin(t))) {
    const plain = strong.filter((t) => !isAdmin(t));
    // With a single other token (杭州 of 杭州市长), a pair that starts with the suffix (市长) narrows more than
    // checking thousands of 杭州 cards would: it fills the second lookup (the slowest keystrokes went from ~450 ms
    // to ~110 ms; counting every token's range first to pick the smallest was measured slower).
    const second = plain.length < LOOKUPS ? strong.filter((t) => isAdmin(t) && ADMIN.test(t[0])).slice(0, 1) : [];
    weak.push(...strong.filter((t) => isAdmin(t) && !second.includes(t)));
    strong = [...plain, ...second];
  }
  if (finite && strong.length > LOOKUPS) {
    weak.push(...strong.slice(LOOKUPS));
    strong = strong.slice(0, LOOKUPS);
  }
  // One token to read and others to check: read its range a growing page at a time and check each page, so a
  // common start (义乌 of 义乌市) stops as soon as the page is full instead of reading every 义乌 card's id.
  if (finite && strong.length === 1 && weak.length) {
    const found = await readAndCheck(table, strong[0], weak, limit);
    const ids = [...new Set([...byNumber, ...found.ids])];
    return { ids: ids.slice(0, limit), capped: found.capped, tokens };
  }
  let capped = false;
  let acc: Set<string> | null = null;
  for (const [n, token] of strong.entries()) {
    // Few candidates left: checking the rest on them is cheaper than reading another token's range, which for a
    // common pair (深圳, 广州) is thousands of ids at several microseconds each.
    if (finite && acc && acc.size <= VERIFY_INSTEAD) {
      weak.unshift(...strong.slice(n));
      break;
    }
    const single = strong.length === 1 && finite && !weak.length;
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
  let found = [...(acc ?? [])];
  if (weak.length && found.length) {
    const checked = await checkTokens(table, found, weak, limit);
    found = checked.ids;
    capped ||= checked.capped;
  }
  const ids = [...new Set([...byNumber, ...found])];
  return { ids: finite ? ids.slice(0, limit) : ids, capped, tokens };
}

/** Ids in `token`'s range whose cards also hold every one of `others`, reading the range in growing pages. */
async function readAndCheck(table: Table, token: string, others: string[], limit: number) {
  const out: string[] = [];
  const seen = new Set<string>();
  let checkedSoFar = 0;
  for (let cap = limit * 8; ; cap = Math.min(TOKEN_CAP, cap * 8)) {
    const ids = await idsForToken(table, token, cap);
    const fresh: string[] = [];
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      fresh.push(id);
    }
    const budget = VERIFY_MAX - checkedSoFar;
    const checked = await checkTokens(table, fresh.slice(0, budget), others, limit - out.length);
    out.push(...checked.ids);
    checkedSoFar += Math.min(fresh.length, budget);
    if (out.length >= limit) return { ids: out, capped: false };
    if (fresh.length > budget || checkedSoFar >= VERIFY_MAX) return { ids: out, capped: true };
    if (ids.length < cap) return { ids: out, capped: false };
    if (cap >= TOKEN_CAP) return { ids: out, capped: true };
  }
}

/** The candidates whose own terms start with every one of `tokens`, read in batches until `limit` are found. */
async function checkTokens(table: Table, candidates: string[], tokens: string[], limit: number) {
  const out: string[] = [];
  const BATCH = 100;
  let i = 0;
  for (; i < candidates.length && i < VERIFY_MAX && out.length < limit; i += BATCH) {
    const slice = candidates.slice(i, i + BATCH);
    const stored = await storedTerms(table, slice);
    stored.forEach((terms, n) => {
      if (!terms || out.length >= limit) return;
      if (tokens.every((t) => terms.some((term) => term.startsWith(t)))) out.push(slice[n]);
    });
  }
  return { ids: out, capped: out.length < limit && i < candidates.length };
}

/**
 * The search terms stored with these cards (null for a card not there). Read raw: Dexie's reads go through the index
 * middleware, which strips them, and working them out again (Intl.Segmenter over the notes) cost more than the read.
 */
function storedTerms(table: Table, ids: string[]): Promise<(string[] | null)[]> {
  const idb = table.db.backendDB();
  if (!idb) {
    return table.bulkGet(ids).then((cards) => (cards as (Card | undefined)[]).map((c) => (c ? cardTerms(c) : null)));
  }
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(table.name, 'readonly');
    const store = tx.objectStore(table.name);
    const out: (string[] | null)[] = ids.map(() => null);
    ids.forEach((id, n) => {
      const req = store.get(id);
      req.onsuccess = () => {
        const rec = req.result as (Card & { terms?: unknown }) | undefined;
        if (!rec) return;
        out[n] = Array.isArray(rec.terms) ? (rec.terms as string[]) : cardTerms(rec);
      };
    });
    tx.oncomplete = () => resolve(out);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Cards whose customer number starts with the query (C-2026-00…), from the unique `number` index. */
async function numberMatches(table: Table, query: string, limit: number): Promise<string[]> {
  const q = query.trim();
  if (!/^[A-Za-z]{0,6}-?\d[\w-]*$|^[A-Za-z]{1,6}-$/.test(q)) return [];
  const variants = [...new Set([q, q.toUpperCase(), q.toLowerCase()])].sort();
  const cap = Number.isFinite(limit) ? limit : TOKEN_CAP;
  return (await table.where('number').startsWithAnyOf(variants).limit(cap).primaryKeys()) as string[];
}
