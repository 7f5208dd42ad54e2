import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../lib/extract/adapters/registry';
import { fixtures, parse, project } from './support';

// Two promises of the adapters, checked on every test page: they never depend on presentational class names
// (stripping every class attribute changes nothing, except microformat (hCard) class names, which are semantic
// markup the way itemprop is), and a page with arbitrary parts missing never makes them
// throw (whatever remains is read, or the page is not recognised).

const pages = fixtures();
const MICROFORMAT = new Set([
  'vcard',
  'h-card',
  'fn',
  'n',
  'org',
  'tel',
  'email',
  'url',
  'adr',
  'street-address',
  'locality',
  'region',
  'postal-code',
  'country-name',
]);

describe.each(pages)('$id / $name', ({ id, html, expected }) => {
  const adapter = adapters.find((a) => a.id === id)!;
  const url = new URL(expected.url);

  it('reads the same without any class attribute', () => {
    const doc = parse(html, expected.url);
    for (const el of Array.from(doc.querySelectorAll('[class]'))) {
      const kept = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => MICROFORMAT.has(c));
      if (kept.length) el.setAttribute('class', kept.join(' '));
      else el.removeAttribute('class');
    }
    expect(adapter.detect(url, doc)).toBe(expected.pageType);
    expect(adapter.extract(doc, url).map(project)).toEqual(expected.leads);
  });

  it('never throws when random parts of the page are gone', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (picks) => {
        const doc = parse(html, expected.url);
        for (const p of picks) {
          const all = Array.from(doc.body.querySelectorAll('*'));
          if (all.length) all[p % all.length].remove();
        }
        const type = adapter.detect(url, doc);
        const leads = adapter.extract(doc, url);
        expect(type === null || (adapter.pageTypes ?? []).includes(type)).toBe(true);
        if (type === null) expect(leads).toEqual([]);
      }),
      { numRuns: 15, seed: 20260323 },
    );
  });
});
