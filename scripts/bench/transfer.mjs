// Transfer measurements for `npm run bench` (issue 5): exportMBps and importCardsPerSec on N generated cards
// (default 100,000), in real Chromium with the built extension. The page code (transfer-page.ts) is bundled
// with esbuild into the copied build and loaded into the bench page.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForPage } from './setup.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const transferParts = [
  {
    name: 'transfer',
    async run(ctx) {
      const { page, opts, notes, dir } = ctx;
      writeFileSync(path.join(dir, 'transfer-bench.js'), await bundleForPage(path.join(HERE, 'transfer-page.ts')));
      await page.addScriptTag({ url: ctx.url('transfer-bench.js') });
      await page.waitForFunction(() => 'TransferBench' in globalThis);
      const r = await page.evaluate((o) => globalThis.TransferBench.run(o), {
        n: opts.cards,
        seed: opts.seed,
        now: opts.now,
        chunk: opts.chunk,
      });
      notes.push(
        `transfer: JSON ${(r.jsonBytes / 1048576).toFixed(1)} MiB for ${r.cards} cards exported in ${r.exportMs} ms, ` +
          `imported (validated, one transaction) in ${r.importMs} ms (${r.created} created; parse + validation alone ` +
          `${r.parseMs} ms; raw bulkAdd of the same cards ${r.rawPutMs} ms); ` +
          `CSV ${(r.csvBytes / 1048576).toFixed(1)} MiB exported in ${r.csvExportMs} ms, imported in ${r.csvImportMs} ms ` +
          `(${r.csvCreated} created, ${r.csvInvalid} invalid)`,
      );
      return { exportMBps: r.exportMBps, importCardsPerSec: r.importCardsPerSec };
    },
  },
];
