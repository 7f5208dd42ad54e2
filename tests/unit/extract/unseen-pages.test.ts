import { describe, expect, it } from 'vitest';
import { toContractLead } from '../../../lib/extract';
import { extractHtml } from './helpers';

// The general rules behind the own test pages written for pages the corpus lacks (tests/fixtures/extract:
// alibaba-supplier-en, zh-table-contact, uk-company, de-supplier, directory-entry, obfuscated-en, contact-links…),
// each shown on a minimal page, with the case it must leave alone.

const card = (html: string, url = 'http://example.com/contact') => {
  const leads = extractHtml(html, url).leads.map(toContractLead);
  return leads[0];
};

describe("a directory or marketplace footer is the site's own", () => {
  const listing =
    '<title>Acme Seals Co., Ltd. - Supplier Profile | TradeDir</title><main><h1>Acme Seals Co., Ltd.</h1>' +
    '<p>Tel: +86 532 8765 4321</p><p>Email: sales@acme-seals.example</p></main>';
  it('leaves out the footer phone and e-mail when its copyright names another party', () => {
    const c = card(
      listing + '<footer><p>Tel: +44 161 496 0000 · hello@tradedir.example</p><p>© 2024 TradeDir Ltd.</p></footer>',
    );
    expect(c.organization).toBe('Acme Seals Co., Ltd.');
    expect(c.phones).toEqual(['+8653287654321']);
    expect(c.emails).toEqual(['sales@acme-seals.example']);
  });
  it("keeps them when the footer is the company's own, or when the main content gave none", () => {
    const own = card(
      '<title>Contact | Acme Seals Co., Ltd.</title><main><h1>Contact</h1><p>Tel: +86 532 8765 4321</p></main>' +
        '<footer><p>Tel: +86 532 8765 4322 · info@acme-seals.example</p><p>© 2024 Acme Seals Co., Ltd.</p></footer>',
    );
    expect(own.phones.sort()).toEqual(['+8653287654321', '+8653287654322']);
    expect(own.emails).toEqual(['info@acme-seals.example']);
    const bare = card(
      '<title>Acme Seals Co., Ltd. | TradeDir</title><main><h1>Acme Seals Co., Ltd.</h1><p>Seals and O-rings.</p></main>' +
        '<footer><p>Tel: +44 161 496 0000</p><p>© 2024 TradeDir Ltd.</p></footer>',
    );
    expect(bare.phones).toEqual(['+441614960000']);
  });
});

describe('organisation names', () => {
  it('keeps the period of a legal form before the rights notice, not before a sentence', () => {
    expect(
      card('<p>Call (416) 555-0182</p><footer>© 2024 Northgate Hydraulics Inc. All rights reserved.</footer>')
        .organization,
    ).toBe('Northgate Hydraulics Inc.');
    expect(
      card('<p>Call (416) 555-0182</p><footer>© 2024 Harrow Ltd. Registered in England No. 04512345.</footer>')
        .organization,
    ).toBe('Harrow Ltd');
  });
  it('writes a short site name in full when another witness gives it with its legal form', () => {
    const c = card(
      '<head><meta property="og:site_name" content="Harrow &amp; Finch"></head><p>Tel: 0113 496 0123</p>' +
        '<footer>© 2024 Harrow &amp; Finch Ltd · Privacy</footer>',
      'http://example.co.uk/contact',
    );
    expect(c.organization).toBe('Harrow & Finch Ltd');
  });
  it('takes a heading as the subject only with a legal form and the title naming it', () => {
    const blog =
      '<title>How to choose seals | Acme</title><h1>How to choose seals</h1><p>Tel: (416) 555-0182</p><footer>© Acme Inc.</footer>';
    expect(card(blog).organization).toBe('Acme Inc.');
  });
});

describe('labels', () => {
  it('reads labels spaced out to a column width (地　　址, Q　　Q)', () => {
    const c = card(
      '<html lang="zh-CN"><table><tr><td>Q　　Q：</td><td>2850012345</td></tr><tr><td>微　　信：</td><td>chen-88</td></tr>' +
        '<tr><td>手　　机：</td><td>186 2000 1234</td></tr></table></html>',
    );
    expect(c.im.qq).toEqual(['2850012345']);
    expect(c.im.wechat).toEqual(['chen-88']);
    expect(c.phones).toEqual(['+8618620001234']);
  });
  it('takes a <dt> as the label of its <dd>', () => {
    const c = card(
      '<dl><dt>Contact Person</dt><dd>Mr. Kevin Zhang</dd><dt>Job Title</dt><dd>Sales Manager</dd>' +
        '<dt>Website</dt><dd>www.xinda.example</dd></dl>',
    );
    expect(c.persons).toEqual([{ name: 'Kevin Zhang', title: 'Sales Manager' }]);
    expect(c.websites).toEqual(['http://www.xinda.example']);
  });
  it('reads a role label as the title of the people it names', () => {
    const c = card('<p>Managing Directors: Dr. Markus Schäfer, Julia Schäfer</p><p>Owner: the Schäfer family</p>');
    expect(c.persons).toEqual([
      { name: 'Dr. Markus Schäfer', title: 'Managing Director' },
      { name: 'Julia Schäfer', title: 'Managing Director' },
    ]);
  });
});

describe('people and addresses', () => {
  it('ends a title at the next separator ("Name, Title, more…" / "Name, Title: mail")', () => {
    expect(card('<p>Amy Lin, Sourcing Manager, answers within one working day.</p>').persons).toEqual([
      { name: 'Amy Lin', title: 'Sourcing Manager' },
    ]);
    expect(card('<p>Sarah Mitchell, Credit Controller</p><p>Thomas Berger – Head of Sales</p>').persons).toEqual([
      { name: 'Sarah Mitchell', title: 'Credit Controller' },
      { name: 'Thomas Berger', title: 'Head of Sales' },
    ]);
  });
  it('does not take a company in a list for a person', () => {
    expect(card('<ul><li>Xingtai Fuda Seals Factory</li></ul><p>Tel: (416) 555-0182</p>').persons).toEqual([]);
  });
  it('keeps the premises line above the street of a block address', () => {
    const c = card(
      '<p>Unit 4, Riverside Business Park<br>Mill Lane<br>Leeds<br>LS10 1AB</p>',
      'http://example.co.uk/contact',
    );
    expect(c.addresses[0]).toMatchObject({
      street: 'Unit 4, Riverside Business Park, Mill Lane',
      postcode: 'LS10 1AB',
    });
  });
});

describe('spelled-out e-mail addresses', () => {
  it('leaves a noun after a determiner and a spoken web address as prose', () => {
    const c = card(
      '<p>See our capabilities at lakeside dot com slash capabilities, or write to sales at lakeside dot com.</p>',
    );
    expect(c.emails).toEqual(['sales@lakeside.com']);
  });
});

describe('second round (cn-exporter-en, uk-oneline, us-pobox, zh-staff-table)', () => {
  it('reads "Http:" as a website label but not a URL in text', () => {
    expect(card('<p>Http: www.sunrise.example</p><p>Tel: (416) 555-0182</p>').websites).toEqual([
      'http://www.sunrise.example',
    ]);
    expect(card('<p>See http://www.other.example for more.</p><p>Tel: (416) 555-0182</p>').websites).toEqual([]);
  });
  it('does not name the company after a greeting heading; takes the holder before a closing ©', () => {
    const c = card(
      '<title>Contact — Marlow</title><main><h1>Say hello</h1><p>t: 01865 496012</p></main>' +
        '<footer>Marlow &amp; Reed Architects Ltd. Company No. 08765432. © 2024</footer>',
      'http://example.co.uk/contact',
    );
    expect(c.organization).toBe('Marlow & Reed Architects Ltd');
  });
  it('drops letters after a name, keeps a surname in capitals', () => {
    expect(
      card('<p>Helen Marlow RIBA – Director</p><p>Kevin ZHANG – Sales Manager</p>').persons.map((p) => p.name),
    ).toEqual(['Helen Marlow', 'Kevin ZHANG']);
  });
  it("drops the firm's name from a one-line address, keeps a building's", () => {
    const uk = (line: string) => card(`<p>${line}</p>`, 'http://example.co.uk/contact').addresses[0]?.street;
    expect(uk('Marlow &amp; Reed Architects, 12 High Street, Oxford OX1 4AA')).toBe('12 High Street');
    expect(uk('Riverside House, 12 High Street, Oxford OX1 4AA')).toBe('Riverside House, 12 High Street');
    expect(card('<p>The Episcopal Church, 815 Second Avenue, New York, NY 10017</p>').addresses[0].street).toBe(
      '815 Second Avenue',
    );
  });
  it('reads a <dt> name with its title and extension below, not a heading over a sentence', () => {
    expect(card('<dl><dt>Carlos Mendoza</dt><dd>Sales Manager, ext. 210</dd></dl>').persons).toEqual([
      { name: 'Carlos Mendoza', title: 'Sales Manager' },
    ]);
    expect(
      card('<h3>Global Headquarters:</h3><p>Home of our President &amp; CEO</p><p>Tel: (416) 555-0182</p>').persons,
    ).toEqual([]);
  });
  it('leaves no dangling bracket where a label cut the address', () => {
    const c = card('<html lang="zh-CN"><p>地址：上海市闵行区漕宝路3366号508室（邮政编码：201101）</p></html>');
    expect(c.addresses[0]).toMatchObject({ street: '漕宝路3366号508室', city: '上海市', postcode: '201101' });
  });
});

describe('third round (hk-company, wp-footer-only, zh-footer-only)', () => {
  it('reads a Hong Kong address by its district, area and "Hong Kong", in a block or on one line', () => {
    const block = card(
      '<p>Flat B, 12/F, Kwun Tong Industrial Centre<br>472-484 Kwun Tong Road<br>Kwun Tong, Kowloon, Hong Kong</p>',
    );
    expect(block.addresses).toEqual([
      {
        street: 'Flat B, 12/F, Kwun Tong Industrial Centre, 472-484 Kwun Tong Road',
        city: 'Kwun Tong',
        region: 'Kowloon',
        postcode: '',
        country: 'Hong Kong',
      },
    ]);
    const line = card(
      '<p>Room 1502, 15/F, 118 Connaught Road West, Sheung Wan, Hong Kong</p><p>Tel: +852 2345 6789</p>',
    );
    expect(line.addresses[0]).toMatchObject({ street: 'Room 1502, 15/F, 118 Connaught Road West', city: 'Sheung Wan' });
    // A heading or a country menu naming Hong Kong is no address.
    expect(card('<h3>Hong Kong</h3><p>Hong Kong Head Office</p><p>Tel: +852 2345 6789</p>').addresses).toEqual([]);
  });
  it('takes the title after a labelled contact name and its comma', () => {
    expect(card('<p>Contact: Mr. Raymond Chan, Sales Director (+852 9123 4567)</p>').persons).toEqual([
      { name: 'Raymond Chan', title: 'Sales Director' },
    ]);
  });
});

describe('fourth round (ca-quebec-fr, de-impressum)', () => {
  it('reads French and German contact labels', () => {
    const fr = card(
      '<p>Téléphone : 514 555-0147<br>Télécopieur : 514 555-0148<br>Courriel : a@b.example</p>',
      'http://x.ca/',
    );
    expect([fr.phones, fr.faxes, fr.emails]).toEqual([['+15145550147'], ['+15145550148'], ['a@b.example']]);
    const de = card('<html lang="de"><p>Telefon: 040 123456-0<br>Telefax: 040 123456-99</p></html>');
    expect([de.phones, de.faxes]).toEqual([['040 1234560'], ['040 12345699']]);
  });
  it("reads Canada Post's French address form", () => {
    const c = card('<p>1250, rue Saint-Denis, bureau 400<br>Montréal (Québec)  H2X 3J6<br>Canada</p>', 'http://x.ca/');
    expect(c.addresses[0]).toMatchObject({
      street: '1250, rue Saint-Denis, bureau 400',
      city: 'Montréal',
      region: 'Québec',
      postcode: 'H2X 3J6',
    });
  });
  it('does not read a VAT number after its label as a phone', () => {
    const c = card(
      '<html lang="de"><p>Telefon: 040 123456-0</p><p>USt-IdNr. gemäß § 27a UStG: DE 298765432</p><p>VAT No. GB 212 3456 78</p></html>',
    );
    expect(c.phones).toEqual(['040 1234560']);
  });
  it('takes the desk of a qualified contact label as the title', () => {
    expect(card('<p>Ansprechpartnerin Vertrieb: Katrin Wolff, Tel. +49 40 123456-29</p>').persons).toEqual([
      { name: 'Katrin Wolff', title: 'Vertrieb' },
    ]);
    expect(card('<p>Contact Person: Jane Doe</p>').persons).toEqual([{ name: 'Jane Doe', title: '' }]);
  });
});
