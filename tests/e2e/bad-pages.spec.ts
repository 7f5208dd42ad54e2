import { expect, expectDraft, expectInert, saveInPopup, test, valuesOf } from './fixtures';

// Pages that give the capture trouble: nothing on them, hostile values. Each is captured the way the toolbar button
// does it (the popup for that tab). Pages that throw, are huge or hang are timed in capture-timing.spec.ts.

const HOSTILE_NAME = '<img src=x onerror=alert(1)>Hostile Supplies';
const HOSTILE_NOTE = '<script>alert(2)</script> javascript:alert(3)';

test('a page with nothing to capture: the popup says so and offers an empty card; nothing is saved', async ({
  ext,
}) => {
  const { popup } = await ext.capture('/empty.html');
  await expect(popup.getByRole('status').filter({ hasText: 'No contact details found on this page' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Start an empty card' })).toBeVisible();
  expect(await ext.storedCards()).toEqual([]);
});

test('hostile values are shown as text, never as markup or script links, in the popup and the archive', async ({
  ext,
}) => {
  const { page, tabId } = await ext.openFixture('/hostile.html');
  const pageBefore = await page.content();
  const popup = await ext.openPopup(tabId);
  const name = await expectDraft(popup);
  // Extraction may keep the page's markup as literal text or drop it; either way the value is text in an input.
  await expect(name).toHaveValue(/Hostile Supplies/);
  await expect(popup.getByLabel('Email 1', { exact: true })).toHaveValue('hostile@hostile-supplies.example.com');
  await expectInert(popup);
  // A user may paste such text too, so the archive page gets it whatever extraction kept: it must stay text there,
  // in the list, the card's heading and its fields.
  await name.fill(HOSTILE_NAME);
  await popup.getByRole('textbox', { name: 'Notes', exact: true }).fill(HOSTILE_NOTE);
  const number = await saveInPopup(popup);
  await expectInert(popup);

  const archive = await ext.openArchive();
  const row = archive.getByTestId('card-table').getByRole('row').filter({ hasText: number });
  await expect(row).toContainText(HOSTILE_NAME);
  await row.getByText(HOSTILE_NAME).click();
  const panel = archive.getByTestId('card-panel');
  await expect(panel.getByRole('heading', { name: HOSTILE_NAME })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(HOSTILE_NOTE);
  await expectInert(archive);
  // The card's history shows values as written (old → new): rename it there and look.
  await panel.getByLabel('Customer name', { exact: true }).fill(`${HOSTILE_NAME} <svg onload=alert(4)>`);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByText('Saved.')).toBeVisible();
  await panel
    .getByRole('button', { name: 'Follow-ups & history' })
    .or(panel.getByRole('tab', { name: 'Follow-ups & history' }))
    .first()
    .click();
  const history = panel.getByTestId('history');
  await expect(
    history.getByRole('row').filter({ hasText: HOSTILE_NAME }).filter({ hasText: '<svg onload=alert(4)>' }),
  ).toBeVisible();
  await expectInert(archive);

  const [card] = await ext.storedCards();
  expect(card.name).toBe(`${HOSTILE_NAME} <svg onload=alert(4)>`);
  expect(card.notes.text).toBe(HOSTILE_NOTE);
  // Only http(s) websites are kept as websites: the page's javascript: and data: URLs are not.
  expect(valuesOf(card.websites).filter((w) => !/^https?:/i.test(w))).toEqual([]);
  // The page itself was not touched either: capture only reads it.
  expect(await page.content()).toBe(pageBefore);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  expect(ext.dialogs).toEqual([]);
});
