// The presence filter: a Bloom filter of every card id, number and dedupe key the archive has held, kept in the
// `meta` store as SHARDS rows of SHARD_BITS bits and updated in the same transaction as every card write (see
// presence-middleware.ts). An import of a file asks it first and sends IndexedDB only the values it may hold:
// a "no" is certain, a "maybe" is checked by a real lookup. Most values of a big import are new, and each real
// lookup costs ~25 µs in Chromium, about as much as writing the card's index entries.
// Values are never taken out (a deleted card's bits stay): that only makes a "maybe" more likely, never a wrong "no".
// Sized for ~100,000 cards of ~9 values at about 1% false "maybe"; larger archives stay correct, just ask more.

export const SHARDS = 256;
export const SHARD_BITS = 1 << 15;
const HASHES = 7;

export type Shard = Uint32Array;

/** The `meta` row key of shard `n`. */
export function shardKey(n: number): string {
  return `presence:${n.toString(16).padStart(2, '0')}`;
}
export const SHARD_KEYS: readonly string[] = Array.from({ length: SHARDS }, (_, n) => shardKey(n));

/** A full set of empty shards. */
export function emptyShards(): Shard[] {
  return Array.from({ length: SHARDS }, () => new Uint32Array(SHARD_BITS / 32));
}

/** Whether a stored `meta` value is a shard of this filter's size. */
export function isShard(v: unknown): v is Shard {
  return v instanceof Uint32Array && v.length === SHARD_BITS / 32;
}

/** What a stored card puts in the filter: its id, its number and its dedupe keys, each marked with its kind. */
export function presenceItems(rec: { id?: unknown; number?: unknown; keys?: unknown }): string[] {
  const out: string[] = [];
  if (typeof rec.id === 'string') out.push(idItem(rec.id));
  if (typeof rec.number === 'string') out.push(numberItem(rec.number));
  if (Array.isArray(rec.keys)) for (const k of rec.keys) if (typeof k === 'string') out.push(keyItem(k));
  return out;
}
export const idItem = (id: string) => `i:${id}`;
export const numberItem = (n: string) => `n:${n}`;
export const keyItem = (k: string) => `k:${k}`;

/** Two independent 32-bit hashes (FNV-1a and a multiply-xorshift), for double hashing. */
function hashes(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return [a >>> 0, (b ^ (b >>> 16)) >>> 0];
}

/** The shard an item lives in and its bit positions there (all bits of one item in one shard: one row to read). */
export function slotsOf(item: string): { shard: number; bits: number[] } {
  const [a, b] = hashes(item);
  const shard = a % SHARDS;
  const step = b | 1;
  const bits: number[] = [];
  for (let i = 0; i < HASHES; i++) bits.push(((a >>> 8) + Math.imul(i, step)) & (SHARD_BITS - 1));
  return { shard, bits };
}

export function setBits(shard: Shard, bits: readonly number[]): void {
  for (const bit of bits) shard[bit >>> 5] |= 1 << (bit & 31);
}

export function hasBits(shard: Shard, bits: readonly number[]): boolean {
  for (const bit of bits) if (!(shard[bit >>> 5] & (1 << (bit & 31)))) return false;
  return true;
}

/** The filter as read for one import: `mayHold` is false only for values the archive has certainly never held. */
export interface Presence {
  mayHold(item: string): boolean;
}

export function presenceOf(shards: readonly Shard[]): Presence {
  return {
    mayHold(item) {
      const { shard, bits } = slotsOf(item);
      return hasBits(shards[shard], bits);
    },
  };
}

export function addItem(shards: Shard[], item: string): void {
  const { shard, bits } = slotsOf(item);
  setBits(shards[shard], bits);
}
