import type { DBCore, Middleware, Transaction } from 'dexie';
import {
  addItem,
  idItem,
  keyItem,
  numberItem,
  presenceItems,
  presenceOf,
  SHARD_KEYS,
  SHARDS,
  setBits,
  shardKey,
  slotsOf,
  emptyShards,
  isShard,
  type Presence,
  type Shard,
} from './presence';
import type { ArchiveDb } from '../db';

// Keeps the presence filter (presence.ts) right whatever writes a card: every read-write transaction that includes
// `cards` also includes `meta`, and every card added or put sets its values' bits there before the transaction
// commits. No write path has to know about it, and a write that fails or is rolled back takes its bits with it.

interface TransState {
  /** Shards read in this transaction (null: the row is missing, so this filter is not kept and never used). */
  rows: Map<number, Shard | null>;
  /** Bits waiting for a shard being read. */
  waiting: Map<number, number[][]>;
}
const states = new WeakMap<IDBTransaction, TransState>();

function note(trans: IDBTransaction, values: readonly unknown[]): void {
  if (!trans.objectStoreNames.contains('meta')) {
    throw new Error('A card was written outside the presence filter’s transaction scope.');
  }
  let st = states.get(trans);
  if (!st) {
    st = { rows: new Map(), waiting: new Map() };
    states.set(trans, st);
  }
  const state = st;
  const byShard = new Map<number, number[][]>();
  for (const v of values) {
    for (const item of presenceItems((v ?? {}) as object)) {
      const { shard, bits } = slotsOf(item);
      const list = byShard.get(shard);
      if (list) list.push(bits);
      else byShard.set(shard, [bits]);
    }
  }
  const meta = trans.objectStore('meta');
  for (const [n, lists] of byShard) {
    const row = state.rows.get(n);
    if (row === null) continue;
    if (row) {
      for (const bits of lists) setBits(row, bits);
      meta.put({ key: shardKey(n), value: row });
      continue;
    }
    const queue = state.waiting.get(n);
    if (queue) {
      queue.push(...lists);
      continue;
    }
    state.waiting.set(n, [...lists]);
    const req = meta.get(shardKey(n));
    req.onsuccess = () => {
      const found = (req.result as { value?: unknown } | undefined)?.value;
      const pending = state.waiting.get(n) ?? [];
      state.waiting.delete(n);
      if (!isShard(found)) {
        state.rows.set(n, null);
        return;
      }
      for (const bits of pending) setBits(found, bits);
      state.rows.set(n, found);
      meta.put({ key: shardKey(n), value: found });
    };
  }
}

export const presenceMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'lead-archive-presence',
  create(down) {
    const hasMeta = down.schema.tables.some((t) => t.name === 'meta');
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = hasMeta && mode === 'readwrite' && stores.includes('cards') && !stores.includes('meta');
        return down.transaction(widen ? [...stores, 'meta'] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'cards' || !hasMeta) return table;
        return {
          ...table,
          mutate(req) {
            if (req.type === 'add' || req.type === 'put') note(req.trans as unknown as IDBTransaction, req.values);
            return table.mutate(req);
          },
        };
      },
    };
  },
};

/** The filter as it stands, or null when a shard is missing (an archive whose filter was never built). */
export async function readPresence(db: ArchiveDb): Promise<Presence | null> {
  // One range read: the shard keys sort in shard order.
  const rows = await db.meta
    .where(':id')
    .between(SHARD_KEYS[0], SHARD_KEYS[SHARDS - 1], true, true)
    .toArray();
  if (rows.length !== SHARDS) return null;
  const shards: Shard[] = [];
  for (const [n, row] of rows.entries()) {
    const v = row.value;
    if (row.key !== SHARD_KEYS[n] || !isShard(v)) return null;
    shards.push(v);
  }
  return presenceOf(shards);
}

/** A new archive's empty filter (Dexie's populate: the database was just created, so it holds no card). */
export function populatePresence(tx: Transaction): Promise<unknown> {
  return writeShards(tx, emptyShards());
}

function writeShards(tx: Transaction, shards: Shard[]): Promise<unknown> {
  return tx.table('meta').bulkPut(shards.map((value, n) => ({ key: shardKey(n), value })));
}

/**
 * Builds the filter from the cards an archive already holds (database version 4's upgrade), key by key from the
 * indexes: 100,000 cards hold ~900,000 values, not collected in one list first.
 */
export async function buildPresence(tx: Transaction): Promise<void> {
  const cards = tx.table('cards');
  const shards = emptyShards();
  for (const id of (await cards.toCollection().primaryKeys()) as string[]) addItem(shards, idItem(id));
  await cards.orderBy('number').eachKey((n) => addItem(shards, numberItem(String(n))));
  await cards.orderBy('keys').eachKey((k) => addItem(shards, keyItem(String(k))));
  await writeShards(tx, shards);
  // Earlier upgrades in this same transaction wrote cards before the shards existed and noted them as missing: a
  // later upgrade that writes cards must read the shards just built.
  states.delete(tx.idbtrans);
}
