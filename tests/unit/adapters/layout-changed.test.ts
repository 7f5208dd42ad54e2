import { describe, expect, it } from 'vitest';
import { adapters } from '../../../lib/extract/adapters/registry';
import { fixtures, parse } from './support';

// A site redesign, simulated: the hooks adapters lean on (data-*, aria-*, ids, itemprop) are removed and every
// visible label is renamed. The adapter must then say it does not recognise the page (null) and return nothing,
// without throwing, so the pipeline falls back to the generic layers and tells the user.

function redesign(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^(data-|aria-|id$|itemprop|role$|name$)/.test(attr.name)) el.removeAttribute(attr.name);
    }
  }
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  // Renamed labels: every short text gets a prefix, as a new wording of the same page would.
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.trim() && t.data.trim().length <= 24) t.data = `v2 ${t.data}`;
  }
  for (const h of Array.from(doc.querySelectorAll('h1,h2,h3,h4'))) h.replaceWith(doc.createElement('div'));
}

describe.each(fixtures())('$id / $name after a redesign', ({ id, html, expected }) => {
  const adapter = adapters.find((a) => a.id === id)!;
  const url = new URL(expected.url);
  it('is not recognised, and nothing throws', () => {
    const doc = parse(html, expected.url);
    expect(adapter.detect(url, doc)).toBe(expected.pageType);
    redesign(doc);
    expect(adapter.detect(url, doc)).toBeNull();
    expect(adapter.extract(doc, url)).toEqual([]);
  });
  it('does not throw on an empty page', () => {
    const doc = parse('<html><body></body></html>', expected.url);
    expect(adapter.detect(url, doc)).toBeNull();
    expect(adapter.extract(doc, url)).toEqual([]);
  });
});
