import type { Page } from '@playwright/test';
import { expect, test, type Extension } from './fixtures';

// The archive page in real Chromium with the built extension: search (Chinese and English), a filter, a bulk grade
// change and its undo, a follow-up that produces a reminder, a merge and its undo, trash and restore, and two tabs
// editing one card. Cards are seeded through the background's own save message, as the popup saves them.

type Draft = Record<string, unknown> & { name: string };

async function seed(ext: Extension, drafts: Draft[]): Promise<Page> {
  const page = await ext.openArchive();
  await page.evaluate(async (list) => {
    for (const d of list) {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }
      ).chrome.runtime;
      const reply = await runtime.sendMessage({
        type: 'ui→bg:saveDraft',
        payload: { draft: { kind: 'company', ...d }, asNew: true },
      });
      if (!reply?.ok) throw new Error(JSON.stringify(reply));
    }
  }, drafts);
  await page.reload();
  return page;
}

const CARDS: Draft[] = [
  {
    name: '深圳市华强电子有限公司',
    phones: [{ value: '+86 138 0013 8000' }],
    contacts: [{ id: 'p1', name: '张伟', title: '经理', phones: [], emails: [], im: [], primary: true }],
    classification: { grade: 'A', stage: 'needs', tags: ['电子'] },
    addresses: [{ city: '深圳', region: '广东', country: 'CN' }],
  },
  {
    name: '华强北贸易商行',
    emails: [{ value: 'li.na@hqb-trade.example.com' }],
    classification: { grade: 'B', tags: [] },
  },
  {
    name: 'Northwind Valve Company',
    emails: [{ value: 'sales@northwind-valves.example.com' }],
    phones: [{ value: '+1 312 867 0110' }],
    classification: { grade: 'C', stage: 'contact', tags: ['valves'] },
  },
  {
    name: 'Alpine Tools GmbH',
    websites: [{ value: 'https://alpine-tools.example.de/' }],
    classification: { tags: [] },
  },
];

const rows = (page: Page) => page.getByTestId('card-table').getByRole('row');
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search' });

test('search in Chinese and English, open a card by its address, edit and save it', async ({ ext }) => {
  const page = await seed(ext, CARDS);
  await expect(rows(page)).toHaveCount(4);

  await search(page).fill('华强');
  await expect(rows(page)).toHaveCount(2);
  await search(page).fill('华强电子');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('深圳市华强电子有限公司');
  await search(page).fill('张伟');
  await expect(rows(page)).toHaveCount(1);
  await search(page).fill('northw');
  await expect(rows(page)).toHaveCount(1);
  await search(page).fill('138 0013');
  await expect(rows(page)).toHaveCount(1);
  await search(page).fill('sales@north');
  await expect(rows(page)).toHaveCount(1);
  await search(page).fill('zebra');
  await expect(page.getByText('No card matches.')).toBeVisible();

  // #card=ID opens that card beside the list.
  const [stored] = (await ext.storedCards()).filter((c) => c.name === 'Alpine Tools GmbH');
  await page.goto(ext.url(`archive.html#card=${stored.id}`));
  const panel = page.getByTestId('card-panel');
  await expect(panel.getByRole('heading', { name: 'Alpine Tools GmbH' })).toBeVisible();
  await panel.getByLabel('Customer name', { exact: true }).fill('Alpine Tools AG');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
  const after = (await ext.storedCards()).find((c) => c.id === stored.id)!;
  expect(after.name).toBe('Alpine Tools AG');
  expect(after.rev).toBe((stored.rev ?? 0) + 1);
});

test('a filter, then a bulk grade change and its undo', async ({ ext }) => {
  const page = await seed(ext, CARDS);
  await page.getByRole('button', { name: 'Filters & views' }).click();
  const drawer = page.getByRole('region', { name: 'Filters & views' });
  await drawer.getByRole('group', { name: 'Grade' }).getByLabel('A — key').check();
  await expect(rows(page)).toHaveCount(1);
  await drawer.getByRole('group', { name: 'Grade' }).getByLabel('C — ordinary').check();
  await expect(rows(page)).toHaveCount(2);

  await page.getByRole('checkbox', { name: 'Select all cards in the list' }).check();
  const bulk = page.getByRole('region', { name: 'Change selected cards' });
  await bulk.getByLabel('Grade').selectOption({ label: 'B — special' });
  await bulk.getByRole('button', { name: 'Apply to selected' }).click();
  await expect(bulk.getByRole('status')).toHaveText('2 cards changed.');
  // Both left the A/C filter.
  await expect(page.getByText('No card matches.')).toBeVisible();
  let grades = (await ext.storedCards()).map((c) => c.classification.grade).sort();
  expect(grades).toEqual(['B', 'B', 'B', undefined]);

  await bulk.getByRole('button', { name: /Undo last change/ }).click();
  await expect(bulk.getByRole('status')).toHaveText('Undone for 2 cards.');
  await expect(rows(page)).toHaveCount(2);
  grades = (await ext.storedCards()).map((c) => c.classification.grade).sort();
  expect(grades).toEqual(['A', 'B', 'C', undefined]);
});

test('a follow-up with a next step due today shows in Today; marking it done clears it', async ({ ext }) => {
  const page = await seed(ext, CARDS.slice(2, 3));
  await rows(page).first().getByRole('link').click();
  const panel = page.getByTestId('card-panel');
  await panel.getByRole('tab', { name: 'Follow-ups & history' }).click();
  const form = panel.getByRole('form', { name: 'Add follow-up' });
  await form.getByLabel('What was said').fill('Asked for a quote on DN50 valves');
  await form.getByLabel('Next step', { exact: true }).fill('Send the quote');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await form.getByLabel('Next step date').fill(today);
  await form.getByRole('button', { name: 'Add follow-up' }).click();
  await expect(panel.getByTestId('follow-ups')).toContainText('Asked for a quote on DN50 valves');

  // The toolbar icon counts it (the background rescans after every write).
  const badge = () =>
    page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
      ).chrome.action.getBadgeText({}),
    );
  await expect.poll(badge, { timeout: 10_000 }).toBe('1');

  await page.getByRole('button', { name: 'Today', exact: true }).click();
  const todayList = page.getByTestId('today');
  await expect(todayList.getByRole('heading', { name: /^Follow-ups due/ })).toBeVisible();
  await expect(todayList).toContainText('Send the quote');

  // The popup shows the same Today list, folded at its foot.
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/popup.html`);
  await popup.getByText('Today: follow-ups and reminders').click();
  await expect(popup.getByTestId('today')).toContainText('Send the quote');
  await popup.close();

  await panel.getByRole('button', { name: 'Mark next step done' }).click();
  await expect(panel.getByTestId('follow-ups')).toContainText('done');
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(page.getByTestId('today')).not.toContainText('Send the quote');
  await expect.poll(badge, { timeout: 10_000 }).toBe('');
});

test('likely duplicates merge side by side, and the merge can be undone', async ({ ext }) => {
  const page = await seed(ext, [
    { name: 'Northwind Valve Company', phones: [{ value: '+1 312 867 0110' }], classification: { tags: [] } },
    {
      name: 'Northwind Valves',
      phones: [{ value: '+1 (312) 867-0110' }],
      emails: [{ value: 'orders@northwind-valves.example.com' }],
      classification: { tags: [] },
    },
  ]);
  const before = await ext.storedCards();
  await page.getByRole('button', { name: 'Duplicates' }).click();
  const dups = page.getByTestId('duplicates');
  await dups.getByRole('button', { name: 'Find likely duplicates' }).click();
  await expect(dups).toContainText('same phone: +13128670110');
  await dups.getByRole('button', { name: 'Compare and merge' }).click();
  const merge = page.getByTestId('merge');
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(merge.getByRole('status')).toHaveText('Merged. The other card is in the trash.');
  let cards = await ext.storedCards();
  expect(cards.filter((c) => c.deletedAt === undefined)).toHaveLength(1);
  const kept = cards.find((c) => c.deletedAt === undefined)!;
  expect(kept.emails.map((e) => e.value)).toContain('orders@northwind-valves.example.com');

  await merge.getByRole('button', { name: 'Undo merge' }).click();
  await expect(merge.getByRole('status')).toHaveText('Merge undone.');
  cards = await ext.storedCards();
  expect(cards.filter((c) => c.deletedAt === undefined)).toHaveLength(2);
  // Both cards are back as they were, the kept one without the other's values.
  for (const c of before) expect(cards.find((x) => x.id === c.id)!.emails).toEqual(c.emails);
  expect(cards.find((c) => c.id === kept.id)!.name).toBe(before.find((c) => c.id === kept.id)!.name);
});

test('trash and restore', async ({ ext }) => {
  const page = await seed(ext, CARDS);
  await search(page).fill('alpine');
  await expect(rows(page)).toHaveCount(1);
  await rows(page).first().getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('No card matches.')).toBeVisible();
  await search(page).fill('');
  await expect(rows(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
  await rows(page).first().getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect((await ext.storedCards()).filter((c) => c.deletedAt !== undefined)).toHaveLength(0);

  // Emptying the trash asks on the page first, then deletes for good.
  await page.getByRole('button', { name: 'Back to the archive' }).click();
  await expect(rows(page)).toHaveCount(4);
  await rows(page).first().getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(rows(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: 'Empty the trash' }).click();
  await expect(page.getByRole('alert')).toHaveText('Delete 1 card in the trash for good? This cannot be undone.');
  await page.getByRole('button', { name: 'Empty the trash' }).click();
  await expect(page.getByText('1 card deleted for good.')).toBeVisible();
  expect(await ext.storedCards()).toHaveLength(3);
});

test('two tabs editing one card: the second save sees the first and asks', async ({ ext }) => {
  const first = await seed(ext, CARDS.slice(3));
  const [card] = await ext.storedCards();
  const second = await ext.openArchive();
  for (const p of [first, second]) await p.goto(ext.url(`archive.html#card=${card.id}`));
  const name1 = first.getByTestId('card-panel').getByLabel('Customer name', { exact: true });
  const name2 = second.getByTestId('card-panel').getByLabel('Customer name', { exact: true });
  await name1.fill('Alpine Tools AG');
  await name2.fill('Alpine Tools Holding');
  await second.getByTestId('card-panel').getByLabel('Notes').fill('Call after the trade show');

  await first.getByTestId('card-panel').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByTestId('card-panel').getByRole('status')).toHaveText('Saved.');

  // The second tab's save is refused and shows what differs; its edit stays on screen.
  const panel2 = second.getByTestId('card-panel');
  await panel2.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = panel2.getByTestId('conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('name');
  await expect(name2).toHaveValue('Alpine Tools Holding');
  expect((await ext.storedCards())[0].name).toBe('Alpine Tools AG');

  await conflict.getByRole('button', { name: 'Apply my changes to the newer card and save' }).click();
  await expect(panel2.getByRole('status')).toHaveText('Saved.');
  const [saved] = await ext.storedCards();
  expect(saved.name).toBe('Alpine Tools Holding');
  expect(saved.notes.text).toBe('Call after the trade show');
  expect(saved.rev).toBe((card.rev ?? 0) + 2);
});
