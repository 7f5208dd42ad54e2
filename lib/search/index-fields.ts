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
//   lc     last contact: the latest follow-up, or the capture when later (part of [g+lc])
//   fc     facet combinations (multiEntry): grade+stage, and grade/stage with each tag, so a filter on two or three
//          of them reads only the cards that match instead of intersecting three large id lists (facetKeys)
// Follow-ups get `due`: the next date of an open follow-up (absent once done), so [due+cardId] lists only open ones.

export const DERIVED = ['terms', 'md', 'g', 'rv', 'rg', 'lc', 'fc'] as const;
export type Derived = {
  terms: string[];
  md: string[];
  g: string;
  rv: number;
  rg: string[];
  lc: number;
  fc: string[];
};

const SEP = '\u001f';
/** The `fc` entry of a combination: `gs`, `gt`, `st` or `gst` with its values ('-' for no grade or stage). */
export function facetKey(kind: 'gs' | 'gt' | 'st' | 'gst', ...values: string[]): string {
  return [kind, ...values].join(SEP);
}

/** Tags as indexed and filtered: trimmed, lower case, once each. */
export function normTags(tags: readonly string[] = []): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

export function facetKeys(card: Pick<Card, 'classification'>): string[] {
  const g = card.classification?.grade ?? '-';
  const s = card.classification?.stage ?? '-';
  const out = [facetKey('gs', g, s)];
  for (const t of normTags(card.classification?.tags)) {
    out.push(facetKey('gt', g, t), facetKey('st', s, t), facetKey('gst', g, s, t));
  }
  return out;
}
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
    lc: Math.max(card.createdAt ?? 0, card.lastContactAt ?? 0),
    fc: facetKeys(card),
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

const DERIVED_SET: ReadonlySet<string> = new Set(DERIVED);

export function stripDerived<T>(value: T): T {
  if (!value || typeof value !== 'object' || !('terms' in value)) return value;
  // A fresh object without the fields, not a copy with them deleted: deleting turns an object into a slow
  // dictionary, which every later read (the export's JSON.stringify of 100,000 cards) pays for.
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) if (!DERIVED_SET.has(k)) out[k] = src[k];
  return out as T;
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
