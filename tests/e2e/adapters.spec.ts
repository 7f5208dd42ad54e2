import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, tabIdOf } from '../../scripts/serve-fixtures.mjs';
import { expect, expectDraft, saveInPopup, test, valuesOf, type Extension } from './fixtures';

// Site adapters in the built extension, in real Chromium: the adapters' test pages are served under the sites' own
// addresses (page.route fulfils them from tests/fixtures/adapters; the e2e build holds host permission for exactly
// these hosts, as a user's click grants activeTab), captured from the popup and saved into the archive.

const ADAPTER_PAGES = path.join(ROOT, 'tests', 'fixtures', 'adapters');

/** Opens `url` in a new tab with the adapter test page as its content, then the popup for that tab. */
async function captureAt(ext: Extension, url: string, fixture: string): Promise<{ page: Page; popup: Page }> {
  const html = readFileSync(path.join(ADAPTER_PAGES, fixture), 'utf8');
  const page = await ext.context.newPage();
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  const tabId = await tabIdOf(ext.context, ext.id, page.url());
  return { page, popup: await ext.openPopup(tabId) };
}

const TAOBAO_ORDER = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3712846519203847561';
const KOMPASS_COMPANY = 'https://www.kompass.com/c/ateliers-durand-mecanique/fr0123456/';
const YP_SEARCH = 'https://www.yellowpages.com/search?search_terms=plumbers&geo_location_terms=Madison%2C+WI';

test('seller order page: the buyer, masked phone as shown, the order; not the seller’s return phone', async ({
  ext,
}) => {
  const { popup } = await captureAt(ext, TAOBAO_ORDER, 'taobao-seller/order-detail.html');
  const name = await expectDraft(popup);
  await expect(popup.getByText('Read as Taobao / Tmall seller centre order details.')).toBeVisible();
  await expect(popup.getByText('The phone number is masked by the site and kept as shown.')).toBeVisible();
  await expect(name).toHaveValue('张小姐');
  await expect(popup.getByLabel('Phone 1', { exact: true })).toHaveValue(/138\*\*\*\*5678/);
  // The seller's own return phone (0571-88886666) is on the page but not on the buyer's card.
  await expect(popup.getByLabel('Phone 2', { exact: true })).toHaveCount(0);
  await saveInPopup(popup);

  const [card] = await ext.storedCards();
  expect(card.name).toBe('张小姐');
  expect(card.platformIds).toEqual(['taobao:tb_zhang2019']);
  expect(valuesOf(card.phones)).toEqual([expect.stringContaining('****5678')]);
  const orders = (card.business as { orders: { number: string; amount?: number }[] }).orders;
  expect(orders.map((o) => [o.number, o.amount])).toEqual([['3712846519203847561', 358.8]]);
  expect(JSON.stringify(card)).not.toContain('88886666');
});

test('a seller page whose layout changed: general reading, and the popup says the adapter did not recognise it', async ({
  ext,
}) => {
  // The order page with the hooks the adapter reads renamed (a redesign): labels and data attributes gone.
  const html = readFileSync(path.join(ADAPTER_PAGES, 'taobao-seller/order-detail.html'), 'utf8')
    .replace(/收货地址|订单编号|买家：/g, '信息')
    .replace(/data-[\w-]+="[^"]*"/g, '');
  const page = await ext.context.newPage();
  await page.route(TAOBAO_ORDER, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(TAOBAO_ORDER);
  const popup = await ext.openPopup(await tabIdOf(ext.context, ext.id, page.url()));
  await expect(popup.getByText(/^This Taobao \/ Tmall seller centre page did not look as expected/)).toBeVisible();
  // The generic layers still read what a person sees (the page's labelled phone).
  await expectDraft(popup);
  await expect(popup.getByLabel('Phone 1', { exact: true })).toBeVisible();
});

test('directory profile: the company with its profile and platform id', async ({ ext }) => {
  const { popup } = await captureAt(ext, KOMPASS_COMPANY, 'kompass/company.html');
  const name = await expectDraft(popup);
  await expect(popup.getByText('Read as Kompass company profile.')).toBeVisible();
  await expect(name).toHaveValue('Ateliers Durand Mécanique');
  await saveInPopup(popup);

  const [card] = await ext.storedCards();
  expect(card.name).toBe('Ateliers Durand Mécanique');
  expect(valuesOf(card.phones)).toEqual(['+33478123456']);
  expect(card.platformIds).toEqual(['kompass:fr0123456']);
  expect(card.company).toMatchObject({ founded: expect.stringContaining('1992') });
});

test('list page: queue → save the checked items in one step → cards in the archive, then marked as kept', async ({
  ext,
}) => {
  const expected = JSON.parse(readFileSync(path.join(ADAPTER_PAGES, 'yellowpages/search.expected.json'), 'utf8')) as {
    leads: { organization: string }[];
  };
  const names = expected.leads.map((l) => l.organization);
  expect(names.length).toBeGreaterThanOrEqual(2);

  const { page, popup } = await captureAt(ext, YP_SEARCH, 'yellowpages/search.html');
  await expect(popup.getByRole('heading', { name: `${names.length} items on this page` })).toBeVisible();
  await expect(popup.getByText('Read as Yellow Pages search results.')).toBeVisible();
  const boxes = popup.getByRole('checkbox');
  await expect(boxes).toHaveCount(names.length);
  // Every item is new in an empty archive, so all are checked; the user leaves the last one out.
  for (const n of names) await expect(popup.getByRole('checkbox', { name: n })).toBeChecked();
  await popup.getByRole('checkbox', { name: names.at(-1)! }).uncheck();
  await popup.getByRole('button', { name: `Save checked (${names.length - 1})` }).click();
  await expect(popup.getByText(`Saved ${names.length - 1}; 0 failed.`)).toBeVisible();

  // The e2e build holds this site's host permission (a user grants it from the popup at first use), so the saved
  // items get a badge on the page itself, after their names; the one left out gets none.
  const badges = page.locator('[data-lead-archive-badge]');
  await expect(badges).toHaveCount(names.length - 1);
  await expect(badges.first()).toHaveText('In archive');
  await expect(popup.getByText(`${names.length - 1} items marked on the page as in the archive.`)).toBeVisible();

  const cards = await ext.storedCards();
  expect(cards.map((c) => c.name).sort()).toEqual(names.slice(0, -1).sort());
  // Each card holds only its own phone (no page-wide phone joined the first item).
  for (const c of cards) expect(c.phones.length).toBeLessThanOrEqual(1);

  const archive = await ext.openArchive();
  await expect(archive.getByTestId('card-table').getByRole('row')).toHaveCount(names.length - 1);

  // Captured again: the saved items are already in the archive (unchecked), the one left out is still new.
  const again = await ext.openPopup(await tabIdOf(ext.context, ext.id, page.url()));
  const first = again.getByRole('listitem').filter({ hasText: names[0] });
  await expect(first).toContainText('already in archive');
  await expect(again.getByRole('checkbox', { name: names[0] })).not.toBeChecked();
  await expect(again.getByRole('listitem').filter({ hasText: names.at(-1)! })).toContainText('new');
  await expect(again.getByRole('checkbox', { name: names.at(-1)! })).toBeChecked();
});

test('taught recipe: teach one page of a site, capture another page of it, edit and delete the recipe', async ({
  ext,
}) => {
  const { page, popup } = await ext.capture('/taught/member-1.html');
  await popup.getByRole('button', { name: 'Teach this site' }).click();
  await expect(popup.getByText(/^Now click the elements on the page/)).toBeVisible();

  const overlay = page.getByRole('dialog', { name: 'Teach Lead Archive this site' });
  await expect(overlay).toBeVisible();
  const field = overlay.getByLabel('Field');
  await field.selectOption('organization');
  await page.locator('[data-role=member-name]').click();
  await field.selectOption('contact');
  await page.locator('[data-role=member-rep]').click();
  await field.selectOption('phone');
  await page.locator('[data-role=member-tel]').click();
  await expect(overlay.getByText('Company: Harbourline Marine Supplies')).toBeVisible();
  await expect(overlay.getByText('Contact person: Ellen Marsh')).toBeVisible();
  await overlay.getByRole('button', { name: 'Save recipe' }).click();
  await expect(overlay.getByRole('status')).toHaveText(/^Recipe saved for 127\.0\.0\.1\./);
  // A pick does not follow the page: the page is where it was.
  expect(page.url()).toMatch(/member-1\.html$/);

  // Another member page of the same site: the recipe reads it.
  const second = await ext.capture('/taught/member-2.html');
  const name = await expectDraft(second.popup);
  await expect(second.popup.getByText('Read with the recipe you taught for this site.')).toBeVisible();
  await expect(name).toHaveValue('Fenwick Rope & Rigging');
  await expect(second.popup.getByLabel('Phone 1', { exact: true })).toHaveValue(/161.?496.?0744/);
  await saveInPopup(second.popup);
  const [card] = await ext.storedCards();
  expect(card.name).toBe('Fenwick Rope & Rigging');
  expect(JSON.stringify(card)).toContain('"recipe"');

  // The archive page lists it: rename, remove a field, delete.
  const archive = await ext.openArchive();
  await archive.getByRole('button', { name: 'Settings', exact: true }).click();
  const recipe = archive.getByTestId('recipe');
  await expect(recipe).toHaveCount(1);
  await expect(recipe).toContainText('127.0.0.1');
  await expect(recipe).toContainText('3 fields');
  await recipe.getByLabel('Recipe name').fill('Dockside members');
  await recipe.getByRole('button', { name: 'Rename' }).click();
  await recipe.getByRole('button', { name: 'Remove Phone' }).click();
  await expect(recipe).toContainText('2 fields');
  type Stored = { recipes: { host: string; name?: string; fields: Record<string, string[]> }[] };
  const stored = await archive.evaluate(() => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<unknown> } } } })
      .chrome;
    return c.storage.local.get('recipes') as Promise<Stored>;
  });
  expect(stored.recipes).toMatchObject([{ host: '127.0.0.1', name: 'Dockside members' }]);
  expect(Object.keys(stored.recipes[0].fields).sort()).toEqual(['contact', 'organization']);
  await recipe.getByRole('button', { name: 'Delete recipe' }).click();
  await expect(archive.getByTestId('recipe')).toHaveCount(0);
  expect(ext.dialogs).toEqual([]);
});
