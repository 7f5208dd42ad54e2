// Prepares the benchmark browser: the production build of the extension, copied to a private directory with the
// bench page (tests/bench/bench-page.ts bundled by esbuild) added, loaded into a fresh Chromium profile.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { findChromium, howToGetChromium } from '../check-chromium.mjs';
import { ROOT, copyBuild, launchWithExtension } from '../serve-fixtures.mjs';

export const BUILD_DIR = path.join(ROOT, '.output', 'chrome-mv3');

/** One bench page script as a browser IIFE, in memory. */
export async function bundleForPage(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

export async function setup({ rebuild = true, viewport = { width: 1280, height: 2000 } } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(howToGetChromium());
  if (rebuild) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const dir = await copyBuild(BUILD_DIR);
  writeFileSync(path.join(dir, 'bench.js'), await bundleForPage(path.join(ROOT, 'tests/bench/bench-page.ts')));
  writeFileSync(
    path.join(dir, 'bench.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><script src="bench.js"></script>',
  );
  const launched = await launchWithExtension({ chromium, executablePath, extensionDir: dir, viewport });
  const url = (p) => `chrome-extension://${launched.extensionId}/${p}`;
  const page = await launched.context.newPage();
  await page.goto(url('bench.html'));
  await page.waitForFunction(() => 'LeadBench' in globalThis);
  return { ...launched, dir, url, page };
}
