import { describe, expect, it } from 'vitest';
import { intlAddress } from '../../../lib/extract/text/intl-address';
import { corpusPage, extractFile } from './helpers';

// Addresses abroad, one part per line, anchored on a country (on the postcode line or the next one).

const at = (block: string) => {
  const lines = block.split('\n');
  const i = lines.findIndex((l) => l.startsWith('>'));
  lines[i] = lines[i].slice(1);
  return intlAddress(lines, i);
};

describe('international address blocks', () => {
  it('reads place + postcode with the country on the next line', () => {
    expect(
      at(
        'AZ Electronic Materials (Suzhou) Limited\nRoom 905-906\nBuilding B, 1289 Yi Shan Road\n>Shanghai 200233\nChina',
      ),
    ).toEqual({
      street: 'Building B, 1289 Yi Shan Road',
      city: 'Shanghai',
      postcode: '200233',
      country: 'China',
    });
  });
  it('reads a European lettered postcode before its city, with or without the country on the line', () => {
    expect(at('Rheingaustrasse 190-196\n>D-65203 Wiesbaden, Germany')).toMatchObject({
      street: 'Rheingaustrasse 190-196',
      city: 'Wiesbaden',
      postcode: 'D-65203',
      country: 'Germany',
    });
    expect(at("32-36, Boulevard d'Avranches\n>L-1160\nLuxembourg")).toMatchObject({
      postcode: 'L-1160',
      country: 'Luxembourg',
    });
  });
  it('reads the country before the postcode, the city before the country', () => {
    expect(at('7th Fl., Shinwon Bldg.,\n#823-14, Yeoksam-dong, Gangnam-gu,\n>Seoul, Korea 135-080')).toEqual({
      street: '#823-14, Yeoksam-dong, Gangnam-gu',
      city: 'Seoul',
      postcode: '135-080',
      country: 'Korea',
    });
    expect(at('No 2, International Business Park\n>#11-04, The Strategy, Singapore 609930')).toMatchObject({
      street: 'No 2, International Business Park, #11-04, The Strategy',
      postcode: '609930',
    });
  });
  it('needs a country and a street: a bare "Tokyo 113-0021" or a company line above is not an address', () => {
    expect(at('2-28-8 Honkomagome\n>Tokyo 113-0021\nClick here')).toBeNull();
    expect(at('Acme Trading Ltd\n>Tokyo 113-0021\nJapan')).toBeNull();
    expect(at('Call us\n>Order 2013 now\nJapan')).toBeNull();
  });
  it('finds the offices abroad on webstruct-us/48', () => {
    const { leads } = extractFile(corpusPage('webstruct-us/48.html'));
    const pcs = leads.flatMap((l) => l.addresses.map((a) => a.postcode));
    expect(pcs).toEqual(expect.arrayContaining(['200233', '113-0021', 'D-65203', 'F-60350', 'L-1160', '609930']));
  });
});
