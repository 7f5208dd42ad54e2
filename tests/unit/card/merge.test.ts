import { describe, expect, it } from 'vitest';
import { mergeDraft } from '../../../lib/card/merge';
import { Card } from '../../../lib/card/schema';
import { CardDraft } from '../../../lib/messages';

const base = Card.parse({
  id: 'card-1',
  number: 'C-2026-0001',
  kind: 'company',
  name: 'Acme',
  phones: [{ value: '+8613800138000', prov: { src: 'jsonld', conf: 0.95, at: 0 } }],
  contacts: [{ id: 'p1', name: 'Li Lei', primary: true, phones: [], emails: [] }],
  classification: { grade: 'A', tags: ['vip'] },
  notes: { text: 'Met at the Canton Fair.' },
  sources: [{ url: 'https://a.cn/1' }],
  createdAt: 1,
  updatedAt: 1,
  rev: 3,
});

const draft = CardDraft.parse({
  kind: 'company',
  name: 'Acme Other Spelling',
  phones: [
    { value: '+8613800138000', prov: { src: 'text', conf: 0.5, at: 0 } },
    { value: '+8675588880000', prov: { src: 'label', conf: 0.85, at: 0 } },
  ],
  emails: [{ value: 'sales@acme.cn', prov: { src: 'link', conf: 0.8, at: 0 } }],
  contacts: [
    { id: 'x', name: 'LI LEI', title: 'Manager', emails: [{ value: 'li@acme.cn' }] },
    { id: 'y', name: 'Han Meimei', primary: true },
  ],
  classification: { grade: 'C', stage: 'needs', tags: ['vip', 'cables'] },
  notes: { text: 'Wants samples.' },
  sources: [{ url: 'https://a.cn/2' }],
});

describe('mergeDraft', () => {
  const { card, history } = mergeDraft(base, draft, 100, 'me');

  it('unions values, never dropping one, and fills only empty fields', () => {
    expect(card.phones.map((p) => p.value)).toEqual(['+8613800138000', '+8675588880000']);
    expect(card.emails.map((p) => p.value)).toEqual(['sales@acme.cn']);
    expect(card.name).toBe('Acme');
    expect(card.classification).toEqual({ grade: 'A', stage: 'needs', tags: ['vip', 'cables'] });
    expect(card.notes.text).toBe('Met at the Canton Fair.\n\nWants samples.');
  });
  it('matches contacts by normalised name and keeps one primary', () => {
    expect(card.contacts.map((c) => [c.name, c.title, c.primary])).toEqual([
      ['Li Lei', 'Manager', true],
      ['Han Meimei', undefined, false],
    ]);
    expect(card.contacts[0].emails.map((e) => e.value)).toEqual(['li@acme.cn']);
  });
  it('appends the draft’s sources and re-points provenance at them', () => {
    expect(card.sources.map((s) => s.url)).toEqual(['https://a.cn/1', 'https://a.cn/2']);
    expect(card.phones[0].prov?.at).toBe(0);
    expect(card.phones[1].prov?.at).toBe(1);
    expect(card.emails[0].prov?.at).toBe(1);
  });
  it('raises the revision and returns the history, field by field, old → new', () => {
    expect(card.rev).toBe(4);
    expect(card.updatedAt).toBe(100);
    const byField = Object.fromEntries(history.map((h) => [h.field, h]));
    expect(Object.keys(byField).sort()).toEqual(
      ['classification.stage', 'classification.tags', 'contacts', 'emails', 'notes.text', 'phones', 'sources'].sort(),
    );
    expect(byField['classification.stage']).toMatchObject({
      old: undefined,
      new: 'needs',
      by: 'me',
      at: 100,
      cardId: 'card-1',
    });
    expect(byField['emails'].old).toEqual([]);
  });
  it('changes nothing when the draft brings nothing new', () => {
    const again = mergeDraft(
      card,
      CardDraft.parse({ kind: 'company', name: 'Acme', phones: [{ value: '+8613800138000' }] }),
      200,
    );
    expect(again.history).toEqual([]);
  });
});

describe('addresses on a second capture', () => {
  const withAddress = (addresses: unknown[]) => Card.parse({ ...base, addresses }) as Card;
  const draftWith = (addresses: unknown[]) => CardDraft.parse({ kind: 'company', name: 'Acme', addresses });

  it('a Chinese address saved whole in the street matches the same address captured in parts', () => {
    const card = withAddress([
      {
        street: '上海市闵行区春申路 1288 号 3 幢',
        district: '闵行区',
        city: '上海市',
        region: '上海市',
        country: 'CN',
      },
    ]);
    const { card: merged } = mergeDraft(
      card,
      draftWith([
        {
          street: '春申路 1288 号 3 幢',
          district: '闵行区',
          city: '上海市',
          region: '上海市',
          postcode: '201100',
          country: 'CN',
          raw: '上海市闵行区春申路 1288 号 3 幢，邮编 201100',
        },
      ]),
      2,
    );
    expect(merged.addresses).toHaveLength(1);
  });

  it('a different street, or the same street in another city, is another address', () => {
    const card = withAddress([{ street: '742 Alder Street', city: 'Portland', region: 'OR', country: 'US' }]);
    const { card: merged } = mergeDraft(
      card,
      draftWith([
        { street: '742 Alder Street', city: 'Seattle', region: 'WA', country: 'US' },
        { street: '1180 Birch Lane', city: 'Portland', region: 'OR', country: 'US' },
        { street: '742 Alder Street', city: 'Portland', region: 'OR', postcode: '97205', country: 'US' },
      ]),
      2,
    );
    expect(merged.addresses.map((a) => `${a.street}, ${a.city}`)).toEqual([
      '742 Alder Street, Portland',
      '742 Alder Street, Seattle',
      '1180 Birch Lane, Portland',
    ]);
  });
});

describe('addresses that look alike but are different places', () => {
  const card = (addresses: unknown[]) => Card.parse({ ...base, addresses }) as Card;
  const draftWith = (addresses: unknown[]) => CardDraft.parse({ kind: 'company', name: 'Acme', addresses });
  const merged = (a: unknown, b: unknown) => mergeDraft(card([a]), draftWith([b]), 2).card.addresses;

  it.each([
    [
      { street: '100 Main Street', city: 'Springfield', region: 'IL' },
      { street: '100 Main Street', city: 'Springfield', region: 'MA' },
    ],
    [
      { street: '200 King Street', city: 'London', country: 'GB' },
      { street: '200 King Street', city: 'London', region: 'ON', country: 'CA' },
    ],
    [
      { street: '人民路100号', city: '昆山市', region: '苏州市' },
      { street: '人民路100号', city: '常熟市', region: '苏州市' },
    ],
    [
      { street: 'Hauptstraße 1', postcode: '70565' },
      { street: 'Hauptstraße 1', postcode: '80339' },
    ],
    [{ street: 'Ontario Street 5', region: 'Ontario' }, { street: 'Street 5' }],
    [{ street: '5 Main St Co' }, { street: '5 Main St' }],
    [{ street: '1-23-4 Shibuya' }, { street: '12-3-4 Shibuya' }],
    [{ street: 'Unit 1, 12 High St' }, { street: 'Unit 11, 2 High St' }],
  ])('%o and %o stay two addresses', (a, b) => {
    expect(merged(a, b)).toHaveLength(2);
  });

  it('the same place seen again gains the parts it lacked, without a second copy', () => {
    const out = merged(
      { street: '742 Alder Street', city: 'Portland', region: 'OR' },
      { street: '742  Alder Street', city: 'Portland', region: 'OR', postcode: '97205', country: 'US' },
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ street: '742 Alder Street', postcode: '97205', country: 'US' });
  });
});
