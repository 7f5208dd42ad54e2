import { test as base, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
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
   * Stops the extension's service worker the way Chrome does when it idles, through the DevTools protocol, and
   * waits until Playwright sees it gone. The next message to the background starts it again.
   */
  async stopServiceWorker(): Promise<void> {
    const worker = this.context.serviceWorkers().find((w) => w.url().startsWith(this.url('')));
    if (!worker) return;
    const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
    const anchor = await this.context.newPage();
    try {
      const cdp = await this.context.newCDPSession(anchor);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(this.url('')));
      if (!target) throw new Error('no service worker target for the extension');
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await cdp.detach();
      await closed;
    } finally {
      await anchor.close();
    }
  }

  async close(): Promise<void> {
    await this.launched.close();
  }
}

let chromiumPath: string | null | undefined;
function executablePath(): string {
  chromiumPath ??= findChromium();
  if (!chromiumPath) throw new Error(howToGetChromium());
  return chromiumPath;
}

/** Starts another browser with a fresh profile, such as the "fresh profile" an import is checked in. */
export async function launchExtension(server: StaticServer, options: { lang?: string } = {}): Promise<Extension> {
  if (!existsSync(path.join(E2E_BUILD_DIR, 'manifest.json'))) {
    throw new Error(
      `No e2e build in ${E2E_BUILD_DIR}: run \`npm run test:e2e\` (it builds with \`wxt build --mode e2e\`).`,
    );
  }
  const launched = await launchWithExtension({ chromium, executablePath: executablePath(), lang: options.lang });
  return new Extension(launched, server);
}

export const FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures', 'e2e');

type TestFixtures = { ext: Extension };
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
  ext: async ({ server }, use, testInfo) => {
    const ext = await launchExtension(server);
    await use(ext);
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const [i, page] of ext.context.pages().entries()) {
        const shot = await page.screenshot({ fullPage: true }).catch(() => null);
        if (shot) await testInfo.attach(`page-${i}.png`, { body: shot, contentType: 'image/png' });
      }
    }
    await ext.close();
  },
});
