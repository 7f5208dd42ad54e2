#!/usr/bin/env node
// The pieces the end-to-end tests (tests/e2e/fixtures.ts) and the demo (scripts/demo.mjs) share: a static server for
// local test pages and a headless Chromium with the built extension loaded. Run directly to browse the pages by hand:
//   node scripts/serve-fixtures.mjs [DIR] [PORT]   (default tests/fixtures/e2e, a free port)
import { createServer } from 'node:http';
import { cpSync, createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The test build: `wxt build --mode e2e` (the shipped manifest plus host access to http://127.0.0.1/* only). */
export const E2E_BUILD_DIR = path.join(ROOT, '.output', 'chrome-mv3-e2e');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the files under `dir` on 127.0.0.1 at a free port (never outside `dir`). Resolves to
 * `{ origin, url(pathname), close() }`.
 */
export function startStaticServer(dir) {
  const base = path.resolve(dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.resolve(base, '.' + (pathname.endsWith('/') ? pathname + 'index.html' : pathname));
    let size = -1;
    if (file === base || file.startsWith(base + path.sep)) {
      try {
        const st = statSync(file);
        if (st.isFile()) size = st.size;
      } catch {
        // missing: 404 below
      }
    }
    if (size < 0) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        url: (pathname) => origin + (pathname.startsWith('/') ? pathname : '/' + pathname),
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * Copies a build to a private temporary directory and returns its path. The working tree is shared: a rebuild of
 * .output while Chromium runs (someone's `wxt build --mode e2e`) would pull files from under the loaded extension.
 * A build in progress (no manifest yet, or files still changing) is waited for, up to `waitMs`.
 */
export async function copyBuild(dir = E2E_BUILD_DIR, waitMs = 60_000) {
  const deadline = Date.now() + waitMs;
  const snapshot = () => {
    try {
      return readdirSync(dir, { recursive: true })
        .map((f) => `${f}:${statSync(path.join(dir, String(f))).mtimeMs}`)
        .sort()
        .join('|');
    } catch {
      return '';
    }
  };
  for (;;) {
    const before = existsSync(path.join(dir, 'manifest.json')) ? snapshot() : '';
    if (before) {
      await new Promise((r) => setTimeout(r, 750));
      if (snapshot() === before) {
        const copy = mkdtempSync(path.join(tmpdir(), 'lead-archive-build-'));
        cpSync(dir, copy, { recursive: true });
        if (existsSync(path.join(copy, 'manifest.json'))) return copy;
        rmSync(copy, { recursive: true, force: true });
      }
    }
    if (Date.now() > deadline) {
      throw new Error(
        `No complete build in ${dir}: run \`npx wxt build --mode e2e\` (npm run test:e2e and the demo do).`,
      );
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Chromium flags for a quiet, reproducible headless run with one unpacked extension. */
export function chromiumArgs(extensionDir, lang = 'en-US') {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--lang=${lang}`,
  ];
}

/**
 * Starts Chromium with the extension in a fresh (or given) profile directory. `chromium` is Playwright's browser type,
 * passed in so this file has no hard dependency on Playwright's location. Resolves to
 * `{ context, extensionId, profileDir, downloadsDir, close() }`; close() removes directories it created.
 */
export async function launchWithExtension({
  chromium,
  executablePath,
  extensionDir = E2E_BUILD_DIR,
  profileDir,
  lang = 'en-US',
  headless = true,
  viewport = { width: 1200, height: 900 },
}) {
  const ownProfile = !profileDir;
  const userDataDir = profileDir ?? mkdtempSync(path.join(tmpdir(), 'lead-archive-profile-'));
  const downloadsDir = mkdtempSync(path.join(tmpdir(), 'lead-archive-downloads-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless,
    executablePath,
    args: chromiumArgs(extensionDir, lang),
    locale: lang,
    viewport,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
  });
  const extensionId = await extensionIdOf(context);
  return {
    context,
    extensionId,
    profileDir: userDataDir,
    downloadsDir,
    close: async () => {
      await context.close().catch(() => {});
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

/** The extension id is the host of its service worker's URL (chrome-extension://ID/background.js). */
export async function extensionIdOf(context) {
  const isOurs = (w) => w.url().startsWith('chrome-extension://');
  const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', isOurs));
  return new URL(worker.url()).host;
}

/**
 * The browser's id for the tab showing `pageUrl`. Asked from the extension's manifest.json opened in a tab: an
 * extension-origin document with the chrome.* API but no app code, so it has no side effects and works while the
 * service worker is stopped. No "tabs" permission needed: the e2e build may see 127.0.0.1 tabs' URLs.
 */
export async function tabIdOf(context, extensionId, pageUrl) {
  const probe = await context.newPage();
  try {
    await probe.goto(`chrome-extension://${extensionId}/manifest.json`);
    const id = await probe.evaluate(async (url) => {
      const tabs = await globalThis.chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? null;
    }, pageUrl);
    if (id == null) throw new Error(`no tab shows ${pageUrl}`);
    return id;
  } finally {
    await probe.close();
  }
}

/** Opens the popup the way the toolbar button does, as a tab bound to the captured tab (popup.html?tabId=N). */
export async function openPopupFor(context, extensionId, tabId) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = path.resolve(process.argv[2] ?? path.join(ROOT, 'tests', 'fixtures', 'e2e'));
  const server = await startStaticServer(dir);
  process.stdout.write(`Serving ${dir} at ${server.origin}/ (Ctrl+C stops)\n`);
}
