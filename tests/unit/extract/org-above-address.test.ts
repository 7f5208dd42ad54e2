import { describe, expect, it } from 'vitest';
import { extractHtml } from './helpers';

// The name an address block is written to: the line just above its street, when nothing more trustworthy names
// the organisation (no label, heading, site name or copyright).

const org = (html: string) => extractHtml(html, 'http://127.0.0.1/entry').leads[0]?.organization?.value;

describe('organisation from the line above the street', () => {
  it('a directory entry’s name in bold over its address', () => {
    expect(
      org(
        "<table><tr><td><strong>MR JIM'S PIZZA</strong></td></tr><tr><td>213 North Ballard Avenue</td></tr>" +
          '<tr><td>Wylie, TX 75098</td></tr><tr><td>Phone: 972-429-0069</td></tr></table>',
      ),
    ).toBe("MR JIM'S PIZZA");
    expect(org('<p><b>JACK IN THE BOX</b><br>201 South Hwy 78<br>Wylie, TX 75098<br>Phone: 972-442-6118</p>')).toBe(
      'JACK IN THE BOX',
    );
  });
  it('a company over its address in a block written one part per line', () => {
    expect(
      org(
        '<p>DWM Securities Inc.<br>5420 North Service Road, Suite 104<br>Burlington, Ontario<br>L7L 6C7</p><p>Tel: 905-639-5500</p>',
      ),
    ).toBe('DWM Securities Inc.');
  });
  it('not a person, a label, a street or a sentence', () => {
    for (const above of [
      'Jane Smith',
      'Mailing Address:',
      'Bedford Road',
      'Please visit us at our office',
      'Suite 200',
    ])
      expect(
        org(`<p>${above}<br>1723 North Halsted St<br>Chicago, IL 60614</p><p>Tel: 312-867-0110</p>`),
      ).toBeUndefined();
  });
  it('a heading or a label stays the stronger witness', () => {
    expect(
      org(
        '<p>Company: Alinea Group LLC</p><p>Kitchen Annex<br>1723 North Halsted St<br>Chicago, IL 60614</p><p>Tel: 312-867-0110</p>',
      ),
    ).toBe('Alinea Group LLC');
  });
});

describe('weak organisation names give way', () => {
  it('a person’s name on a picture in a "logo" block is not the organisation', () => {
    const html =
      '<html><head><title>Mansion Nightclub | Contacts</title></head><body><div class="logoslides">' +
      '<img alt="Tyler Sherritt" src="a.jpg"></div><p>Tel: 305-695-8411</p></body></html>';
    expect(org(html)).toBe('Mansion Nightclub');
  });
  it('a bare host name from structured data yields to the copyright holder', () => {
    const html =
      '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">bookstore.sgi-usa.org</span>' +
      '<span itemprop="telephone">800-626-1313</span></div><p>Copyright © Soka Gakkai Intl USA. All Rights Reserved.</p>';
    expect(org(html)).toBe('Soka Gakkai Intl USA');
    // With nothing better, the host name stays.
    expect(
      org(
        '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">shop.example.com</span>' +
          '<span itemprop="telephone">800-626-1313</span></div>',
      ),
    ).toBe('shop.example.com');
  });
});
