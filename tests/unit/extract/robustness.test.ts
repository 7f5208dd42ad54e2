import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract';
import { extractHtml, parse } from './helpers';

// No page makes extraction throw, hang or run long: generated pages (fast-check) and hand-made hostile ones.

const timed = (html: string, budgetMs?: number) => {
  const doc = parse(html);
  const t = performance.now();
  const r = extractPage(doc, 'http://127.0.0.1/x.html', { budgetMs });
  return { r, ms: performance.now() - t };
};

const TAGS = ['div', 'p', 'span', 'td', 'li', 'a', 'b', 'h2', 'dl', 'dt', 'dd', 'table', 'tr', 'script', 'style'];
const texts = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Tel: ',
    'Fax:',
    '电话：',
    'E-mail: ',
    '联系人：',
    'Address:',
    '1723 North Halsted, Chicago, IL 60614',
    '+86 138 0013 8000',
    'a@b.co',
    '©2020 Acme Inc.',
    '<',
    '&amp;',
    '{"@type":"Organization"',
  ),
);
const node: fc.Memo<string> = fc.memo((n) =>
  n <= 1
    ? texts
    : fc
        .tuple(fc.constantFrom(...TAGS), fc.array(node(n - 1), { maxLength: 4 }))
        .map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
);

describe('generated pages', () => {
  it('never throws and always returns plain JSON', () => {
    fc.assert(
      fc.property(fc.array(node(4), { maxLength: 6 }), (parts) => {
        const r = extractHtml(`<html><body>${parts.join('')}</body></html>`);
        expect(Array.isArray(r.leads)).toBe(true);
        expect(() => JSON.stringify(r)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on random JSON-LD', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        const r = extractHtml(`<script type="application/ld+json">${json.replace(/</g, '')}</script><p>x</p>`);
        expect(Array.isArray(r.leads)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('hostile pages', () => {
  it('deep nesting (5,000 levels)', () => {
    const html = '<div>'.repeat(5000) + 'Tel: (312) 867-0110' + '</div>'.repeat(5000);
    const { r, ms } = timed(html);
    expect(ms).toBeLessThan(1500);
    expect(r.leads.length).toBeGreaterThanOrEqual(0);
  });

  it('a huge page stops at the budget and says partial', () => {
    const row = '<p>Item 12345 — Tel: (312) 867-0110 — mail a@b.co — 1723 North Halsted, Chicago, IL 60614</p>';
    const { r } = timed('<body>' + row.repeat(15000) + '</body>', 50);
    expect(r.partial).toBe(true);
  });

  it('ReDoS bait: long runs of digits, dots, @, spaces and label words', () => {
    const bait = [
      '1'.repeat(50000),
      'a.'.repeat(30000) + '@',
      ('a'.repeat(60) + '@').repeat(500),
      'Tel '.repeat(10000),
      ' '.repeat(50000) + 'x',
      '('.repeat(20000),
      '0-'.repeat(20000),
      'Aaaa '.repeat(10000) + 'IL 6061',
      '省市区'.repeat(10000),
    ];
    for (const b of bait) {
      const { ms } = timed(`<p>${b}</p>`);
      expect(ms).toBeLessThan(1000);
    }
  });

  it('hundreds of structured-data items (h-card, microdata, RDFa) are read, not choked on', () => {
    const spans = '<span class="p-name"><span class="value">x</span></span>'.repeat(30);
    const card = `<div class="h-card">${spans}<span class="p-tel">+1 312 867 0110</span></div>`;
    const md = '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span></div>';
    const rdfa = '<div typeof="Organization"><span property="name">Acme</span></div>';
    // Timing is checked in Chromium (extract-cli.test.ts); happy-dom's first selector query alone is slow here.
    const { r } = timed(card.repeat(300) + md.repeat(300) + rdfa.repeat(300), 20_000);
    expect(r.leads.some((l) => l.organization?.value === 'Acme')).toBe(true);
    expect(r.leads.some((l) => l.phones.some((p) => p.value === '+13128670110'))).toBe(true);
  });

  it('binary junk', () => {
    let junk = '';
    for (let i = 0; i < 100000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    const { r, ms } = timed(`<p>${junk.replace(/[<&]/g, ' ')}</p>`);
    expect(ms).toBeLessThan(1000);
    expect(Array.isArray(r.leads)).toBe(true);
  });

  it('a page without a body or with only a frameset', () => {
    expect(() => extractHtml('')).not.toThrow();
    expect(() => extractHtml('<frameset><frame src="a.html"></frameset>')).not.toThrow();
  });
});
