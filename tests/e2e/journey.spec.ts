import { expect, chooseImportFile, expectDraft, exportJson, launchExtension, saveInPopup, test } from './fixtures';

// The whole path once, as a user walks it: capture a page, fix the draft, save it, find it in the archive page, edit
// it there, export the archive as JSON (the downloaded file is read back), and import that file into a fresh profile,
// which then holds the same cards.

interface ExportDoc {
  format: string;
  version: number;
  exportedAt: string;
  leads: Record<string, unknown>[];
}

test('capture → edit → save → archive → export → import into a fresh profile → same cards', async ({
  ext,
  server,
  scratch,
}) => {
  // Capture: the draft holds what the page shows.
  const { popup } = await ext.capture('/contact-en.html');
  const name = await expectDraft(popup);
  await expect(name).toHaveValue('Northwind Valve Company');
  await expect(popup.getByLabel('Phone 1', { exact: true })).toHaveValue(/^\+1 ?312.?867.?0110$/);
  const email = popup.getByLabel('Email 1', { exact: true });
  await expect(email).toHaveValue('sales@northwind-valves.example.com');

  // Edit: an invalid value is refused inline and blocks saving until it is fixed.
  await email.fill('sales@@northwind');
  await expect(popup.getByText(/^Cannot save yet:/)).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await email.fill('sales@northwind-valves.example.com');
  await expect(popup.getByText(/^Cannot save yet:/)).toHaveCount(0);
  await popup.getByRole('textbox', { name: 'Notes', exact: true }).fill('Met at the Canton Fair; wants DN25 quotes.');
  await popup.getByLabel('Grade', { exact: true }).selectOption('A');
  const number = await saveInPopup(popup);

  // The archive page lists it; open it and edit it there.
  const archive = await ext.openArchive();
  const rows = archive.getByTestId('card-table').getByRole('row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Northwind Valve Company');
  await expect(rows.first()).toContainText(number);
  await rows.first().getByText('Northwind Valve Company').click();
  const panel = archive.getByTestId('card-panel');
  await expect(panel.getByRole('heading', { name: 'Northwind Valve Company' })).toBeVisible();
  await panel.getByLabel('Grade', { exact: true }).selectOption('B');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByText('Saved.')).toBeVisible();

  // Export: the downloaded file is the versioned JSON document with the card whole.
  const first = await exportJson(archive, scratch('export-1.json'));
  const doc = JSON.parse(first.text) as ExportDoc;
  expect(doc.format).toBe('lead-archive');
  expect(doc.version).toBe(1);
  expect(Number.isNaN(Date.parse(doc.exportedAt))).toBe(false);
  expect(doc.leads).toHaveLength(1);
  const lead = doc.leads[0] as {
    number: string;
    name: string;
    notes: { text?: string };
    classification: { grade?: string };
    history: { field: string }[];
    sources: { url: string }[];
  };
  expect(lead.number).toBe(number);
  expect(lead.name).toBe('Northwind Valve Company');
  expect(lead.notes.text).toBe('Met at the Canton Fair; wants DN25 quotes.');
  expect(lead.classification.grade).toBe('B');
  expect(lead.history.some((h) => h.field.startsWith('classification'))).toBe(true);
  expect(lead.sources[0].url).toBe(server.url('/contact-en.html'));

  // Import into a fresh profile: the report first (nothing written), then the import, then the same cards.
  const fresh = await launchExtension(server);
  try {
    expect(await fresh.storedCards()).toEqual([]);
    const freshArchive = await fresh.openArchive();
    const importPanel = await chooseImportFile(freshArchive, first.path);
    await expect(importPanel.getByText('New cards: 1')).toBeVisible();
    expect(await fresh.storedCards()).toEqual([]);
    await importPanel.getByRole('button', { name: 'Import 1 card' }).click();
    await expect(importPanel.getByText('Imported: 1 new, 0 updated, 0 skipped.')).toBeVisible();

    expect(await fresh.storedCards()).toEqual(await ext.storedCards());
    const again = await exportJson(freshArchive, scratch('export-2.json'));
    const doc2 = JSON.parse(again.text) as ExportDoc;
    expect(doc2.leads).toEqual(doc.leads);
  } finally {
    await fresh.close();
  }
});
