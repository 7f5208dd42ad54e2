import type { Page } from '@playwright/test';
import { expect, expectDraft, saveInPopup, test, valuesOf, type Extension } from './fixtures';

// Chrome stops an idle MV3 service worker at any time. A capture made before the stop and saved after it must lose
// nothing: neither the captured values nor the user's edits.

const NOTE = 'Met at the Canton Fair, wants a quote for DN25 valves';

/** Waits until the popup's debounced copy of the edit has reached storage.session (the pending draft). */
async function pendingContains(ext: Extension, text: string): Promise<void> {
  const probe = await ext.context.newPage();
  try {
    await probe.goto(ext.url('manifest.json'));
    await expect
      .poll(
        () =>
          probe.evaluate(async () => {
            const { chrome } = globalThis as unknown as {
              chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
            };
            return JSON.stringify(await chrome.storage.session.get(null));
          }),
        { timeout: 5000 },
      )
      .toContain(text);
  } finally {
    await probe.close();
  }
}

async function captureAndEdit(ext: Extension): Promise<{ popup: Page; tabId: number }> {
  const { popup, tabId } = await ext.capture('/contact-en.html');
  const name = await expectDraft(popup);
  await expect(name).toHaveValue('Northwind Valve Company');
  await popup.getByRole('textbox', { name: 'Notes', exact: true }).fill(NOTE);
  return { popup, tabId };
}

test('service worker stopped between capture and save: Save in the open popup still saves everything', async ({
  ext,
}) => {
  const { popup } = await captureAndEdit(ext);
  await ext.stopServiceWorker();
  const number = await saveInPopup(popup);

  const cards = await ext.storedCards();
  expect(cards).toHaveLength(1);
  expect(cards[0].number).toBe(number);
  expect(cards[0].name).toBe('Northwind Valve Company');
  expect(cards[0].notes.text).toBe(NOTE);
  expect(valuesOf(cards[0].emails)).toEqual(['sales@northwind-valves.example.com']);
  expect(valuesOf(cards[0].phones)).toEqual(['+13128670110']);
});

test('service worker stopped and popup closed before saving: reopening restores the edited draft', async ({ ext }) => {
  const { popup, tabId } = await captureAndEdit(ext);
  await pendingContains(ext, NOTE);
  await popup.close();
  await ext.stopServiceWorker();

  const reopened = await ext.openPopup(tabId);
  await expect(reopened.getByText('Your unsaved card was restored.')).toBeVisible();
  await expect(reopened.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(NOTE);
  await expect(reopened.getByLabel('Customer name', { exact: true })).toHaveValue('Northwind Valve Company');
  await saveInPopup(reopened);

  const cards = await ext.storedCards();
  expect(cards).toHaveLength(1);
  expect(cards[0].notes.text).toBe(NOTE);
  expect(valuesOf(cards[0].emails)).toEqual(['sales@northwind-valves.example.com']);
});
