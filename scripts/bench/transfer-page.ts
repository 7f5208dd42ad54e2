// The transfer measurements, run inside an extension page of the built extension (see scripts/bench/transfer.mjs):
// the extension's own export and import code against real IndexedDB in Chromium. Its own two databases, so it
// does not depend on (or disturb) the archive the other bench parts fill. Exposed as globalThis.TransferBench.
import { importCommit } from '../../lib/archive/transfer';
import { Card, FollowUp } from '../../lib/card/schema';
import { ArchiveDb, toRecord } from '../../lib/db';
import { exportCsv, parseCsv } from '../../lib/transfer/csv';
import { draftsCommit } from '../../lib/transfer/drafts';
import { exportJsonBlob } from '../../lib/transfer/json-stream';
import { applyMapping, guessMapping } from '../../lib/transfer/mapping';
import { validateCandidates } from '../../lib/transfer/records';
import { parseImport } from '../../lib/transfer/json';
import { generateCard } from '../../tests/bench/generate';

const MiB = 1024 * 1024;
const round = (x: number) => Math.round(x * 10) / 10;

async function fresh(name: string): Promise<ArchiveDb> {
  const db = new ArchiveDb(name);
  await db.delete();
  await db.open();
  return db;
}

async function run(opts: { n: number; seed: number; now: number; chunk: number }) {
  const src = await fresh('lead-archive-bench-transfer-src');
  let putMs = 0;
  for (let i = 0; i < opts.n; i += opts.chunk) {
    const cards: ReturnType<typeof toRecord>[] = [];
    const followUps: FollowUp[] = [];
    for (let j = i; j < Math.min(opts.n, i + opts.chunk); j++) {
      const g = generateCard(j, opts.seed, opts.now, opts.n);
      cards.push(toRecord(Card.parse(g.card)));
      followUps.push(...g.followUps.map((f) => FollowUp.parse(f)));
    }
    const t = performance.now();
    await src.transaction('rw', src.cards, src.followUps, async () => {
      await src.cards.bulkAdd(cards);
      await src.followUps.bulkAdd(followUps);
    });
    putMs += performance.now() - t;
  }

  // JSON export, streamed page by page from the database into a Blob.
  let t0 = performance.now();
  const { blob, count } = await exportJsonBlob({}, src);
  const exportMs = performance.now() - t0;

  // Import of that file into an empty archive: size check, JSON parse, zod validation of every card, follow-up
  // and history row, dedupe plan, one transaction of writes.
  const text = await blob.text();
  t0 = performance.now();
  parseImport(text);
  const parseMs = performance.now() - t0;
  const dst = await fresh('lead-archive-bench-transfer-dst');
  t0 = performance.now();
  const res = await importCommit(text, { db: dst });
  const importMs = performance.now() - t0;
  const imported = await dst.cards.count();

  // CSV: export of all cards, then the CSV import path (parse, map, validate, plan, one transaction).
  t0 = performance.now();
  const cards = (await src.cards.toArray()) as unknown as Card[];
  const csv = exportCsv(cards, { mode: 'card', lang: 'zh' });
  const csvExportMs = performance.now() - t0;
  const csvDst = await fresh('lead-archive-bench-transfer-csv');
  t0 = performance.now();
  const sheet = parseCsv(await csv.text());
  const parsed = validateCandidates(applyMapping(sheet, guessMapping(sheet.header)));
  const csvRes = await draftsCommit(parsed.cards, { db: csvDst, skipped: parsed.invalid.length });
  const csvImportMs = performance.now() - t0;

  for (const db of [src, dst, csvDst]) await db.delete();
  return {
    cards: count,
    rawPutMs: round(putMs),
    parseMs: round(parseMs),
    jsonBytes: blob.size,
    exportMs: round(exportMs),
    exportMBps: round(blob.size / MiB / (exportMs / 1000)),
    importMs: round(importMs),
    imported,
    created: res.created,
    importCardsPerSec: Math.round(imported / (importMs / 1000)),
    csvBytes: csv.size,
    csvExportMs: round(csvExportMs),
    csvImportMs: round(csvImportMs),
    csvCreated: csvRes.created,
    csvInvalid: parsed.invalid.length,
  };
}

(globalThis as unknown as { TransferBench: unknown }).TransferBench = { run };
