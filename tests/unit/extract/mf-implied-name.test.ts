import { describe, expect, it } from 'vitest';
import { readMicroformats } from '../../../lib/extract/structured/microformats';
import { Budget } from '../../../lib/extract/budget';
import { corpusPage, extractFile, parse } from './helpers';

// The microformats2 implied name: an img alt / abbr title (own, only child's, only grandchild's) before the text;
// none when a nested card is inside; classic vcard roots imply nothing (their fn is required).

const names = (html: string) => readMicroformats(parse(`<body>${html}</body>`), new Budget(1000)).map((t) => t.name);

describe('microformats implied name', () => {
  it('reads an abbr title or image alt rather than the text', () => {
    expect(names('<abbr class="h-card" title="Jane Doe">JD</abbr>')).toEqual(['Jane Doe']);
    expect(names('<div class="h-card"><span><img src="j.png" alt="Jane Doe"></span></div>')).toEqual(['Jane Doe']);
    expect(names('<div class="h-card">Jane Doe</div>')).toEqual(['Jane Doe']);
  });
  it('implies nothing over a nested card, or for a classic vcard without fn', () => {
    expect(
      names('<div class="h-card"><span class="h-card"><img src="j.png" alt="John Doe"></span>Name</div>'),
    ).not.toContain('Name');
    expect(names('<p class="vcard">Frances Berriman</p>')).not.toContain('Frances Berriman');
  });
  it('names the cards of microformats-v2__h-card__impliedname', () => {
    const { leads } = extractFile(corpusPage('microformats/microformats-v2__h-card__impliedname.html'));
    const all = leads.flatMap((l) => l.persons.map((p) => p.name));
    expect(all).toContain('Jane Doe');
    expect(all).not.toContain('JD');
  });
});
