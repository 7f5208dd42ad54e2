import type { Card } from '../card/schema';
import { fromRecord, getDb, type ArchiveDb, type CardRecord } from '../db';
import { JSON_FORMAT, JSON_VERSION, type ExportedLead } from './json';
import { loadRecipes } from '../recipes/store';

// The JSON export (format of lib/transfer/json.ts) built page by page: each page of cards is read with its
// follow-ups and history, serialised, and kept only as a small Blob; the final Blob is made of those blobs, so the
// archive is never held twice in memory (no array of all leads, no one giant string). One read transaction
// keeps the file consistent even while the background writes.

export const PAGE_SIZE = 1000;

/** The cards to export: all (trash included, as the lossless format keeps it) or the given ids. */
export type ExportScope = { ids?: string[] };

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(key(r));
    if (list) list.push(r);
    else m.set(key(r), [r]);
  }
  return m;
}

async function* pages(db: ArchiveDb, scope: ExportScope): AsyncGenerator<CardRecord[]> {
  if (scope.ids) {
    for (let i = 0; i < scope.ids.length; i += PAGE_SIZE) {
      const recs = await db.cards.bulkGet(scope.ids.slice(i, i + PAGE_SIZE));
      yield recs.filter((r): r is CardRecord => !!r);
    }
    return;
  }
  let last: string | null = null;
  for (;;) {
    const recs: CardRecord[] = await (last === null ? db.cards.orderBy('id') : db.cards.where('id').above(last))
      .limit(PAGE_SIZE)
      .toArray();
    if (!recs.length) return;
    yield recs;
    last = recs[recs.length - 1].id;
  }
}

async function leadsOf(db: ArchiveDb, recs: CardRecord[], contiguous: boolean): Promise<ExportedLead[]> {
  const ids = recs.map((r) => r.id);
  // A page of the whole archive is a contiguous id range: one range scan of each index instead of N lookups.
  const [lo, hi] = [ids[0], ids[ids.length - 1]];
  const [followUps, history] = await Promise.all([
    (contiguous
      ? db.followUps.where('cardId').between(lo, hi, true, true)
      : db.followUps.where('cardId').anyOf(ids)
    ).toArray(),
    (contiguous
      ? db.history.where('cardId').between(lo, hi, true, true)
      : db.history.where('cardId').anyOf(ids)
    ).toArray(),
  ]);
  const f = groupBy(followUps, (x) => x.cardId);
  const h = groupBy(
    history.sort((a, b) => (a.id ?? 0) - (b.id ?? 0)),
    (x) => x.cardId,
  );
  return recs.map((r) => ({ ...(fromRecord(r) as Card), followUps: f.get(r.id) ?? [], history: h.get(r.id) ?? [] }));
}

/** Serialises pages of leads into the export file as a Blob of per-page Blobs. */
export async function leadsToJsonBlob(
  source: AsyncIterable<ExportedLead[]>,
  now = new Date(),
  /** Taught site recipes, written as the optional top-level `recipes` after the leads when there are any. */
  recipes?: readonly unknown[],
): Promise<{ blob: Blob; count: number }> {
  const parts: Blob[] = [
    new Blob([
      `{"format":${JSON.stringify(JSON_FORMAT)},"version":${JSON_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"leads":[\n`,
    ]),
  ];
  let count = 0;
  for await (const leads of source) {
    if (!leads.length) continue;
    const body = leads.map((l) => JSON.stringify(l)).join(',\n');
    parts.push(new Blob([count ? ',\n' : '', body]));
    count += leads.length;
  }
  parts.push(new Blob([recipes?.length ? `\n],"recipes":${JSON.stringify(recipes)}}\n` : '\n]}\n']));
  return { blob: new Blob(parts, { type: 'application/json' }), count };
}

/** The archive (or the chosen cards) as our JSON export, streamed from the database. */
export async function exportJsonBlob(scope: ExportScope = {}, db: ArchiveDb = getDb(), now = new Date()) {
  // The whole archive carries the taught recipes too (read before the transaction: it must await only Dexie).
  const recipes = scope.ids ? undefined : await loadRecipes().catch(() => undefined);
  return db.transaction('r', db.cards, db.followUps, db.history, async () => {
    // One page ahead: the next page is being read while this one is serialised.
    async function* leads() {
      const iter = pages(db, scope);
      const fetchNext = () =>
        iter.next().then((r) => (r.done ? null : r.value.length ? leadsOf(db, r.value, !scope.ids) : []));
      let pending = fetchNext();
      for (;;) {
        const current = await pending;
        if (current === null) return;
        pending = fetchNext();
        yield current;
      }
    }
    return leadsToJsonBlob(leads(), now, recipes);
  });
}

/** Cards for the flat formats (CSV, XLSX, vCard): not in the trash, all or the chosen ones, by number. */
export async function cardsForExport(scope: ExportScope = {}, db: ArchiveDb = getDb()): Promise<Card[]> {
  const recs = scope.ids
    ? (await db.cards.bulkGet(scope.ids)).filter((r): r is CardRecord => !!r)
    : await db.cards.orderBy('number').toArray();
  return recs.filter((r) => r.deletedAt === undefined).map(fromRecord);
}
