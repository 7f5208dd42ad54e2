#!/usr/bin/env node
// npm run extract -- PATH... [--url URL]
// Runs the extension's own extraction code (lib/extract) in headless Chromium on saved HTML files, with the page's
// scripts off and every network request blocked, and prints one JSON line per page (DESIGN.md, "Contracts").
import fs from 'node:fs';
import path from 'node:path';
import { buildExtractor } from './build-extractor.mjs';

const args = process.argv.slice(2);
let fixedUrl = null;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') fixedUrl = args[++i];
  else if (args[i].startsWith('--url=')) fixedUrl = args[i].slice(6);
  else inputs.push(args[i]);
}
if (!inputs.length) {
  console.error('usage: npm run extract -- PATH... [--url URL]   (files or folders of *.html / *.htm)');
  process.exit(2);
}
if (fixedUrl) {
  try {
    new URL(fixedUrl);
  } catch {
    console.error(`--url: not a URL: ${fixedUrl}`);
    process.exit(2);
  }
}

function collect(p, out) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    out.push({ file: p, missing: true });
    return;
  }
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) collect(path.join(p, name), out);
  } else if (/\.html?$/i.test(p) || inputs.includes(p)) out.push({ file: p });
}
const files = [];
for (const p of inputs) collect(p, files);

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) {
  console.error(
    `Chromium not found at ${executablePath}.\n` +
      'Install it with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  );
  process.exit(1);
}

const { chromium } = await import('playwright-core');
const bundle = await buildExtractor();
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// Scripts off: the saved page's own code never runs; page.evaluate still works (it is the driver's, not the page's).
const context = await browser.newContext({ javaScriptEnabled: false });
const page = await context.newPage();
let current = { url: '', body: Buffer.alloc(0) };
await context.route('**/*', (route) => {
  const req = route.request();
  if (req.url() === current.url && req.isNavigationRequest()) {
    // Cross-origin isolation only sharpens performance.now() (5 µs instead of 100 µs) for both timings.
    return route.fulfill({
      status: 200,
      contentType: current.contentType,
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
      body: current.body,
    });
  }
  // Any other navigation (a <meta http-equiv=refresh>, a frame): 204 No Content keeps the saved page in place.
  if (req.isNavigationRequest()) return route.fulfill({ status: 204, body: '' });
  return route.abort();
});

const timedRun = `(() => {
  const b = document.body;
  if (!b) return { baselineMs: 0, r: { leads: [] } };
  void b.innerText;
  const t0 = performance.now();
  void b.innerText;
  const baselineMs = performance.now() - t0;
  if (!globalThis.LeadExtract) (0, eval)(__BUNDLE__);
  const E = globalThis.LeadExtract;
  // Warm up once untimed, as the baseline reads innerText once untimed before its timed read.
  E.extractPage(document, location.href);
  const t1 = performance.now();
  const r = E.extractPage(document, location.href);
  const ms = performance.now() - t1;
  return { baselineMs, ms, partial: !!r.partial, leads: r.leads.map(E.toContractLead) };
})()`;

// An evaluation that races a refresh attempt can lose its context: retry once the page has settled.
async function evaluateSettled() {
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(({ code, src }) => (0, eval)(code.replace('__BUNDLE__', () => JSON.stringify(src))), {
        code: timedRun,
        src: bundle,
      });
    } catch (e) {
      if (attempt >= 3 || !/context was destroyed|navigat/i.test(String(e?.message))) throw e;
      await page.waitForLoadState('load').catch(() => {});
      await page.waitForTimeout(50);
    }
  }
}

// Chromium reads the charset from <meta> (several zh pages are GBK and say so); with none declared it falls back
// to windows-1252, which garbles UTF-8 pages saved without a <meta charset>. So: bytes that decode as UTF-8 and
// declare nothing are served as UTF-8; everything else is left to Chromium's own sniffing.
function contentTypeOf(body) {
  const head = body.subarray(0, 4096).toString('latin1');
  if (/<meta[^>]+charset/i.test(head)) return 'text/html';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return 'text/html; charset=utf-8';
  } catch {
    return 'text/html';
  }
}

let n = 0;
for (const { file, missing } of files) {
  n++;
  const line = { file, ms: null, baselineMs: null, leads: [] };
  try {
    if (missing) throw new Error('no such file');
    current = {
      url: fixedUrl ?? `http://127.0.0.1/page-${n}/${encodeURIComponent(path.basename(file))}`,
      body: fs.readFileSync(file),
    };
    current.contentType = contentTypeOf(current.body);
    await page.goto(current.url, { waitUntil: 'load', timeout: 15000 });
    const r = await evaluateSettled();
    line.ms = Math.round(r.ms * 1000) / 1000;
    line.baselineMs = Math.round(r.baselineMs * 1000) / 1000;
    if (r.partial) line.partial = true;
    line.leads = r.leads;
  } catch (e) {
    line.error = String(e?.message ?? e).split('\n')[0];
  }
  process.stdout.write(JSON.stringify(line) + '\n');
}
await browser.close();
