import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  FIXTURES_DIR,
  chooseImportFile,
  expect,
  expectDraft,
  exportJson,
  saveInPopup,
  test,
  type Extension,
} from './fixtures';

// Bad import files, through the archive page's import: each is refused with a message that says what is wrong (for
// invalid records: which ones and why), and the archive does not change unless the user then imports the valid ones.

const importFile = (name: string) => path.join(FIXTURES_DIR, 'import', name);

/** One saved card, so "nothing changed" is checked against a non-empty archive. */
async function archiveWithOneCard(ext: Extension) {
  const { popup } = await ext.capture('/contact-en.html');
  await expectDraft(popup);
  await saveInPopup(popup);
  const archive = await ext.openArchive();
  return { archive, before: await ext.storedCards() };
}

/** A Lead Archive export cut short: written by the test, since the repository's formatter refuses broken JSON. */
const CUT_SHORT = '{"format": "lead-archive", "version": 1, "leads": [{"id": "c1", "name": "Cut short';

const WHOLE_FILE_ERRORS = [
  { file: 'not-json.json', message: /The file is not valid JSON/ },
  { file: 'wrong-format.json', message: 'This JSON file is not a Lead Archive export.' },
  { file: 'newer-version.json', message: /made by a newer Lead Archive \(format version 99\)/ },
];

test('files that are not JSON, not our format, or from a newer version are refused whole; nothing changes', async ({
  ext,
  scratch,
}) => {
  const { archive, before } = await archiveWithOneCard(ext);
  writeFileSync(scratch('not-json.json'), CUT_SHORT);
  for (const { file, message } of WHOLE_FILE_ERRORS) {
    const where = file === 'not-json.json' ? scratch(file) : importFile(file);
    const panel = await chooseImportFile(archive, where);
    await expect(panel.getByRole('alert')).toContainText(message);
    await expect(panel.getByRole('button', { name: /^Import \d+ cards$/ })).toHaveCount(0);
    expect(await ext.storedCards(), `archive after ${file}`).toEqual(before);
  }
});

test('invalid records are listed by row with the reason; only after confirming are the valid ones imported', async ({
  ext,
  scratch,
}) => {
  const { archive, before } = await archiveWithOneCard(ext);
  const exported = JSON.parse((await exportJson(archive, scratch('export.json'))).text) as {
    leads: Record<string, unknown>[];
  };
  const kept = exported.leads[0];
  const fresh = (id: string, name: string, email: string) => ({
    ...kept,
    id,
    number: `C-2026-${id.slice(-4)}`,
    name,
    phones: [],
    faxes: [],
    emails: [{ value: email }],
    followUps: [],
    history: [],
  });
  const file = scratch('mixed.json');
  const doc = {
    ...exported,
    leads: [
      kept, // row 1: already in the archive as it is
      fresh('import-valid-0001', 'Valid Imports Ltd', 'hello@valid-imports.example.com'), // row 2: new
      { ...fresh('import-bad-0002', 'Bad Email Ltd', 'x'), emails: [{ value: 42 }] }, // row 3: email not text
      { ...fresh('import-bad-0003', 'No Name Ltd', 'n@no-name.example.com'), name: undefined, kind: 'robot' }, // row 4
    ],
  };
  writeFileSync(file, JSON.stringify(doc));

  const panel = await chooseImportFile(archive, file);
  await expect(panel.getByText('Records in the file: 4')).toBeVisible();
  await expect(panel.getByText('New cards: 1')).toBeVisible();
  await expect(panel.getByText('Already in the archive, no change: 1')).toBeVisible();
  await expect(panel.getByText('Invalid, left out: 2')).toBeVisible();
  // Which records and why: the row and the field at fault.
  await expect(panel.getByText(/^Row 3: .*emails/)).toBeVisible();
  await expect(panel.getByText(/^Row 4: .*(kind|name)/)).toBeVisible();
  // The report is a dry run: nothing written yet.
  expect(await ext.storedCards()).toEqual(before);

  await panel.getByRole('button', { name: 'Import 1 card' }).click();
  await expect(panel.getByText(/^Imported: 1 new, 0 updated, \d+ skipped\.$/)).toBeVisible();
  const after = await ext.storedCards();
  expect(after).toHaveLength(2);
  expect(after.map((c) => c.name).sort()).toEqual(['Northwind Valve Company', 'Valid Imports Ltd']);
  expect(after.find((c) => c.id === before[0].id)).toEqual(before[0]);
});
