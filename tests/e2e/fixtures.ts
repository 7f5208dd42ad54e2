import { test as base, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium, howToGetChromium } from '../../scripts/check-chromium.mjs';
import {
  E2E_BUILD_DIR,
  ROOT,
  launchWithExtension,
  openPopupFor,
  startStaticServer,
  tabIdOf,
  type LaunchedExtension,
  type StaticServer,
} from '../../scripts/serve-fixtures.mjs';

export { expect };

/** One browser profile with the extension loaded, plus the helpers the specs share. */
export class Extension {
  /** Dialogs (alert/confirm/prompt) opened by any page of this browser: a hostile value must never open one. */
  readonly dialogs: string[] = [];

  constructor(
    readonly launched: LaunchedExtension,
    readonly server: StaticServer,
  ) {
    const watch = (page: Page) =>
      page.on('dialog', (dialog) => {
        this.dialogs.push(`${page.url()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => {});
      });
    this.context.pages().forEach(watch);
    this.context.on('page', watch);
  }

  get context(): BrowserContext {
    return this.launched.context;
  }
  get id(): string {
    return this.launched.extensionId;
  }
  url(pathname: string): string {
    return `chrome-extension://${this.id}/${pathname.replace(/^\//, '')}`;
  }

  /** Opens a page of tests/fixtures/e2e in a new tab and returns it with the browser's tab id. */
  async openFixture(pathname: string): Promise<{ page: Page; tabId: number }> {
    const page = await this.context.newPage();
    await page.goto(this.server.url(pathname));
    const tabId = await tabIdOf(this.context, this.id, page.url());
    return { page, tabId };
  }

  /** The popup as the toolbar button shows it for that tab (opened as a tab: popup.html?tabId=N). */
  async openPopup(tabId: number): Promise<Page> {
    return openPopupFor(this.context, this.id, tabId);
  }

  /** Opens a fixture page and the popup for it, i.e. what a user's click on the toolbar button does. */
  async capture(pathname: string): Promise<{ page: Page; tabId: number; popup: Page }> {
    const { page, tabId } = await this.openFixture(pathname);
    const popup = await this.openPopup(tabId);
    return { page, tabId, popup };
  }

  async openArchive(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.url('archive.html'));
    return page;
  }

  /**
   * Stops the extension's service worker the way Chrome does when it idles, through the DevTools protocol
   * (ServiceWorker.stopAllWorkers from a session on an extension-origin page), and waits until the protocol reports
   * it stopped. The next message to the background starts it again.
   */
  async stopServiceWorker(): Promise<void> {
    const anchor = await this.context.newPage();
    try {
      await anchor.goto(this.url('manifest.json'));
      const cdp = await this.context.newCDPSession(anchor);
      const ours = (e: WorkerVersions) => e.versions.filter((v) => v.scriptURL.startsWith(this.url('')));
      const stopped = new Promise<void>((resolve) =>
        cdp.on('ServiceWorker.workerVersionUpdated', (e: WorkerVersions) => {
          if (ours(e).some((v) => v.runningStatus === 'stopped')) resolve();
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([
        stopped,
        new Promise((_, reject) => setTimeout(() => reject(new Error('service worker did not stop within 5 s')), 5000)),
      ]);
      await cdp.detach();
    } finally {
      await anchor.close();
    }
  }

  /**
   * The cards kept in the archive's IndexedDB, read straight from an extension-origin page (not through the UI), so
   * tests can check "nothing changed" and "no duplicate" independently of what the archive page shows.
   */
  async storedCards(): Promise<StoredCard[]> {
    return (await this.storedRows('cards')) as StoredCard[];
  }

  /** Every row of one object store of the archive database (`cards`, `history`, `followUps`…). */
  async storedRows(store: string): Promise<Record<string, unknown>[]> {
    const probe = await this.context.newPage();
    try {
      await probe.goto(this.url('manifest.json'));
      return await probe.evaluate(
        async ({ dbName, store }) => {
          const dbs = await indexedDB.databases();
          if (!dbs.some((d) => d.name === dbName)) return [];
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open(dbName);
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          try {
            if (!db.objectStoreNames.contains(store)) return [];
            return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
              const req = db.transaction(store).objectStore(store).getAll();
              req.onsuccess = () => resolve(req.result);
              req.onerror = () => reject(req.error);
            });
          } finally {
            db.close();
          }
        },
        { dbName: ARCHIVE_DB_NAME, store },
      );
    } finally {
      await probe.close();
    }
  }

  async close(): Promise<void> {
    await this.launched.close();
  }
}

interface WorkerVersions {
  versions: { scriptURL: string; runningStatus: string }[];
}

/** The database name in lib/db.ts (DB_NAME); not imported, so the harness does not pull the app's code. */
export const ARCHIVE_DB_NAME = 'lead-archive';

/** The part of a stored card record the tests look at. */
export interface StoredCard {
  id: string;
  number: string;
  name: string;
  kind: string;
  rev?: number;
  deletedAt?: number;
  phones: { value: string }[];
  faxes: { value: string }[];
  emails: { value: string }[];
  websites: { value: string }[];
  notes: { text?: string };
  classification: { grade?: string; tags: string[] };
  [more: string]: unknown;
}

/** Values of a card's value list, e.g. `valuesOf(card.emails)`. */
export const valuesOf = (list: { value: string }[] | undefined): string[] => (list ?? []).map((v) => v.value);

// ---- the popup, driven the way a user does: by labels and button names (components/popup/messages.ts) ----

/**
 * Waits until the popup shows a draft card to edit and returns the name field. When the page held several leads,
 * the popup first lists them; `lead` picks one (1-based, default the first).
 */
export async function expectDraft(popup: Page, lead = 1) {
  const name = popup.getByLabel('Customer name', { exact: true });
  const chooser = popup.getByRole('button', { name: new RegExp(`^Edit lead ${lead}: `) });
  await expect(name.or(chooser).first()).toBeVisible();
  if (await chooser.isVisible()) await chooser.click();
  await expect(name).toBeVisible();
  return name;
}

/** Presses Save (or "Update that card") and waits for the saved confirmation; returns the customer number. */
export async function saveInPopup(popup: Page, mode: 'save' | 'update' | 'new' = 'save'): Promise<string> {
  const name = { save: 'Save', update: 'Update that card', new: 'Save as new' }[mode];
  await popup.getByRole('button', { name, exact: true }).click();
  const done = popup.getByText(/^(Saved as|Updated) \S+$/);
  await expect(done).toBeVisible();
  const text = (await done.textContent()) ?? '';
  return text.replace(/^(Saved as|Updated) /, '');
}

let chromiumPath: string | null | undefined;
function executablePath(): string {
  chromiumPath ??= findChromium();
  if (!chromiumPath) throw new Error(howToGetChromium());
  return chromiumPath;
}

/** Starts another browser with a fresh profile, such as the "fresh profile" an import is checked in. */
export async function launchExtension(server: StaticServer, options: { lang?: string } = {}): Promise<Extension> {
  // A private copy made by global-setup.ts; the build itself when a spec runs without it.
  const extensionDir = process.env.E2E_EXTENSION_DIR ?? E2E_BUILD_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No e2e build in ${extensionDir}: run \`npm run test:e2e\` (it runs \`wxt build --mode e2e\`).`);
  }
  const launched = await launchWithExtension({
    chromium,
    executablePath: executablePath(),
    extensionDir,
    lang: options.lang,
  });
  return new Extension(launched, server);
}

export const FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures', 'e2e');

type TestFixtures = { ext: Extension; scratch: (name: string) => string };
type WorkerFixtures = { server: StaticServer };

/** `ext`: a fresh browser profile per test (isolated archive); `server`: the fixture pages, one per worker. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startStaticServer(FIXTURES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // Files a test writes and reads back (downloads, generated imports), in a private temporary directory: the
  // working tree is shared, and another run of the same test would write the same test-results/ path.
  // eslint-disable-next-line no-empty-pattern
  scratch: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lead-archive-e2e-files-'));
    await use((name) => path.join(dir, name));
    rmSync(dir, { recursive: true, force: true });
  },
  ext: async ({ server }, use, testInfo) => {
    const ext = await launchExtension(server);
    await use(ext);
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const [i, page] of ext.context.pages().entries()) {
        const shot = await page.screenshot().catch(() => null);
        if (shot) await testInfo.attach(`page-${i}.png`, { body: shot, contentType: 'image/png' });
      }
    }
    await ext.close();
  },
});

/**
 * Checks that nothing scraped became live markup in an extension page: no element carries an inline event handler,
 * no image points at the hostile `x`, no inline script, frame or plugin appeared, no link goes anywhere but http(s),
 * mailto, tel or the extension itself, and the hostile payload's own flag and title change did not happen.
 */
export async function expectInert(page: Page): Promise<void> {
  const report = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.tagName),
      injected: all
        .filter(
          (el) =>
            (el instanceof HTMLImageElement && el.getAttribute('src') === 'x') ||
            (el instanceof HTMLScriptElement && !el.src.startsWith(location.origin)) ||
            el instanceof HTMLIFrameElement ||
            el instanceof HTMLObjectElement ||
            el instanceof HTMLEmbedElement,
        )
        .map((el) => el.tagName),
      // Resolved hrefs: a relative link stays inside the extension; anything else must be http(s), mailto or tel.
      badLinks: [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')]
        .map((a) => a.href)
        .filter((href) => !/^(https?:|mailto:|tel:|chrome-extension:)/i.test(href)),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
    };
  });
  expect(report.handlers, 'elements with inline event handlers').toEqual([]);
  expect(report.injected, 'images/scripts/frames made from scraped text').toEqual([]);
  expect(report.badLinks, 'links to non http(s)/mailto/tel URLs').toEqual([]);
  expect(report.pwned).toBeNull();
  expect(report.title).not.toContain('PWNED');
}

// ---- the archive page's export/import panel (components/transfer) ----

/** The export/import/backup panel of the archive page, on the given tab. */
export async function openTransfer(archive: Page, tab: 'Export' | 'Import') {
  const panel = archive.getByRole('region', { name: 'Export, import and backup' });
  if (!(await panel.isVisible())) {
    await archive
      .getByRole('button', { name: /export/i })
      .or(archive.getByRole('link', { name: /export/i }))
      .or(archive.getByRole('tab', { name: /export/i }))
      .first()
      .click();
  }
  await expect(panel).toBeVisible();
  await panel.getByRole('tab', { name: tab, exact: true }).click();
  return panel;
}

/** Exports the whole archive as JSON from the archive page, the way a user does; returns the downloaded file. */
export async function exportJson(archive: Page, saveTo: string): Promise<{ path: string; text: string }> {
  const panel = await openTransfer(archive, 'Export');
  await panel.getByLabel('Format').selectOption('json');
  const downloading = archive.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await download.saveAs(saveTo);
  await expect(panel.getByRole('status')).toContainText(/Exported \d+ cards/);
  return { path: saveTo, text: readFileSync(saveTo, 'utf8') };
}

/** Chooses a file in the import tab; the archive page checks it (dry run) and shows the report or an error. */
export async function chooseImportFile(archive: Page, file: string) {
  const panel = await openTransfer(archive, 'Import');
  await panel.getByLabel(/File to import/).setInputFiles(file);
  return panel;
}
