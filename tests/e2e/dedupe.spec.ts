import { expect, expectDraft, saveInPopup, test, valuesOf } from './fixtures';

// Capturing a company already in the archive never makes a silent duplicate: the popup names the kept card and
// offers to update it; updating merges the new values into it and records the change in its history.

test('second capture of the same company offers the kept card and merges into it', async ({ ext }) => {
  const first = await ext.capture('/contact-en.html');
  await expectDraft(first.popup);
  const number = await saveInPopup(first.popup);
  expect(number).toMatch(/^C-\d{4}-\d{4}$/);

  const again = await ext.capture('/contact-en-again.html');
  await expectDraft(again.popup);
  // The match notice names the kept card; plain "Save" is replaced by "Update that card" / "Save as new".
  await expect(again.popup.getByText(`Already in the archive as ${number}`)).toBeVisible();
  await expect(again.popup.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await expect(again.popup.getByRole('button', { name: 'Save as new' })).toBeVisible();
  expect(await saveInPopup(again.popup, 'update')).toBe(number);

  const cards = await ext.storedCards();
  expect(cards).toHaveLength(1);
  const [card] = cards;
  expect(card.number).toBe(number);
  expect(card.name).toBe('Northwind Valve Company');
  expect(valuesOf(card.emails).sort()).toEqual(
    ['orders@northwind-valves.example.com', 'sales@northwind-valves.example.com'].sort(),
  );
  expect(valuesOf(card.phones)).toEqual(['+13128670110']);
  expect(valuesOf(card.faxes)).toEqual(['+13128670199']);
  // The merge is in the card's history: which fields changed.
  const history = await ext.storedRows('history');
  const fields = history.filter((h) => h.cardId === card.id).map((h) => String(h.field ?? ''));
  expect(fields.some((f) => f.startsWith('emails'))).toBe(true);
  expect(fields.some((f) => f.startsWith('faxes'))).toBe(true);
});

test('saving a repeat capture while the match check is still pending still asks instead of duplicating', async ({
  ext,
}) => {
  const first = await ext.capture('/contact-en.html');
  await expectDraft(first.popup);
  const number = await saveInPopup(first.popup);

  // Press Save at once, before the debounced match notice can appear: Save itself checks for matches first.
  const again = await ext.capture('/contact-en.html');
  await expectDraft(again.popup);
  const save = again.popup.getByRole('button', { name: 'Save', exact: true });
  if (await save.isVisible()) await save.click();
  await expect(again.popup.getByText(`Already in the archive as ${number}`)).toBeVisible();
  expect(await ext.storedCards()).toHaveLength(1);
});
