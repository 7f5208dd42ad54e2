import { describe, expect, it } from 'vitest';
import { exportPreset } from '../../../lib/transfer/presets';
import { parseCsv } from '../../../lib/transfer/csv';
import { applyMapping, guessMapping, PHONE_PARTS } from '../../../lib/transfer/mapping';
import { validateCandidates } from '../../../lib/transfer/records';
import { normalizePhone } from '../../../lib/card/normalize';
import { card } from './cards';

// Twenty's preset writes the national number with its country and calling code in their own columns; read back
// without them, a US number was taken for a Chinese one. Phones are compared as the archive stores them (E.164,
// default region CN).

const people = [
  card({ kind: 'person', name: 'Jane Doe', number: 'C-1', phones: [{ value: '+12125550100' }] }),
  card({ kind: 'person', name: 'Tom Smith', number: 'C-2', phones: [{ value: '+442079460000' }] }),
  card({ kind: 'person', name: '王小明', number: 'C-3', phones: [{ value: '+8613800138000' }] }),
  card({ kind: 'person', name: 'No Phone', number: 'C-4' }),
];

async function twentySheet() {
  return parseCsv((await exportPreset(people, 'twenty').text()).replace(/^\uFEFF/, ''));
}
const phonesOf = (sheet: ReturnType<typeof parseCsv>, mapping: string[]) =>
  validateCandidates(applyMapping(sheet, mapping)).cards.map((c) => [
    ...[...c.card.phones, ...c.card.contacts.flatMap((k) => k.phones)].map((p) => normalizePhone(p.value)),
  ]);

describe('Twenty preset phones round trip', () => {
  it('maps the calling and country code columns back, so national numbers keep their country', async () => {
    const sheet = await twentySheet();
    const mapping = guessMapping(sheet.header);
    expect(mapping[sheet.header.indexOf('Phones / Primary Phone Calling Code')]).toBe(PHONE_PARTS[0]);
    expect(mapping[sheet.header.indexOf('Phones / Primary Phone Country Code')]).toBe(PHONE_PARTS[1]);
    expect(sheet.rows[0][sheet.header.indexOf('Phones / Primary Phone Number')]).toBe('2125550100');
    expect(phonesOf(sheet, mapping)).toEqual([['+12125550100'], ['+442079460000'], ['+8613800138000'], []]);
  });

  it('uses the country code alone when the calling code column is skipped, and no code keeps the old reading', async () => {
    const sheet = await twentySheet();
    const guessed = guessMapping(sheet.header);
    const noCalling = guessed.map((t) => (t === PHONE_PARTS[0] ? '' : t));
    expect(phonesOf(sheet, noCalling)).toEqual([['+12125550100'], ['+442079460000'], ['+8613800138000'], []]);
    // Both skipped: the national number is read in the default region, as before (a US number goes wrong).
    const neither = guessed.map((t) => ((PHONE_PARTS as readonly string[]).includes(t) ? '' : t));
    expect(phonesOf(sheet, neither)[0]).not.toEqual(['+12125550100']);
  });

  it('leaves a number that already has "+" or "00" as written, and ignores a code that is not one', () => {
    const sheet = {
      header: ['Name / First Name', 'Phones / Primary Phone Number', 'Phones / Primary Phone Calling Code'],
      rows: [
        ['A', '+44 20 7946 0000', '+1'],
        ['B', '0044 20 7946 0000', '+1'],
        ['C', '2125550100', 'abc'],
      ],
    };
    const [a, b, c] = applyMapping(sheet, guessMapping(sheet.header));
    expect(a.card.phones).toEqual([{ value: '+44 20 7946 0000' }]);
    expect(b.card.phones).toEqual([{ value: '0044 20 7946 0000' }]);
    expect(c.card.phones).toEqual([{ value: '2125550100' }]);
  });
});
