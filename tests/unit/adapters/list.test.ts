import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemKey, MAX_LIST_ITEMS, readList } from '../../../lib/extract/adapters/list';
import { adapterFor } from '../../../lib/extract/adapters/registry';
import { FIXTURES, parse } from './support';
import { emptyLead } from '../../../lib/extract/types';

// Whole lists: a generated 500-item page (the fixture's items repeated with distinct ids) must be read item by
// item, in well under a second, and repeats must be dropped.

function grow(file: string, itemRe: RegExp, n: number, vary: (html: string, i: number) => string): string {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const m = itemRe.exec(html);
  if (!m) throw new Error(`no item in ${file}`);
  const items = Array.from({ length: n }, (_, i) => vary(m[0], i)).join('\n');
  return html.replace(m[0], items);
}

const cases = [
  {
    name: 'Taobao sold-order list',
    url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm',
    html: (n: number) =>
      grow(
        'taobao-seller/order-list.html',
        /<div role="listitem" data-biz-order-id="3712846519203847561">[\s\S]*?<\/table>\s*<\/div>/,
        n,
        (h, i) =>
          h
            .replaceAll('3712846519203847561', String(4000000000000000000n + BigInt(i)))
            .replaceAll('tb_zhang2019', `buyer_${i}`),
      ),
    check: (i: number) => `taobao:buyer_${i}`,
  },
  {
    name: 'Yellow Pages results',
    url: 'https://www.yellowpages.com/search?search_terms=plumbers&geo_location_terms=Madison%2C+WI',
    html: (n: number) =>
      grow(
        'yellowpages/search.html',
        /<div class="result" id="lid-4561237">[\s\S]*?<\/a>\s*<\/div>\s*<\/div>/,
        n,
        (h, i) =>
          h
            .replace('lid-4561237', `lid-${i}`)
            .replace('Lakeside Plumbing &amp; Heating', `Lakeside ${i}`)
            .replace('555-0142', `555-${String(1000 + i).slice(-4)}`),
      ),
    check: (i: number) => `Lakeside ${i}`,
  },
];

/** The prototype in `obj`'s chain that defines `name` (happy-dom keeps querySelectorAll on a parent class). */
function owner(obj: object, name: string): Record<string, unknown> {
  let p: object | null = obj;
  while (p && !Object.prototype.hasOwnProperty.call(p, name)) p = Object.getPrototypeOf(p);
  if (!p) throw new Error(`no ${name}`);
  return p as Record<string, unknown>;
}

/**
 * Counts the DOM work of `f`: selector queries run over the whole page (document, <html> or <body>), and the
 * elements all selector queries returned. Deterministic, unlike a timing on a shared machine.
 */
function domWork(doc: Document, f: () => unknown): { pageQueries: number; returned: number } {
  const work = { pageQueries: 0, returned: 0 };
  const protos = new Set([owner(doc, 'querySelectorAll'), owner(doc.body, 'querySelectorAll')]);
  const restore: (() => void)[] = [];
  for (const proto of protos) {
    for (const name of ['querySelectorAll', 'querySelector'] as const) {
      const orig = proto[name] as (this: ParentNode, s: string) => unknown;
      proto[name] = function (this: ParentNode, sel: string) {
        if (this === doc || this === doc.documentElement || this === doc.body) work.pageQueries++;
        const r = orig.call(this, sel);
        work.returned += r && typeof r === 'object' && 'length' in r ? (r as NodeList).length : r ? 1 : 0;
        return r;
      };
      restore.push(() => (proto[name] = orig));
    }
  }
  try {
    f();
  } finally {
    restore.forEach((r) => r());
  }
  return work;
}

describe.each(cases)('$name with 500 items', ({ url, html, check }) => {
  const adapter = adapterFor(url)!;
  const big = parse(html(500), url);

  it('yields one lead per item, in page order', () => {
    const leads = adapter.extract(big, new URL(url));
    // The 500 generated items, then the fixture's second item.
    expect(leads).toHaveLength(501);
    leads.slice(0, 500).forEach((l, i) => {
      expect(l.platformIds?.[0]?.value ?? l.organization?.value).toBe(check(i));
    });
  });

  it('does the same work per item at 50 and at 500 items (no per-item page scans)', () => {
    // Absolute times are measured in Chromium (see the adapters README); here the shape of the work is checked:
    // page-wide queries do not grow with the list, and the DOM work grows linearly (10x items, about 10x work).
    const small = parse(html(50), url);
    const w50 = domWork(small, () => adapter.extract(small, new URL(url)));
    const w500 = domWork(big, () => adapter.extract(big, new URL(url)));
    expect(w500.pageQueries).toBe(w50.pageQueries);
    expect(w500.returned / w50.returned).toBeGreaterThan(8);
    expect(w500.returned / w50.returned).toBeLessThan(11);
    const t = performance.now();
    adapter.extract(big, new URL(url));
    console.info(
      `${adapter.id}: 500 items, ${w500.returned} elements queried, ${(performance.now() - t).toFixed(0)} ms (happy-dom)`,
    );
  });
});

describe('readList', () => {
  const doc = parse('<ul><li>a</li><li>b</li><li>a</li><li></li></ul>');
  const read = (el: Element) => {
    const name = el.textContent ?? '';
    return {
      ...emptyLead(),
      organization: name ? { value: name, src: 'adapter' as const, conf: 0.9 } : undefined,
    };
  };
  it('drops empty items and repeats, keeps page order', () => {
    const leads = readList(Array.from(doc.querySelectorAll('li')), read);
    expect(leads.map((l) => l.organization?.value)).toEqual(['a', 'b']);
    expect(itemKey(leads[0])).toBe('name:a|');
  });
  it('stops at the cap', () => {
    const many = Array.from({ length: MAX_LIST_ITEMS + 5 }, (_, i) => {
      const li = doc.createElement('li');
      li.textContent = `n${i}`;
      return li;
    });
    expect(readList(many, read)).toHaveLength(MAX_LIST_ITEMS);
  });
});
