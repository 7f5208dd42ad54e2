import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import type { Card, FollowUp } from '../card/schema';
import { monthDay } from '../reminders/rules';
import { cardTerms } from './terms';

// Fields the workspace indexes are derived from the card itself whenever it is written, by a Dexie middleware,
// so every write path (the data layer's saves, imports, merges, bulk changes) keeps the indexes right without
// knowing they exist. They are removed again on read so nothing else sees them: not the history diff, not the
// export, not the editor.
//   terms  search terms (multiEntry)                      md  birthday/anniversary "MM-DD" (multiEntry)
//   g      grade, '-' when none (part of [g+rv])          rv  last review, or capture when never reviewed
//   rg     countries and provinces/states, lower case (multiEntry)
// Follow-ups get `due`: the next date of an open follow-up (absent once done), so [due+cardId] lists only open ones.

export const DERIVED = ['terms', 'md', 'g', 'rv', 'rg'] as const;
export type Derived = { terms: string[]; md: string[]; g: string; rv: number; rg: string[] };
export type IndexedCard = Card & Derived;

export function deriveFields(card: Card): Derived {
  const md: string[] = [];
  for (const raw of [card.person?.birthday, card.person?.anniversary]) {
    const k = monthDay(raw);
    if (k && !md.includes(k)) md.push(k);
  }
  return {
    terms: cardTerms(card),
    md,
    g: card.classification?.grade ?? '-',
    rv: card.reviewedAt ?? card.createdAt ?? 0,
    rg: regionsOf(card),
  };
}

export function regionsOf(card: Pick<Card, 'addresses'>): string[] {
  const out = new Set<string>();
  for (const a of card.addresses ?? []) {
    for (const v of [a.country, a.region]) {
      const k = v?.trim().toLowerCase();
      if (k) out.add(k.slice(0, 100));
    }
  }
  return [...out];
}

export function withDerived(card: Card): IndexedCard {
  return { ...card, ...deriveFields(card) };
}

export function stripDerived<T>(value: T): T {
  if (!value || typeof value !== 'object' || !('terms' in value)) return value;
  const copy = { ...(value as Record<string, unknown>) };
  for (const k of DERIVED) delete copy[k];
  return copy as T;
}

export function withDue<T extends FollowUp>(f: T): T & { due?: number } {
  const out: T & { due?: number } = { ...f };
  if (!f.done && typeof f.nextDate === 'number') out.due = f.nextDate;
  else delete out.due;
  return out;
}

function stripDue<T>(value: T): T {
  if (!value || typeof value !== 'object' || !('due' in value)) return value;
  const copy = { ...(value as Record<string, unknown>) };
  delete copy.due;
  return copy as T;
}

function wrapTable(table: DBCoreTable, add: (v: never) => unknown, strip: <T>(v: T) => T): DBCoreTable {
  // A cursor is a native IDBCursor underneath: every property and method is forwarded to it, only `value` changes.
  const wrapCursor = (cursor: DBCoreCursor | null): DBCoreCursor | null => {
    if (!cursor) return cursor;
    const wrapped: DBCoreCursor = {
      get trans() {
        return cursor.trans;
      },
      get key() {
        return cursor.key;
      },
      get primaryKey() {
        return cursor.primaryKey;
      },
      get value() {
        return strip(cursor.value);
      },
      get done() {
        return cursor.done;
      },
      continue: (key) => cursor.continue(key),
      continuePrimaryKey: (key, pk) => cursor.continuePrimaryKey(key, pk),
      advance: (n) => cursor.advance(n),
      start: (onNext) => cursor.start(onNext),
      stop: (value) => cursor.stop(value),
      next: () => cursor.next().then(() => wrapped),
      fail: (e) => cursor.fail(e),
    };
    return wrapped;
  };
  return {
    ...table,
    mutate(req) {
      if (req.type === 'add' || req.type === 'put') {
        return table.mutate({ ...req, values: req.values.map((v) => add(strip(v) as never)) });
      }
      return table.mutate(req);
    },
    get: (req) => table.get(req).then(strip),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(strip)),
    query: (req) => table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(strip) } : res)),
    openCursor: (req) => table.openCursor(req).then(wrapCursor),
  };
}

export const indexFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'lead-archive-index-fields',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name === 'cards') return wrapTable(table, withDerived, stripDerived);
        if (name === 'followUps') return wrapTable(table, withDue, stripDue);
        return table;
      },
    };
  },
};
