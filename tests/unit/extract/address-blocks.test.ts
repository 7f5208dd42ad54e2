import { describe, expect, it } from 'vitest';
import { toContractLead } from '../../../lib/extract';
import { parseAddress } from '../../../lib/extract/text/address';
import { extractHtml, values } from './helpers';

// Addresses written one part per line or squeezed into a footer line: the city, region and country each go to
// their own field.

const addresses = (html: string, url?: string) => values(extractHtml(html, url).leads.map(toContractLead)).addresses;

describe('block addresses', () => {
  it('UK: a county line closing the place lines is the region, the town above it the city', () => {
    expect(
      addresses('<p>No 6 Ridgeway Office Park<br>Bedford Road<br>Petersfield<br>HAMPSHIRE<br>GU32 3QF</p>'),
    ).toMatchObject([{ street: 'Bedford Road', city: 'Petersfield', region: 'HAMPSHIRE', postcode: 'GU32 3QF' }]);
  });
  it('UK: the town closing the street line, the county beside the postcode', () => {
    expect(
      addresses('<p>No 6 Ridgeway Office Park,<br>Bedford Road, Petersfield,<br>HAMPSHIRE. GU32 3QF</p>'),
    ).toMatchObject([{ street: 'Bedford Road', city: 'Petersfield', region: 'HAMPSHIRE', postcode: 'GU32 3QF' }]);
  });
  it('UK: a county on the line after the postcode', () => {
    expect(
      addresses(
        '<p>Great Folds Road<br>Oakley Hay<br>Corby<br>NN18 9ET<br>Northamptonshire</p><p>Phone: 01536 461234</p>',
      ),
    ).toMatchObject([{ street: 'Great Folds Road', city: 'Corby', region: 'Northamptonshire', postcode: 'NN18 9ET' }]);
  });
  it('abroad: the place line above the postcode line gives the city (and region)', () => {
    expect(addresses('<p>3330 Chihama<br>Kakegawa-shi,<br>Shizuoka-ken 437-1412<br>Japan</p>')).toMatchObject([
      { street: '3330 Chihama', city: 'Kakegawa-shi', region: 'Shizuoka-ken', postcode: '437-1412', country: 'Japan' },
    ]);
    expect(
      addresses('<p>#325-25 Boche-Ri, Miyang-Myeon<br>Anseong-Si, GyeongGi-Do<br>Korea 456-843</p>'),
    ).toMatchObject([{ city: 'Anseong-Si', region: 'GyeongGi-Do', postcode: '456-843', country: 'Korea' }]);
    // A district above its city changes nothing.
    expect(addresses('<p>2-28-8 Honkomagome<br>Bunkyo-ku<br>Tokyo 113-0021<br>Japan</p>')).toMatchObject([
      { city: 'Tokyo', postcode: '113-0021', country: 'Japan' },
    ]);
  });
  it('abroad: "C.P." before a Mexican postcode', () => {
    expect(
      addresses('<p>Calle Acceso a las bodegas SM 301 Mza 30<br>Cancún Quintana Roo<br>Mexico C.P.: 77500</p>'),
    ).toMatchObject([{ street: 'Calle Acceso a las bodegas SM 301 Mza 30', postcode: '77500', country: 'Mexico' }]);
  });
});

describe('a footer line split by bars', () => {
  it('"street - City, ST" without a ZIP', () => {
    expect(
      addresses(
        '<footer>1235 Washington Avenue - Miami Beach, FL | 305.695.8411 | info@club.example | Careers</footer>',
      ),
    ).toMatchObject([{ street: '1235 Washington Avenue', city: 'Miami Beach', region: 'FL' }]);
  });
  it('a hyphenated city still reads', () => {
    expect(addresses('<p>100 N Main St, Winston-Salem, NC</p>')).toMatchObject([
      { street: '100 N Main St', city: 'Winston-Salem', region: 'NC' },
    ]);
  });
});

describe('Chinese addresses without 省/市', () => {
  it.each([
    ['湖北武汉市江夏区文化大道58号', { region: '湖北', city: '武汉市', district: '江夏区' }],
    ['天津北辰区刘安庄工业园兴安路6号', { region: '天津', city: '天津', district: '北辰区' }],
    ['中国广东深圳市南山区科技园', { region: '广东', city: '深圳市', district: '南山区' }],
    ['广西壮族自治区南宁市青秀区民族大道100号', { region: '广西壮族自治区', city: '南宁市' }],
    ['吉林市船营区解放路', { city: '吉林市' }],
    ['四川省成都市新都区蓉都大道南四段199号', { region: '四川省', city: '成都市', district: '新都区' }],
  ])('%s', (text, parts) => expect(parseAddress(text, 'CN')).toMatchObject({ ...parts, country: 'CN' }));
  it('a street named after a province is not one', () =>
    expect(parseAddress('山西路88号', 'CN')?.region).toBeUndefined());
});
