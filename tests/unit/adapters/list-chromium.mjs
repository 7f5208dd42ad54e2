#!/usr/bin/env node
// node tests/unit/adapters/list-chromium.mjs
// Times site adapters alone (detect + extract) on generated 500-item list pages in headless Chromium (the unit
// tests check the shape of the work in happy-dom; this gives the real browser's milliseconds). Prints, per page,
// the first (cold) run and four warm runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (p) => fs.readFileSync(path.join(root, 'tests/fixtures/adapters', p), 'utf8');
function grow(file, re, vary, n = 500) {
  const html = fixture(file);
  const item = re.exec(html)[0];
  return html.replace(item, Array.from({ length: n }, (_, i) => vary(item, i)).join('\n'));
}
const pages = [
  {
    url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm',
    html: grow(
      'taobao-seller/order-list.html',
      /<div role="listitem" data-biz-order-id="3712846519203847561">[\s\S]*?<\/table>\s*<\/div>/,
      (h, i) =>
        h
          .replaceAll('3712846519203847561', String(4000000000000000000n + BigInt(i)))
          .replaceAll('tb_zhang2019', `buyer_${i}`),
    ),
  },
  {
    url: 'https://www.yellowpages.com/search?search_terms=plumbers',
    html: grow(
      'yellowpages/search.html',
      /<div class="result" id="lid-4561237">[\s\S]*?<\/a>\s*<\/div>\s*<\/div>/,
      (h, i) => h.replace('lid-4561237', `lid-${i}`).replace('Lakeside Plumbing &amp; Heating', `Lakeside ${i}`),
    ),
  },
  {
    url: 'https://admin.shopify.com/store/northwind-candles/orders',
    html: grow('shopify-admin/order-list.html', /<tr data-order-id="5301928374">[\s\S]*?<\/tr>/, (h, i) =>
      h.replaceAll('5301928374', String(6000000000 + i)).replace('#1042', `#${5000 + i}`),
    ),
  },
];

const out = await build({
  entryPoints: [path.join(root, 'lib/extract/adapters/registry.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'Registry',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
});
const code = `${out.outputFiles[0].text};globalThis.Registry = Registry;`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
try {
  for (const { url, html } of pages) {
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.setContent(html);
    await page.evaluate(code);
    const r = await page.evaluate((u) => {
      const a = globalThis.Registry.adapterFor(u);
      const runs = [];
      let items = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        a.detect(new URL(u), document);
        items = a.extract(document, new URL(u)).length;
        runs.push(Math.round(performance.now() - t));
      }
      return { adapter: a.id, items, coldMs: runs[0], warmMs: runs.slice(1) };
    }, url);
    console.log(JSON.stringify(r));
    await page.close();
  }
} finally {
  await browser.close();
}
