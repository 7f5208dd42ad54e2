// The archive workspace's measurements (issue 4). Each part takes the shared context and returns named numbers.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Bytes on disk under `dir` (the profile's IndexedDB folders of the extension's origin). */
function sizeOf(dir) {
  if (!existsSync(dir)) return 0;
  const st = statSync(dir);
  if (!st.isDirectory()) return st.size;
  return readdirSync(dir).reduce((n, f) => n + sizeOf(path.join(dir, f)), 0);
}

function idbBytes(ctx) {
  const root = path.join(ctx.profileDir, 'Default', 'IndexedDB');
  if (!existsSync(root)) return 0;
  return readdirSync(root)
    .filter((f) => f.includes(ctx.extensionId))
    .reduce((n, f) => n + sizeOf(path.join(root, f)), 0);
}

export const archiveParts = [
  {
    name: 'ingest',
    async run(ctx) {
      const { page, opts } = ctx;
      ctx.notes.push(
        `machine: load average ${(await import('node:os'))
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')} at start`,
      );
      const save = await page.evaluate((o) => globalThis.LeadBench.ingest(o), {
        n: opts.cards,
        seed: opts.seed,
        chunk: opts.chunk,
        now: opts.now,
      });
      // Let LevelDB settle (flush and compact) before reading the folder size.
      await new Promise((r) => setTimeout(r, 5000));
      const disk = idbBytes(ctx);
      const raw = await page.evaluate((o) => globalThis.LeadBench.rawPut(o), { chunk: opts.chunk });
      const savePerSec = save.cards / (save.saveMs / 1000);
      const rawPerSec = raw.counts.cards / (raw.putMs / 1000);
      ctx.notes.push(
        `ingest: ${save.cards} cards + ${save.followUps} follow-ups; save path ${Math.round(save.saveMs)} ms ` +
          `(${Math.round(savePerSec)} cards/s), raw put ${Math.round(raw.putMs)} ms (${Math.round(rawPerSec)} cards/s)`,
      );
      ctx.notes.push(
        `size: IndexedDB folder ${(disk / 1048576).toFixed(1)} MiB on disk, navigator.storage.estimate() ` +
          `${(save.usage / 1048576).toFixed(1)} MiB (${Math.round(save.usage / save.cards)} bytes/card)`,
      );
      return {
        ingestRatio: Math.round((savePerSec / rawPerSec) * 100) / 100,
        bytesPerCard: Math.round((disk || save.usage) / save.cards),
      };
    },
  },
  {
    name: 'search',
    async run({ page, opts, notes }) {
      const r = await page.evaluate((o) => globalThis.LeadBench.search(o), {
        n: opts.cards,
        seed: opts.seed,
        now: opts.now,
        samples: opts.samples,
      });
      notes.push(
        `search: ${r.queries} keystrokes, max ${r.max} ms, ${r.zeroHits} with no hit; slowest ` +
          r.slowest.map((s) => `"${s.q}" ${s.ms} ms`).join(', '),
      );
      return { searchP50: r.p50, searchP95: r.p95 };
    },
  },
  {
    name: 'filter',
    async run({ page, opts, notes }) {
      const r = await page.evaluate((o) => globalThis.LeadBench.filter(o), {
        runs: opts.runs,
        seed: opts.seed,
        now: opts.now,
      });
      notes.push(`filter (grade + tag + stage, sorted, first 50 read): p50 ${r.p50} ms, mean ${r.meanMatches} matches`);
      return { filterP95: r.p95 };
    },
  },
  {
    name: 'reminders',
    async run({ page, opts, notes }) {
      const r = await page.evaluate((o) => globalThis.LeadBench.reminders(o), { runs: 10, now: opts.now });
      notes.push(`reminders: p95 ${r.p95} ms; found ${JSON.stringify(r.found)}; parts ${JSON.stringify(r.lastRun)}`);
      return { reminderScan: r.p50 };
    },
  },
  {
    name: 'archive page',
    async run({ context, url, notes }) {
      const times = [];
      for (let i = 0; i < 5; i++) {
        const page = await context.newPage();
        await page.goto(url('archive.html'));
        // Rows painted with their card (a link in the first cell), measured from navigation start in the page.
        const t = await page.waitForFunction(
          () => {
            const n = document.querySelectorAll('[data-testid="card-table"] [role="row"] a').length;
            return n >= 50 ? performance.now() : false;
          },
          null,
          { polling: 'raf', timeout: 30000 },
        );
        times.push(await t.jsonValue());
        await page.close();
      }
      times.sort((a, b) => a - b);
      notes.push(`archive page to 50 painted rows, 5 opens: ${times.map((x) => Math.round(x)).join(', ')} ms`);
      return { archiveFirstRows: Math.round(times[2]) };
    },
  },
  {
    name: 'popup',
    async run({ context, url, notes }) {
      const times = [];
      for (let i = 0; i < 5; i++) {
        const page = await context.newPage();
        await page.goto(url('popup.html'));
        const t = await page.waitForFunction(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
          null,
          { timeout: 10000 },
        );
        times.push(await t.jsonValue());
        await page.close();
      }
      times.sort((a, b) => a - b);
      notes.push(`popup first contentful paint, 5 opens: ${times.map((x) => Math.round(x)).join(', ')} ms`);
      return { popupFirstPaint: Math.round(times[2]) };
    },
  },
];
