import { describe, expect, it } from 'vitest';
import { extractHtml } from './helpers';

// The registered name written at a firm's address outranks its copyright line and a slogan heading (pages written
// for the tests).

const org = (html: string) => extractHtml(html, 'https://example.com/contact').leads[0]?.organization?.value;

describe('the name an address is written to', () => {
  it('a legal-form name over the footer address beats the copyright line, when the footer holds the only address', () => {
    const html = `<html><head><title>Plumbing Maintenance</title></head><body><main><h1>Plumbing Maintenance</h1>
      <p>We keep records of every repair.</p></main>
      <footer><p>© 2008–2013 Pompeiis Plumbing &amp; Heating. All rights reserved.</p>
      <p>Pompeii's Plumbing &amp; Heating Inc.</p><p>33751 Lear Industrial Parkway</p><p>Avon, OH 44011</p>
      <p>Phone: (440) 555-0137</p></footer></body></html>`;
    expect(org(html)).toBe("Pompeii's Plumbing & Heating Inc.");
  });

  it('takes the registered name before the building, not a slogan heading over the block', () => {
    const html = `<html><head><title>Contact Us - Ship Your Pet</title></head><body>
      <h2>Free online quotation!</h2><p>PBS International Freight Ltd, PBS House</p>
      <p>Charlwood Road, Lowfield Heath</p><p>West Sussex, RH11 0PT</p><p>Tel: +44 1293 555 010</p>
      <footer><p>Copyright © 2011 Ship Your Pet</p></footer></body></html>`;
    expect(org(html)).toBe('PBS International Freight Ltd');
  });
});
