import { describe, expect, it } from 'vitest';
import { segments } from '../../../lib/extract/labels';
import { findPhones } from '../../../lib/extract/phone';
import { parseAddress } from '../../../lib/extract/text/address';
import { looksLikeName } from '../../../lib/extract/names';
import { corpusPage, digits, extractFile, extractHtml, values } from './helpers';

// Labelled fields, phones, addresses and names, on small cases and on corpus pages by path.

describe('labels', () => {
  it('splits a line holding several labelled fields', () => {
    expect(segments('Tel: (202) 623-3900Fax: (202) 623-3815').map((s) => [s.kind, s.value])).toEqual([
      ['phone', '(202) 623-3900'],
      ['fax', '(202) 623-3815'],
    ]);
  });
  it('reads Chinese labels with or without a colon, and one value under two labels', () => {
    expect(segments('电话 0755-26012345').map((s) => s.kind)).toEqual(['phone']);
    const [s] = segments('电话/传真：022-26545775');
    expect([s.kind, s.also, s.value]).toEqual(['fax', 'phone', '022-26545775']);
  });
  it('reads a prefixed Chinese label when it ends in a colon, and "微信同号" as the WeChat ID', () => {
    const r = extractHtml('<p>加盟热线：13927775985（微信同号）</p><p>公司传真：0757-85222733</p>', 'http://x.cn/');
    expect(r.leads[0].phones.map((p) => p.value)).toEqual(['+8613927775985']);
    expect(r.leads[0].faxes.map((p) => p.shown)).toEqual(['0757 8522 2733']);
    expect(r.leads[0].im.wechat?.map((h) => h.value)).toEqual(['13927775985']);
  });
  it('does not take a word that starts with a label for the label ("Telford")', () => {
    expect(segments('Telford Road 12').map((s) => s.kind)).toEqual([null]);
  });
  it('pairs a label with the value on the next line, but not with the line after a form field', () => {
    const r = extractHtml(
      '<dl><dt>Fax:</dt><dd>(323) 725-6100</dd></dl><form><p>Company:</p><input name=c><p>Acme Supplies Inc</p></form>',
    );
    expect(r.leads[0].faxes.map((f) => f.value)).toEqual(['+13237256100']);
    expect(r.leads[0].organization?.value).not.toBe('Acme Supplies Inc');
  });
});

describe('phones', () => {
  it('keeps a Chinese landline’s trunk prefix as shown and gives E.164 as the value', () => {
    expect(findPhones('电话：0571-8888 6666', 'CN')).toEqual([{ value: '+8657188886666', shown: '0571 8888 6666' }]);
  });
  it('does not read ICP, public-security or credit-code numbers as phones', () => {
    expect(findPhones('浙ICP备12345678号-1 浙公网安备33011002012345号 91330110MA2AXXXX1Q', 'CN')).toEqual([]);
  });
  it('does not read a copyright year range as a phone', () => {
    expect(findPhones('Copyright © 2016-2021 All rights reserved', 'CN')).toEqual([]);
  });
  it('keeps a masked back-end number as shown', () => {
    expect(findPhones('收货人 张三 138****5678', 'CN').map((p) => p.value)).toEqual(['138****5678']);
  });
  it('gives later numbers the area code of the first ("0572-3084469、3084800")', () => {
    expect(findPhones('0572-3084469、3084800', 'CN').map((p) => p.value)).toEqual(['+865723084469', '+865723084800']);
  });
  it('reads a US number on a UK page and a UK one on a US page', () => {
    expect(findPhones('JM: (876)4355118', 'GB').map((p) => p.value)).toEqual(['+18764355118']);
    expect(findPhones('UK office 01536 461234', 'US').map((p) => p.shown)).toEqual(['01536 461234']);
  });
  it('keeps a written extension', () => {
    expect(findPhones('905 336-8600 ext. 220', 'CA')[0].shown).toBe('+19053368600 ext. 220');
  });
});

describe('addresses', () => {
  it('splits a US one-line address', () => {
    expect(parseAddress('1723 North Halsted, Chicago, IL 60614', 'US')).toMatchObject({
      street: '1723 North Halsted',
      city: 'Chicago',
      region: 'IL',
      postcode: '60614',
    });
  });
  it('gives street words back to the street ("5 Catoctin Circle SE Leesburg, VA")', () => {
    expect(parseAddress('5 Catoctin Circle SE Leesburg, VA 20175', 'US')).toMatchObject({
      street: '5 Catoctin Circle SE',
      city: 'Leesburg',
    });
  });
  it('splits Canadian and UK addresses', () => {
    expect(parseAddress('200 Bay St, Toronto, ON M5J 2J2', 'CA')).toMatchObject({
      city: 'Toronto',
      postcode: 'M5J 2J2',
    });
    expect(parseAddress('3 Charlotte Road, London EC2A 3PE', 'GB')).toMatchObject({
      postcode: 'EC2A 3PE',
      country: 'GB',
    });
  });
  it('splits a Chinese address into 省/市/区', () => {
    expect(parseAddress('四川省成都市新都区蓉都大道南四段199号', 'CN')).toMatchObject({
      region: '四川省',
      city: '成都市',
      district: '新都区',
      country: 'CN',
    });
  });
});

describe('shipping blocks', () => {
  it('reads the addressee, street, city line and country of a "Shipping Address" block (amazon order page)', () => {
    const { result, leads } = extractFile(corpusPage('amazon-orders/order-details-112-0399923-3070642.html'));
    const v = values(leads);
    expect(v.persons).toContain('Alex Laird');
    // The buyer is a person; the shop's copyright line is not their organisation.
    expect(result.leads[0].kind).toBe('person');
    expect(v.org).toEqual([]);
    expect(v.addresses).toContainEqual(
      expect.objectContaining({ street: '555 My Road', city: 'Chicago', region: 'IL', country: 'US' }),
    );
  });
});

describe('names', () => {
  it('tells names from menu words', () => {
    expect(looksLikeName('Jane Doe')).toBe(true);
    expect(looksLikeName('王经理')).toBe(true);
    expect(looksLikeName('组织架构')).toBe(false);
    expect(looksLikeName('Clear All')).toBe(false);
  });
});

describe('corpus pages', () => {
  it('webstruct-us/1: Alinea’s phone, e-mail and split address', () => {
    const v = values(extractFile(corpusPage('webstruct-us/1.html')).leads);
    expect(v.phones.map(digits)).toContain('13128670110');
    expect(v.emails).toContain('alineaoffice@gmail.com');
    expect(v.addresses).toContainEqual(expect.objectContaining({ city: 'Chicago', postcode: '60614' }));
  });
  it('zh-company/zh03: two people, their mobiles, and the Chinese address', () => {
    const v = values(extractFile(corpusPage('zh-company/zh03.html')).leads);
    expect(v.persons).toEqual(expect.arrayContaining(['彭先生', '易先生']));
    expect(v.phones.map(digits)).toEqual(expect.arrayContaining(['8615196635218', '8618681251779']));
    expect(v.addresses[0]).toMatchObject({ city: '成都市', region: '四川省' });
  });
  it('zh-company/zh20 (GBK): a number labelled phone and fax is both', () => {
    const v = values(extractFile(corpusPage('zh-company/zh20.html')).leads);
    expect(v.phones.map(digits)).toContain('02226545775');
    expect(v.faxes.map(digits)).toContain('02226545775');
  });
});
