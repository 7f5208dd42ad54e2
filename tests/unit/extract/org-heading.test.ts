import { describe, expect, it } from 'vitest';
import { corpusPage, extractFile, extractHtml } from './helpers';

// The heading above a directory entry's contact block names the business; a person's name or a page kind does not.

const org = (html: string) => extractHtml(html, 'http://example.com/entry').leads[0]?.organization?.value;

describe('organisation from the heading above the contact block', () => {
  it('takes a four-word place name (not a person: people have two or three words)', () => {
    expect(org('<h1>Grant Village Dining Room</h1><p>Phone: 307/344-7311</p>')).toBe('Grant Village Dining Room');
    expect(org('<h1>John Smith</h1><p>Phone: 307/344-7311</p>')).toBeUndefined();
  });
  it('drops the page kind after the name, and reads a heading above an unlabelled number', () => {
    const html = "<h1>Maggiano's Little Italy Restaurant Review</h1><p>Houston, TX 77056</p><p>713-961-2700</p>";
    expect(org(html)).toBe("Maggiano's Little Italy Restaurant");
  });
  it('prefers the logo to a heading above an unlabelled number', () => {
    const html =
      '<div class="logo"><img src="l.png" alt="Delta Dental"></div>' + '<h2>Denti-Cal</h2><p>1-800-322-6384</p>';
    expect(org(html)).toBe('Delta Dental');
  });
  it('names swde-directory/gayot-1997 after its entry', () => {
    expect(extractFile(corpusPage('swde-directory/gayot-1997.html')).leads[0].organization).toMatch(/^Maggiano's/);
  });
});
