import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../lib/card/schema';
import { exportCsv, neutralise, parseCsv, unneutralise } from '../../../lib/transfer/csv';
import { applyMapping, guessMapping } from '../../../lib/transfer/mapping';
import { exportPreset } from '../../../lib/transfer/presets';
import { validateCandidates } from '../../../lib/transfer/records';
import { arbCard, card, trickyText } from './cards';

async function roundTrip(cards: Card[], mode: 'card' | 'contact', lang: 'en' | 'zh') {
  const text = await exportCsv(cards, { mode, lang }).text();
  const sheet = parseCsv(text);
  const mapping = guessMapping(sheet.header);
  return { text, sheet, mapping, parsed: validateCandidates(applyMapping(sheet, mapping)) };
}

/** The fields a CSV row carries, to compare an exported card with the imported one. */
const carried = (c: Card) => ({
  number: c.number,
  kind: c.kind,
  name: c.name,
  phones: c.phones.map((p) => p.value),
  emails: c.emails.map((p) => p.value),
  notes: c.notes.text,
  industry: c.company.industry,
  contacts: c.contacts.map((k) => [k.name, k.title]),
  city: c.addresses[0]?.city,
  tags: c.classification.tags,
  createdAt: c.createdAt,
});

describe('CSV export', () => {
  it('starts with a BOM, keeps Chinese and neutralises formula-looking cells', async () => {
    const c = card({
      name: '=1+1 深圳市华强电子有限公司',
      phones: [{ value: '+8613800138000' }],
      notes: { text: '@SUM(A1)' },
    });
    const text = await exportCsv([c], { mode: 'card', lang: 'zh' }).text();
    const bytes = new Uint8Array(await exportCsv([c], { mode: 'card', lang: 'zh' }).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith('"客户编号","客户类型",')).toBe(true); // Blob.text() drops the BOM checked above
    expect(text).toContain("'=1+1 深圳市华强电子有限公司");
    expect(text).toContain("'+8613800138000");
    expect(text).toContain("'@SUM(A1)");
    expect(text).not.toMatch(/(^|,)[=+@]/m);
  });
  it('quotes every cell, so Excel splitting at ";" or a tab (other locales) never opens a cell starting with =', async () => {
    const c = card({
      name: 'ACME;=HYPERLINK("http://x.example","y")',
      notes: { text: 'x\t=1+1; -2+3' },
      contacts: [{ id: 'a', name: 'Li;@SUM(1)', primary: true }],
    });
    for (const text of [
      await exportCsv([c], { mode: 'card', lang: 'en' }).text(),
      await exportPreset([c], 'salesforce').text(),
    ])
      for (const delimiter of [';', '\t', ','])
        for (const cell of Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter }).data.flat())
          expect(cell).not.toMatch(/^[=+\-@]/);
  });
  it('writes one row per contact when asked', async () => {
    const c = card({
      name: 'ACME',
      contacts: [
        { id: 'a', name: 'Li Lei', primary: true },
        { id: 'b', name: 'Han Meimei' },
      ],
    });
    const { sheet, parsed } = await roundTrip([c], 'contact', 'en');
    expect(sheet.rows).toHaveLength(2);
    expect(parsed.cards).toHaveLength(1);
    expect(parsed.cards[0].card.contacts.map((k) => k.name)).toEqual(['Li Lei', 'Han Meimei']);
  });
  it('neutralising is reversed exactly, also for text that starts with apostrophes', () => {
    fc.assert(fc.property(fc.string(), (s) => unneutralise(neutralise(s)) === s));
    for (const s of ['=1+1', "'=1", "''+2", '-', '@', "'plain", 'plain']) expect(unneutralise(neutralise(s))).toBe(s);
  });
});

describe('CSV round trip (property)', () => {
  it('keeps every carried field exactly, in both header languages and row modes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbCard, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('en' as const, 'zh' as const),
        fc.constantFrom('card' as const, 'contact' as const),
        async (cards, lang, mode) => {
          const unique = cards.map((c, i) => ({ ...c, number: `${c.number}-${i}` }));
          const { parsed } = await roundTrip(unique, mode, lang);
          expect(parsed.invalid).toEqual([]);
          expect(parsed.cards.map((r) => carried(r.card))).toEqual(unique.map(carried));
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
  it('keeps any tricky text in a name, a note and a contact title', async () => {
    await fc.assert(
      fc.asyncProperty(trickyText, trickyText, async (a, b) => {
        const c = card({ name: a, notes: { text: b }, contacts: [{ id: 'x', name: b, title: a, primary: true }] });
        const { parsed } = await roundTrip([c], 'card', 'en');
        expect(carried(parsed.cards[0].card)).toEqual(carried(c));
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('CSV import mapping', () => {
  it('maps the contact CSVs of Outlook and Google without manual picks', () => {
    const outlook = ['First Name', 'Last Name', 'Company', 'Job Title', 'Business Street', 'Business City'];
    expect(
      guessMapping([...outlook, 'Business Postal Code', 'Business Phone', 'Mobile Phone', 'E-mail Address']),
    ).toEqual([
      'contact.firstName',
      'contact.lastName',
      'name',
      'contact.title',
      'address.street',
      'address.city',
      'address.postcode',
      'phones',
      'contact.phones',
      'emails',
    ]);
    const google = ['Given Name', 'Family Name', 'E-mail 1 - Value', 'Phone 1 - Value', 'Organization 1 - Name'];
    expect(guessMapping([...google, 'Organization 1 - Title', 'Address 1 - City'])).toEqual([
      'contact.firstName',
      'contact.lastName',
      'emails',
      'phones',
      'name',
      'contact.title',
      'address.city',
    ]);
  });
  it('guesses English and Chinese headers and joins first/last names', () => {
    const header = ['Company Name', 'First Name', 'Last Name', '手机', '邮箱', 'State/Region', '备注', 'whatever'];
    expect(guessMapping(header)).toEqual([
      'name',
      'contact.firstName',
      'contact.lastName',
      'contact.phones',
      'emails',
      'address.region',
      'notes.text',
      '',
    ]);
    const sheet = parseCsv('公司名称,姓,名,手机\r\n华强电子,王,小明,13800138000\r\n');
    const { cards } = validateCandidates(applyMapping(sheet, guessMapping(sheet.header)));
    expect(cards[0].card.name).toBe('华强电子');
    expect(cards[0].card.contacts[0].name).toBe('王小明');
    expect(cards[0].card.contacts[0].phones[0].value).toBe('13800138000');
  });
  it('makes a person card from a list of people and reports rows without a name', () => {
    const sheet = parseCsv('First Name,Last Name,Email\nJane,Doe,jane@example.com\n,,nobody@example.com\n');
    const { cards, invalid } = validateCandidates(applyMapping(sheet, guessMapping(sheet.header)));
    expect(cards[0].card).toMatchObject({ kind: 'person', name: 'Jane Doe' });
    expect(invalid).toEqual([{ row: 3, reason: 'missing-name' }]);
  });
});
