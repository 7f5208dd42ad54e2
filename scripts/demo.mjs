#!/usr/bin/env node
// npm run demo: builds the extension, starts headless Chromium with it loaded, serves the bundled demo pages
// (tests/fixtures/demo, written for the demo), captures each one the way a click on the toolbar button does (the
// popup for that tab), saves the card, exports the archive as JSON from the archive page, and leaves the export and
// screenshots of the popup and the archive page in demo-output/.
//
// It uses the e2e build (.output/chrome-mv3-e2e): the shipped manifest plus host access to http://127.0.0.1/* only,
// because headless Chromium cannot grant activeTab with a real click. Options: --headed, --keep (leave the browser
// open until Ctrl+C), --lang=zh-CN (the extension's Chinese UI).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium, howToGetChromium } from './check-chromium.mjs';
import {
  E2E_BUILD_DIR,
  ROOT,
  copyBuild,
  launchWithExtension,
  openPopupFor,
  startStaticServer,
  tabIdOf,
} from './serve-fixtures.mjs';

const OUT = path.join(ROOT, 'demo-output');
const PAGES = [
  { file: 'supplier-en.html', what: 'B2B supplier page (English, Made-in-China/Alibaba style)' },
  { file: 'order-zh.html', what: 'Seller order page (Chinese, 千牛 style, buyer block)' },
  { file: 'contact-zh.html', what: 'Company contact page (Chinese, 联系我们)' },
  { file: 'contact-en.html', what: 'Company contact page (English, schema.org JSON-LD)' },
];
const args = new Set(process.argv.slice(2));
const lang = [...args].find((a) => a.startsWith('--lang='))?.slice(7) ?? 'en-US';
const zh = /^zh/i.test(lang);
// Button and status texts of the popup and archive page (components/*/messages.ts), in the UI language.
const UI = zh
  ? {
      name: '客户名称',
      save: '保存',
      update: '更新该名片',
      saved: /^(已保存，编号|已更新) ?\S+$/,
      nothing: '本页未找到联系方式',
      chooseFirst: /^编辑线索 1：/,
      transfer: '导出、导入与备份',
      openTransfer: /导出/,
      exportTab: '导出',
      format: '格式',
      exportGo: '导出',
    }
  : {
      name: 'Customer name',
      save: 'Save',
      update: 'Update that card',
      saved: /^(Saved as|Updated) \S+$/,
      nothing: 'No contact details found on this page',
      chooseFirst: /^Edit lead 1: /,
      transfer: 'Export, import and backup',
      openTransfer: /export/i,
      exportTab: 'Export',
      format: 'Format',
      exportGo: 'Export',
    };

function step(text) {
  process.stdout.write(`• ${text}\n`);
}

/** Chinese pages and the Chinese UI show as boxes in screenshots without a CJK font; say how to get one. */
function checkChineseFont() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (r.status === 0 && !r.stdout.trim()) {
    step('No Chinese font found: Chinese text will show as boxes in the screenshots. Install one with');
    step('  sudo apt-get install -y fonts-wqy-microhei');
  }
}

function build() {
  step('Building the extension (wxt build --mode e2e → .output/chrome-mv3-e2e)');
  const wxt = path.join(ROOT, 'node_modules', '.bin', 'wxt');
  const r = spawnSync(wxt, ['build', '--mode', 'e2e'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error('the build failed (output above)');
  }
}

/**
 * A screenshot of the whole page, taken with the viewport as tall as the page: a full-page screenshot of a scrolled
 * viewport would paint the popup's sticky Save bar in the middle of the picture.
 */
async function wholePage(page, file) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const { width } = page.viewportSize();
  await page.setViewportSize({ width, height: Math.min(Math.max(height, 600), 4000) });
  await page.screenshot({ path: file });
}

/** The popup for one tab, as the toolbar button opens it: waits for the capture, picks the first lead, saves. */
async function captureWithPopup(ext, server, page) {
  const context = ext.context;
  const tab = await context.newPage();
  await tab.goto(server.url(page.file));
  const tabId = await tabIdOf(context, ext.extensionId, tab.url());
  const started = Date.now();
  const popup = await openPopupFor(context, ext.extensionId, tabId);
  await popup.setViewportSize({ width: 440, height: 900 });
  const name = popup.getByLabel(UI.name, { exact: true });
  const chooser = popup.getByRole('button', { name: UI.chooseFirst });
  const nothing = popup.getByText(UI.nothing);
  const failed = popup.getByRole('alert');
  await name.or(chooser).or(nothing).or(failed).first().waitFor({ timeout: 15_000 });
  const ms = Date.now() - started;
  const shot = path.join(OUT, `popup-${page.file.replace(/\.html$/, '')}.png`);
  if (await failed.isVisible()) {
    await wholePage(popup, shot);
    return { ...page, ms, outcome: `capture failed: ${(await failed.innerText()).trim()}`, shot };
  }
  if (await nothing.isVisible()) {
    await wholePage(popup, shot);
    return { ...page, ms, outcome: 'nothing found', shot };
  }
  const leads = (await chooser.isVisible())
    ? await popup.getByRole('button', { name: /^(Edit lead|编辑线索) / }).count()
    : 1;
  if (leads > 1 || (await chooser.isVisible())) await chooser.click();
  await name.waitFor();
  // Give the duplicate check (debounced in the popup) its moment so the screenshot shows the final state.
  await popup.waitForTimeout(600);
  await wholePage(popup, shot);
  const update = popup.getByRole('button', { name: UI.update, exact: true });
  await ((await update.isVisible()) ? update : popup.getByRole('button', { name: UI.save, exact: true })).click();
  const done = popup.getByText(UI.saved);
  await done.waitFor({ timeout: 10_000 });
  return { ...page, ms, leads, outcome: (await done.innerText()).trim(), shot };
}

/** Exports the whole archive as JSON from the archive page, the way a user does, and returns the file's text. */
async function exportFromArchive(ext) {
  const archive = await ext.context.newPage();
  await archive.setViewportSize({ width: 1280, height: 860 });
  await archive.goto(`chrome-extension://${ext.extensionId}/archive.html`);
  await archive.getByTestId('card-table').getByRole('row').first().waitFor({ timeout: 15_000 });
  await archive.waitForTimeout(300);
  await archive.screenshot({ path: path.join(OUT, 'archive.png'), fullPage: true });
  // One card opened beside the list, as a user reviews it.
  await archive.getByTestId('card-table').getByRole('row').last().getByRole('link').first().click();
  await archive.getByTestId('card-panel').waitFor({ timeout: 10_000 });
  await archive.waitForTimeout(300);
  await archive.screenshot({ path: path.join(OUT, 'archive-card.png'), fullPage: true });
  // The export/import panel (components/transfer): opened from the archive page, Export tab, JSON format.
  const panel = archive.getByRole('region', { name: UI.transfer });
  if (!(await panel.isVisible())) {
    await archive
      .getByRole('button', { name: UI.openTransfer })
      .or(archive.getByRole('tab', { name: UI.openTransfer }))
      .first()
      .click();
  }
  await panel.getByRole('tab', { name: UI.exportTab, exact: true }).click();
  await panel.getByLabel(UI.format).selectOption('json');
  const downloading = archive.waitForEvent('download', { timeout: 15_000 });
  await panel.getByRole('button', { name: UI.exportGo, exact: true }).click();
  const download = await downloading;
  const file = path.join(OUT, 'lead-archive-export.json');
  await download.saveAs(file);
  return { file, text: readFileSync(file, 'utf8'), archive };
}

function summary(results, exported) {
  const lines = ['', 'Lead Archive demo', ''];
  for (const r of results) {
    lines.push(`  ${r.file}  (${r.what})`);
    lines.push(
      `    ${r.outcome} · capture ${r.ms} ms${r.leads > 1 ? ` · ${r.leads} leads on the page, first saved` : ''}`,
    );
  }
  lines.push('');
  lines.push(`  Export: ${path.relative(ROOT, exported.file)} — ${exported.doc.leads.length} cards`);
  const byNumber = [...exported.doc.leads].sort((a, b) => a.number.localeCompare(b.number));
  for (const lead of byNumber) {
    const phones = lead.phones.map((p) => p.value).join(', ');
    const emails = lead.emails.map((e) => e.value).join(', ');
    const people = lead.contacts.map((c) => [c.name, c.title].filter(Boolean).join(', ')).join('; ');
    lines.push(`    ${lead.number}  ${lead.name || '(no name)'}`);
    if (people) lines.push(`      people: ${people}`);
    if (phones) lines.push(`      phones: ${phones}`);
    if (emails) lines.push(`      emails: ${emails}`);
  }
  lines.push('');
  lines.push(
    `  Screenshots: ${path.relative(ROOT, OUT)}/popup-*.png, ${path.relative(ROOT, OUT)}/archive.png, ${path.relative(ROOT, OUT)}/archive-card.png`,
  );
  return lines.join('\n') + '\n';
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    process.stderr.write(howToGetChromium());
    process.exit(1);
  }
  const { chromium } = await import('@playwright/test');
  checkChineseFont();
  build();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer(path.join(ROOT, 'tests', 'fixtures', 'demo'));
  step(`Serving the demo pages at ${server.origin}/`);
  step(`Starting Chromium (${executablePath}) with the extension from ${path.relative(ROOT, E2E_BUILD_DIR)}`);
  const extensionDir = await copyBuild(E2E_BUILD_DIR);
  const ext = await launchWithExtension({
    chromium,
    executablePath,
    extensionDir,
    lang,
    headless: !args.has('--headed'),
  });
  try {
    const results = [];
    for (const page of PAGES) {
      step(`Capturing ${page.file}`);
      results.push(await captureWithPopup(ext, server, page));
    }
    step('Exporting the archive as JSON from the archive page');
    const exported = await exportFromArchive(ext);
    const doc = JSON.parse(exported.text);
    process.stdout.write(summary(results, { file: exported.file, doc }));
    writeFileSync(path.join(OUT, 'summary.txt'), summary(results, { file: exported.file, doc }));
    if (args.has('--keep')) {
      step('Browser left open (--keep); Ctrl+C ends the demo');
      await new Promise((resolve) => process.once('SIGINT', resolve));
    }
  } finally {
    await ext.close();
    await server.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
