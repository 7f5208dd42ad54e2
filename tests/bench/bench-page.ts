// Runs inside an extension page of the built extension (bench.html, added to a copy of the build by
// scripts/bench.mjs), so every measurement uses the extension's own code against its own IndexedDB.
// Exposed as globalThis.LeadBench; each function returns plain JSON for the orchestrator.
import { importCommit } from '../../lib/archive/transfer';
import { DB_NAME, getDb } from '../../lib/db';
import { scanReminders } from '../../lib/reminders/scan';
import { searchIds } from '../../lib/search/search';
import { buildExport, stringifyExport, type ExportedLead } from '../../lib/transfer/json';
import { cardsFor, listIds } from '../../lib/views/list';
import { DEFAULT_SORT } from '../../lib/views/sort';
import { generateCard, rng } from './generate';

const RAW_DB = 'lead-archive-bench-raw';

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const round = (x: number) => Math.round(x * 10) / 10;

function openRaw(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version ? indexedDB.open(name, version) : indexedDB.open(name);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Fills the archive with `n` generated cards through the archive's own import path, `chunk` cards per file. */
async function ingest(opts: { n: number; seed: number; chunk: number; now: number }) {
  const db = getDb();
  await db.open();
  let saveMs = 0;
  let followUps = 0;
  for (let i = 0; i < opts.n; i += opts.chunk) {
    const leads: ExportedLead[] = [];
    for (let j = i; j < Math.min(opts.n, i + opts.chunk); j++) {
      const g = generateCard(j, opts.seed, opts.now, opts.n);
      followUps += g.followUps.length;
      leads.push({
        ...(g.card as unknown as ExportedLead),
        followUps: g.followUps as ExportedLead['followUps'],
        history: [],
      });
    }
    const text = stringifyExport(buildExport(leads, new Date(opts.now)));
    const t0 = performance.now();
    const res = await importCommit(text, { now: opts.now });
    saveMs += performance.now() - t0;
    if (res.created !== leads.length) throw new Error(`import created ${res.created} of ${leads.length}`);
  }
  const estimate = await navigator.storage.estimate();
  return { saveMs, cards: opts.n, followUps, usage: estimate.usage ?? 0 };
}

/**
 * The baseline: the same stored objects (read back raw, index fields included) put with plain IndexedDB into a
 * scratch database with the same stores and indexes, in transactions of the same size.
 */
async function rawPut(opts: { chunk: number }) {
  const src = await openRaw(DB_NAME);
  const stores = ['cards', 'followUps', 'history'];
  const schema = stores.map((name) => {
    const s = src.transaction(name).objectStore(name);
    return {
      name,
      keyPath: s.keyPath,
      autoIncrement: s.autoIncrement,
      indexes: [...s.indexNames].map((i) => {
        const ix = s.index(i);
        return { name: i, keyPath: ix.keyPath, unique: ix.unique, multiEntry: ix.multiEntry };
      }),
    };
  });
  await new Promise<void>((resolve) => {
    const del = indexedDB.deleteDatabase(RAW_DB);
    del.onsuccess = del.onerror = () => resolve();
  });
  const dst = await openRaw(RAW_DB, 1, (db) => {
    for (const s of schema) {
      const store = db.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  });
  let putMs = 0;
  const counts: Record<string, number> = {};
  for (const name of stores) {
    let last: IDBValidKey | undefined;
    counts[name] = 0;
    for (;;) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const range = last === undefined ? undefined : IDBKeyRange.lowerBound(last, true);
        const req = src.transaction(name).objectStore(name).getAll(range, opts.chunk);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (!rows.length) break;
      const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
        const range = last === undefined ? undefined : IDBKeyRange.lowerBound(last, true);
        const req = src.transaction(name).objectStore(name).getAllKeys(range, opts.chunk);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      last = keys[keys.length - 1];
      const t0 = performance.now();
      const tx = dst.transaction(name, 'readwrite');
      const store = tx.objectStore(name);
      for (const row of rows) store.put(row);
      await done(tx);
      putMs += performance.now() - t0;
      counts[name] += rows.length;
    }
  }
  src.close();
  dst.close();
  await new Promise<void>((resolve) => {
    const del = indexedDB.deleteDatabase(RAW_DB);
    del.onsuccess = del.onerror = () => resolve();
  });
  return { putMs, counts };
}

/** What a user types, keystroke by keystroke: names, companies, contacts, phones, emails, in both languages. */
function typeAheadQueries(n: number, seed: number, now: number, samples: number): string[] {
  const r = rng(seed + 7);
  const out: string[] = [];
  const typed = (q: string, from = 1) => {
    const chars = [...q];
    for (let i = from; i <= chars.length; i++) out.push(chars.slice(0, i).join(''));
  };
  for (let s = 0; s < samples; s++) {
    const { card } = generateCard(r.int(n), seed, now, n);
    const c = card as unknown as {
      name: string;
      contacts: { name: string; phones: { value: string }[]; emails: { value: string }[] }[];
    };
    const contact = c.contacts[0];
    switch (s % 5) {
      case 0:
        typed(contact.name); // 张伟 / James Smith
        break;
      case 1: {
        const zh = /\p{Script=Han}/u.test(c.name);
        typed(
          zh
            ? c.name
                .replace(/^(深圳|广州|东莞|佛山|上海|杭州|宁波|苏州|义乌|厦门|青岛|天津|北京|成都|武汉)市?/, '')
                .slice(0, 4)
            : c.name.split(' ').slice(0, 2).join(' ').slice(0, 12),
        );
        break;
      }
      case 2:
        typed(
          contact.phones[0].value
            .replace(/^\+86 /, '')
            .replace(/^\+1 /, '')
            .replace(/\s/g, '')
            .slice(0, 8),
          3,
        );
        break;
      case 3:
        typed(contact.emails[0].value.slice(0, 12), 2);
        break;
      case 4:
        typed(c.name.slice(0, 6));
        break;
    }
  }
  return out;
}

async function search(opts: { n: number; seed: number; now: number; samples: number }) {
  const db = getDb();
  const times: number[] = [];
  const hits: number[] = [];
  const slow: { q: string; ms: number; n: number }[] = [];
  const queries = typeAheadQueries(opts.n, opts.seed, opts.now, opts.samples);
  // Warm the database connection and the code paths once.
  await searchIds(db.cards, 'warm', 50);
  for (const q of queries) {
    const t0 = performance.now();
    const found = await searchIds(db.cards, q, 50);
    const cards = await cardsFor(db, found.ids);
    const ms = performance.now() - t0;
    times.push(ms);
    hits.push(cards.length);
    slow.push({ q, ms: round(ms), n: found.ids.length });
  }
  slow.sort((a, b) => b.ms - a.ms);
  return {
    queries: queries.length,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(Math.max(...times)),
    zeroHits: hits.filter((h) => h === 0).length,
    slowest: slow.slice(0, 6),
  };
}

async function filter(opts: { runs: number; seed: number; now: number }) {
  const db = getDb();
  const r = rng(opts.seed + 11);
  const grades = ['A', 'B', 'C'] as const;
  const stages = ['contact', 'needs', 'proposal', 'contract', 'ended'];
  const tags = ['vip', 'trade-show', 'referral', 'samples-sent', '展会', '大客户', 'oem', '样品'];
  const times: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const f = { grades: [r.pick(grades)], tags: [r.pick(tags)], stages: [r.pick(stages)] };
    const t0 = performance.now();
    const res = await listIds(db, { text: '', filter: f, sort: DEFAULT_SORT, trash: false }, opts.now);
    await cardsFor(db, res.ids.slice(0, 50));
    times.push(performance.now() - t0);
    sizes.push(res.ids.length);
  }
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    meanMatches: Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length),
  };
}

async function reminders(opts: { runs: number; now: number }) {
  const db = getDb();
  const times: number[] = [];
  let last = { followUps: 0, dates: 0, review: 0, noContact: 0 };
  const profile: Record<string, number> = {};
  for (let i = 0; i < opts.runs; i++) {
    const t0 = performance.now();
    const r = await scanReminders(db, opts.now, undefined, profile);
    times.push(performance.now() - t0);
    last = { followUps: r.followUpsDue, dates: r.dates.length, review: r.review.count, noContact: r.noContact.count };
  }
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), found: last, lastRun: profile };
}

(globalThis as unknown as { LeadBench: unknown }).LeadBench = { ingest, rawPut, search, filter, reminders };
