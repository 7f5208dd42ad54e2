import { describe, expect, it } from 'vitest';
import { draftToCard, resultToCards } from '../../../lib/card/from-draft';
import { emptyLead, type DraftLead, type ExtractResult } from '../../../lib/extract/types';
import { CardDraft } from '../../../lib/messages';

function lead(): DraftLead {
  const l = emptyLead('company');
  l.organization = { value: ' Alinea Restaurant ', src: 'jsonld', conf: 0.95 };
  l.persons = [
    {
      value: { name: 'Jane Doe', title: 'General Manager', phones: ['(312) 867-0111'], emails: ['Jane@Alinea.com'] },
      src: 'microdata',
      conf: 0.9,
    },
    { value: { name: 'Bob', phones: [], emails: [] }, src: 'text', conf: 0.5 },
  ];
  l.phones = [
    { value: '(312) 867-0110', src: 'jsonld', conf: 0.95 },
    { value: '+1 312-867-0110', src: 'text', conf: 0.5 },
    { value: '138****5678', src: 'adapter', conf: 0.9, by: 'taobao-seller' },
  ];
  l.emails = [{ value: 'AlineaOffice@gmail.com', src: 'link', conf: 0.8 }];
  l.websites = [{ value: 'www.alinearestaurant.com', src: 'jsonld', conf: 0.95 }];
  l.im = { wechat: [{ value: 'Alinea_CHI', src: 'label', conf: 0.85 }] };
  l.addresses = [
    {
      value: { street: '1723 North Halsted', city: 'Chicago', region: 'IL', postcode: '60614', country: 'US' },
      src: 'jsonld',
      conf: 0.95,
    },
  ];
  l.profile = {
    industry: { value: 'Restaurants', src: 'label', conf: 0.8 },
    creditCode: { value: '91440300MA5F0000X1', src: 'label', conf: 0.8 },
  };
  l.platformIds = [{ value: 'taobao:alinea', src: 'adapter', conf: 0.9 }];
  l.orders = [
    { value: { number: 'T1', amount: 10, currency: 'CNY', items: [{ name: 'dinner' }] }, src: 'adapter', conf: 0.9 },
  ];
  return l;
}

describe('draftToCard', () => {
  const at = Date.UTC(2026, 0, 2);
  const card = draftToCard(lead(), {
    url: 'https://www.alinearestaurant.com/contact',
    capturedAt: at,
    extractor: 'generic',
    region: 'US',
  });

  it('is a valid CardDraft with normalised values and no duplicates', () => {
    expect(CardDraft.safeParse(card).success).toBe(true);
    expect(card.name).toBe('Alinea Restaurant');
    expect(card.phones.map((p) => p.value)).toEqual(['+13128670110', '138****5678']);
    expect(card.emails[0].value).toBe('alineaoffice@gmail.com');
    expect(card.websites[0].value).toBe('https://www.alinearestaurant.com/');
    expect(card.im).toEqual([{ kind: 'wechat', value: 'alinea_chi', prov: { src: 'label', conf: 0.85, at: 0 } }]);
    expect(card.creditCode).toBe('91440300MA5F0000X1');
    expect(card.company.industry).toBe('Restaurants');
    expect(card.platformIds).toEqual(['taobao:alinea']);
    expect(card.business.orders[0]).toMatchObject({ number: 'T1', amount: 10, items: [{ name: 'dinner' }] });
  });
  it('keeps each value’s provenance, the more confident one for merged duplicates, pointing at sources[0]', () => {
    expect(card.phones[0].prov).toEqual({ src: 'jsonld', conf: 0.95, at: 0 });
    expect(card.phones[1].prov).toEqual({ src: 'adapter', conf: 0.9, at: 0, by: 'taobao-seller' });
    expect(card.phones.map((p) => p.masked)).toEqual([undefined, true]);
    expect(card.sources).toEqual([
      {
        site: 'www.alinearestaurant.com',
        url: 'https://www.alinearestaurant.com/contact',
        capturedAt: at,
        extractor: 'generic',
      },
    ]);
  });
  it('turns persons into contacts, the first one primary', () => {
    expect(card.contacts.map((c) => [c.name, c.title, c.primary])).toEqual([
      ['Jane Doe', 'General Manager', true],
      ['Bob', undefined, false],
    ]);
    expect(card.contacts[0].phones[0].value).toBe('+13128670111');
    expect(card.contacts[0].emails[0].value).toBe('jane@alinea.com');
    expect(card.contacts[0].id).not.toBe(card.contacts[1].id);
  });
  it('names a person lead after its person, and keeps a phone it cannot parse as written', () => {
    const p = emptyLead('person');
    p.persons = [{ value: { name: '王磊', phones: [], emails: [] }, src: 'label', conf: 0.85 }];
    p.phones = [{ value: '12345', src: 'text', conf: 0.5 }];
    const c = draftToCard(p, { url: 'https://shop.example.cn/o/1' });
    expect(c.kind).toBe('person');
    expect(c.name).toBe('王磊');
    expect(c.phones[0].value).toBe('12345');
  });
  it('converts every lead of a capture and names the adapter that recognised the page', () => {
    const result: ExtractResult = {
      url: 'https://trade.taobao.com/x',
      title: 't',
      leads: [lead(), emptyLead()],
      adapter: { id: 'taobao-seller', recognised: true },
      ms: 1,
    };
    const cards = resultToCards(result, at);
    expect(cards).toHaveLength(2);
    expect(cards[0].sources[0]).toMatchObject({ extractor: 'taobao-seller', site: 'trade.taobao.com' });
  });
});
