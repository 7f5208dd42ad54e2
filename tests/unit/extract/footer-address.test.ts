import { describe, expect, it } from 'vitest';
import { extractHtml } from './helpers';

// The site's own footer address ranks below the main content's: a directory entry keeps the listed business's
// address, not the directory's; a page whose only address is in its footer keeps it.

const streets = (html: string) =>
  extractHtml(html, 'http://example.com/entry').leads.flatMap((l) => l.addresses.map((a) => a.value.street));

const ENTRY =
  '<main><h1>Jack in the Box</h1><p>201 South Hwy 78<br>Wylie, TX 75098</p><p>Phone: 972-442-6118</p></main>';

describe('footer addresses', () => {
  it('leaves out a different address in a <footer> or a "footer" block once the page gave one', () => {
    expect(streets(ENTRY + '<footer><p>3519 Dickason Ave<br>Dallas, TX 75219</p></footer>')).toEqual([
      '201 South Hwy 78',
    ]);
    expect(streets(ENTRY + '<div id="site-footer"><p>3519 Dickason Ave<br>Dallas, TX 75219</p></div>')).toEqual([
      '201 South Hwy 78',
    ]);
  });
  it('keeps the footer address when it is the only one, and reads the main content as before', () => {
    expect(streets('<p>Call 972-442-6118</p><footer>3519 Dickason Ave<br>Dallas, TX 75219</footer>')).toEqual([
      '3519 Dickason Ave',
    ]);
    expect(streets(ENTRY + '<p>3519 Dickason Ave<br>Dallas, TX 75219</p>')).toEqual([
      '201 South Hwy 78',
      '3519 Dickason Ave',
    ]);
  });
});
