// npm run bench [-- --json] [--cards N] [--no-build] [--only part,part]
// Real Chromium with the built extension and N generated cards (default 100,000). Prints a table, or with --json
// one JSON object: ingestRatio, searchP50, searchP95, filterP95, archiveFirstRows, popupFirstPaint, reminderScan,
// bytesPerCard (ms unless named otherwise), plus any keys other parts add (exportMBps, importCardsPerSec).
import { setup } from './bench/setup.mjs';
import { parts, targets } from './bench/parts.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const json = process.argv.includes('--json');
const opts = {
  cards: Number(arg('cards', 100000)),
  chunk: Number(arg('chunk', 5000)),
  seed: Number(arg('seed', 1)),
  samples: Number(arg('samples', 200)),
  runs: Number(arg('runs', 60)),
  now: Date.now(),
};
const only = arg('only', '').split(',').filter(Boolean);

const log = (s) => process.stderr.write(`${s}\n`);
const ctx = await setup({ rebuild: !process.argv.includes('--no-build') });
ctx.opts = opts;
ctx.notes = [];
const results = {};
try {
  for (const part of parts) {
    if (only.length && !only.includes(part.name)) continue;
    const t0 = Date.now();
    log(`bench: ${part.name}…`);
    Object.assign(results, await part.run(ctx));
    log(`bench: ${part.name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
} finally {
  await ctx.close();
}

if (json) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  const rows = Object.entries(results).map(([k, v]) => {
    const t = targets[k];
    const ok = !t ? '' : t[0] === '≤' ? (v <= t[1] ? 'ok' : 'MISSED') : v >= t[1] ? 'ok' : 'MISSED';
    return `| ${k.padEnd(18)} | ${String(v).padStart(9)} | ${(t ? `${t[0]} ${t[1]}` : '').padEnd(7)} | ${ok.padEnd(6)} |`;
  });
  console.log(`Lead Archive bench: ${opts.cards.toLocaleString('en')} cards, Chromium, ${new Date().toISOString()}`);
  console.log('| metric             |     value | target  |        |');
  console.log('|--------------------|-----------|---------|--------|');
  for (const r of rows) console.log(r);
  for (const n of ctx.notes) console.log(`- ${n}`);
}
