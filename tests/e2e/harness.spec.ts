import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/serve-fixtures.mjs';
import { expect, expectInert, test } from './fixtures';

// The harness itself and the build it loads: if these fail, every other spec's failure is about the setup.

test('the shipped manifest asks for no host permission; only the e2e build may read 127.0.0.1', () => {
  const read = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
  const shipped = read('chrome-mv3');
  expect(shipped.host_permissions ?? []).toEqual([]);
  expect(shipped.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  expect(JSON.stringify(shipped.content_scripts ?? [])).not.toContain('<all_urls>');
  const e2e = read('chrome-mv3-e2e');
  // The local test server, and the three sites whose adapter pages tests/e2e/adapters.spec.ts serves by page.route.
  expect(e2e.host_permissions).toEqual([
    'http://127.0.0.1/*',
    'https://trade.taobao.com/*',
    'https://www.kompass.com/*',
    'https://www.yellowpages.com/*',
  ]);
  // Apart from those grants, the test build is the shipped one.
  delete e2e.host_permissions;
  delete shipped.host_permissions;
  expect(e2e).toEqual(shipped);
});

test('the extension loads, finds the tab of a served page, and its service worker restarts after a stop', async ({
  ext,
}) => {
  expect(ext.id).toMatch(/^[a-p]{32}$/);
  const { page, tabId } = await ext.openFixture('/empty.html');
  expect(tabId).toBeGreaterThan(0);
  await expect(page).toHaveTitle(/nothing/i);
  await ext.stopServiceWorker();
  // Any extension event starts it again; a message from an extension page is what the popup sends.
  const probe = await ext.context.newPage();
  await probe.goto(ext.url('manifest.json'));
  const reply = await probe.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ type: 'ui→bg:getPendingDraft', payload: {} });
  });
  expect(reply).toEqual({ ok: true, data: { pending: null } });
});

test('the inertness check fails on live markup and script links (so its passes mean something)', async ({ ext }) => {
  const { page } = await ext.openFixture('/empty.html');
  await expectInert(page);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.setAttribute('src', 'x');
    img.setAttribute('onerror', 'void 0');
    document.body.append(img);
  });
  await expect(expectInert(page)).rejects.toThrow(/inline event handlers/);
  await page.reload();
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.setAttribute('href', 'javascript:void 0');
    a.textContent = 'link';
    document.body.append(a);
  });
  await expect(expectInert(page)).rejects.toThrow(/non http\(s\)\/mailto\/tel/);
});
