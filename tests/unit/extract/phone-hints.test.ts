import { describe, expect, it } from 'vitest';
import { toContractLead as toContract } from '../../../lib/extract';
import { findPhones } from '../../../lib/extract/phone';
import { countriesIn, sectionCountry } from '../../../lib/extract/text/country-hint';
import { corpusPage, extractFile, extractHtml, values } from './helpers';

// Numbers written for another country than the page's (hotlines per country), keypad-spelled toll-free numbers,
// address blocks closing with their country, and a page of service desks that is not a list of businesses.

describe('foreign and spelled numbers', () => {
  it('spells a keypad toll-free number out, and leaves ordinary words and numbers alone', () => {
    expect(findPhones('1-877-SOV-BANK (768-2265)', 'US').map((p) => p.value)).toEqual(['+18777682265']);
    expect(findPhones('Call 1-800-FLOWERS today', 'US').map((p) => p.value)).toEqual(['+18003569377']);
    expect(findPhones('Call 1-800-555-0199 or the FAQ', 'US').map((p) => p.value)).toEqual(['+18005550199']);
    expect(findPhones('Tel (416) 955-1700', 'US', ['AU']).map((p) => p.value)).toEqual(['+14169551700']);
  });
  it('reads a number in the national form of the country its line or section names', () => {
    expect(countriesIn('0800-146-573 (GB) / 1800-409-623 (Republic of Ireland)')).toEqual(['IE', 'GB']);
    expect(sectionCountry('Australia:')).toBe('AU');
    expect(sectionCountry('Our offices in Australia and abroad are open daily')).toBeUndefined();
    expect(findPhones('Hotline: 1-800-065-521', 'US').map((p) => p.value)).toEqual([]);
    const html =
      '<h3>Australia:</h3><p>&nbsp;</p><p>Consumer Toll-Free Hotline: 1-800-065-521</p>' +
      '<p>United Kingdom:</p><p>Hotline: 0800-146-573 (GB) / 1800-409-623 (Republic of Ireland)</p>';
    const v = values(extractHtml(html, 'http://example.com/contact').leads.map(toContract));
    expect(v.phones).toEqual(expect.arrayContaining(['+611800065521', '+3531800409623', '0800 146573']));
  });
});

describe('address blocks and department lists', () => {
  it('takes "City, Province, Canada" above a Canadian postcode line, with its country', () => {
    const html = '<p>439 King Street West, Fifth Floor<br>Toronto, Ontario, Canada<br>M5V 1K4</p>';
    const [a] = values(extractHtml(html, 'http://example.com/').leads.map(toContract)).addresses;
    expect(a).toEqual({
      street: '439 King Street West, Fifth Floor',
      city: 'Toronto',
      region: 'Ontario',
      postcode: 'M5V 1K4',
      country: 'Canada',
    });
  });
  it('keeps a page of service desks as one company (webstruct-us/34: Lutron)', () => {
    const { leads } = extractFile(corpusPage('webstruct-us/34.html'));
    expect(leads).toHaveLength(1);
    expect(leads[0].phones).toEqual(expect.arrayContaining(['+16102823800', '+18885887661']));
  });
});
