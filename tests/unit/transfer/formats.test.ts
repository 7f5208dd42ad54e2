import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { exportPreset, presetHeader, splitName } from '../../../lib/transfer/presets';
import { exportXlsx, parseXlsx } from '../../../lib/transfer/xlsx';
import { applyMapping, guessMapping } from '../../../lib/transfer/mapping';
import { validateCandidates } from '../../../lib/transfer/records';
import { cardToVcard, foldLine } from '../../../lib/transfer/vcard';
import { parseVcards } from '../../../lib/transfer/vcard-parse';
import { card } from './cards';

const acme = card({
  name: '深圳市华强电子有限公司',
  number: 'C-2026-0015',
  phones: [{ value: '+8675588886666' }],
  faxes: [{ value: '+8675588886667' }],
  emails: [{ value: 'sales@huaqiang.example' }],
  websites: [{ value: 'https://huaqiang.example/' }],
  im: [{ kind: 'wechat', value: 'hq_sales' }],
  contacts: [
    {
      id: 'c1',
      name: '欧阳小明',
      title: '采购经理, 华南区; 主管',
      phones: [{ value: '+8613800138000', label: 'mobile' }],
      primary: true,
    },
  ],
  addresses: [{ street: '华强北路 1号', city: '深圳', region: '广东', postcode: '518000', country: 'CN' }],
  notes: { text: 'line one\nline two, with comma; and semicolon \\ backslash' },
  classification: { tags: ['VIP', '电子'] },
});

describe('vCard 4.0', () => {
  it('writes FN, ORG, TITLE, typed TEL, EMAIL, ADR, URL, IMPP, escaped and folded at 75 octets', () => {
    const v = cardToVcard(acme);
    expect(v.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(v).toContain('FN:欧阳小明');
    expect(v).toContain('ORG:深圳市华强电子有限公司');
    expect(v).toContain('TITLE:采购经理\\, 华南区\\; 主管');
    expect(v).toContain('TEL;VALUE=uri;TYPE="work,voice":tel:+8675588886666');
    expect(v).toContain('TEL;VALUE=uri;TYPE="cell,voice":tel:+8613800138000');
    expect(v).toContain('TEL;VALUE=uri;TYPE="work,fax":tel:+8675588886667');
    expect(v).toContain('IMPP:weixin:hq_sales');
    expect(v).toContain('ADR;TYPE=work:;;华强北路 1号;深圳;广东;518000;CN');
    for (const line of v.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(v).toMatch(/NOTE:line one\\nline two\\, with comma\\; and semicolon \\\\ backslash/);
  });
  it('folds without splitting a UTF-8 character', () => {
    const folded = foldLine('NOTE:' + '客'.repeat(100));
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('NOTE:' + '客'.repeat(100));
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });
  it('reads its own output back, and reads 2.1/3.0 with folded lines and unknown properties', () => {
    const [back] = validateCandidates(parseVcards(cardToVcard(acme))).cards;
    expect(back.card).toMatchObject({ kind: 'company', name: acme.name, notes: { text: acme.notes.text } });
    expect(back.card.contacts[0]).toMatchObject({ name: '欧阳小明', title: '采购经理, 华南区; 主管' });
    expect(back.card.phones.map((p) => p.value)).toEqual(['+8675588886666', '+8613800138000']);
    expect(back.card.im).toEqual([{ kind: 'wechat', value: 'hq_sales' }]);
    const old = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Doe;Jane;;;',
      'FN:Jane',
      '  Doe',
      'ORG:Example Ltd;Sales',
      'TEL;TYPE=CELL:+1 312 555 0100',
      'X-SOCIALPROFILE;TYPE=twitter:https://x.com/jane',
      'item1.EMAIL;TYPE=INTERNET:jane@example.com',
      'X-UNKNOWN;FOO="a:b";BAR=1:whatever',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E5=B0=8F=E6=98=8E;;;',
      'TEL;CELL:13800138000',
      'END:VCARD',
    ].join('\r\n');
    const parsed = validateCandidates(parseVcards(old));
    expect(parsed.invalid).toEqual([]);
    expect(parsed.cards[0].card).toMatchObject({ kind: 'company', name: 'Example Ltd' });
    expect(parsed.cards[0].card.contacts[0].name).toBe('Jane Doe');
    expect(parsed.cards[0].card.emails[0].value).toBe('jane@example.com');
    expect(parsed.cards[1].card).toMatchObject({ kind: 'person', name: '王小明' });
    expect(parsed.cards[1].card.phones[0]).toMatchObject({ value: '13800138000', label: 'mobile' });
  });
});

describe('XLSX', () => {
  it('round-trips text exactly, formulas stay text, Chinese headers map back', async () => {
    const c = card({ name: '=1+1 "quoted", 客户\nnext line', number: 'C-1', notes: { text: '@risk -1' } });
    const blob = await exportXlsx([c, acme], { mode: 'contact', lang: 'zh' });
    const sheet = await parseXlsx(blob);
    expect(sheet.header[0]).toBe('客户编号');
    const { cards, invalid } = validateCandidates(applyMapping(sheet, guessMapping(sheet.header)));
    expect(invalid).toEqual([]);
    expect(cards[0].card.name).toBe(c.name);
    expect(cards[0].card.notes.text).toBe('@risk -1');
    expect(cards[1].card.contacts[0].title).toBe(acme.contacts[0].title);
  });
});

describe('CRM presets', () => {
  it('leave a plain phone number as CRMs parse it, and neutralise anything else in a phone column', async () => {
    const odd = card({ name: 'Odd', phones: [{ value: '=HYPERLINK("http://x.example","call")' }] });
    const plain = card({ name: 'Plain', phones: [{ value: '+8613800138000' }], notes: { text: '@SUM(1)' } });
    for (const preset of ['hubspot', 'salesforce', 'twenty'] as const) {
      const text = await exportPreset([odd, plain], preset).text();
      const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim()).data.slice(1);
      const cells = rows.flat();
      expect(cells.some((c) => /^[=+\-@\t\r]/.test(c) && !/^\+[\d ]+$/.test(c))).toBe(false);
      expect(cells).toContain(`'=HYPERLINK("http://x.example","call")`);
      expect(cells.some((c) => c === '+86 138 0013 8000' || c === '13800138000')).toBe(true);
    }
  });
  it('split Chinese and Western names', () => {
    expect(splitName('欧阳小明')).toEqual({ last: '欧阳', first: '小明' });
    expect(splitName('王五')).toEqual({ last: '王', first: '五' });
    expect(splitName('Jane van Doe')).toEqual({ first: 'Jane van', last: 'Doe' });
  });
  it.each(['hubspot', 'salesforce', 'twenty'] as const)(
    '%s: its file maps back to names and email on import',
    (preset) => {
      const mapping = guessMapping(presetHeader(preset));
      const header = presetHeader(preset);
      const target = (h: string) => mapping[header.findIndex((x) => x.endsWith(h))];
      expect([target('First Name'), target('Last Name')]).toEqual(['contact.firstName', 'contact.lastName']);
      expect(mapping).toContain('emails');
    },
  );
  it.each(['hubspot', 'salesforce', 'twenty'] as const)('%s: header and a row per contact', async (preset) => {
    const text = (await exportPreset([acme], preset).text()).replace(/^\uFEFF/, '');
    const [header, row] = Papa.parse<string[]>(text.trim()).data;
    expect(header).toEqual(presetHeader(preset));
    const get = (h: string) => row[header.indexOf(h)];
    if (preset === 'hubspot') {
      expect([get('First Name'), get('Last Name'), get('Company Name'), get('Phone Number')]).toEqual([
        '小明',
        '欧阳',
        acme.name,
        '+86 755 8888 6666',
      ]);
    } else if (preset === 'salesforce') {
      expect([get('Last Name'), get('Company'), get('Email'), get('Zip/Postal Code')]).toEqual([
        '欧阳',
        acme.name,
        'sales@huaqiang.example',
        '518000',
      ]);
    } else {
      expect([
        get('Name / First Name'),
        get('Name / Last Name'),
        get('Emails / Primary Email'),
        get('Phones / Primary Phone Number'),
        get('Phones / Primary Phone Country Code'),
        get('Phones / Primary Phone Calling Code'),
        get('Company / Domain / Link URL'),
      ]).toEqual(['小明', '欧阳', 'sales@huaqiang.example', '75588886666', 'CN', '+86', 'https://huaqiang.example/']);
    }
  });
});
