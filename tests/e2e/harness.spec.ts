import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/serve-fixtures.mjs';
import { expect, test } from './fixtures';

// The harness itself and the build it loads: if these fail, every other spec's failure is about the setup.

test('the shipped manifest asks for no host permission; only the e2e build may read 127.0.0.1', () => {
  const read = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
  const shipped = read('chrome-mv3');
  expect(shipped.host_permissions ?? []).toEqual([]);
  expect(shipped.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  expect(JSON.stringify(shipped.content_scripts ?? [])).not.toContain('<all_urls>');
  const e2e = read('chrome-mv3-e2e');
  expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
  // Apart from that one grant, the test build is the shipped one.
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
  expect(ext.context.serviceWorkers().filter((w) => w.url().startsWith(ext.url('')))).toHaveLength(0);
  // Any extension event starts it again; an extension page messaging it is what the popup does.
  const restarted = ext.context.waitForEvent('serviceworker', { timeout: 10_000 });
  const probe = await ext.context.newPage();
  await probe.goto(ext.url('manifest.json'));
  await probe.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ type: 'ping', payload: {} }).catch(() => null);
  });
  await restarted;
});
