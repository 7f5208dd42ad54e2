import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract';
import { adapters } from '../../../lib/extract/adapters/registry';
import type { SiteAdapter } from '../../../lib/extract/adapters/types';
import { runAdapters } from '../../../lib/extract/run-adapters';
import { fixtures, parse, project } from '../adapters/support';

// The pipeline and standalone page types: on a seller's order page or a list page the adapter's leads are the
// whole answer (the generic layers must not add the seller's own phone, or another item's phone, to them); on any
// other page type the generic layers still fill what the adapter did not read.

const all = fixtures();
const page = (id: string, name: string) => all.find((f) => f.id === id && f.name === name)!;
const run = (id: string, name: string, extra = '') => {
  const f = page(id, name);
  const html = extra ? f.html.replace('</body>', `${extra}</body>`) : f.html;
  return extractPage(parse(html, f.expected.url), f.expected.url);
};
const phones = (r: ReturnType<typeof extractPage>) => r.leads.flatMap((l) => l.phones.map((p) => p.value));

describe('standalone adapter page types in the pipeline', () => {
  it("keeps the seller's own return phone and address off the buyer's card (Taobao order detail)", () => {
    const r = run('taobao-seller', 'order-detail');
    expect(r.adapter).toMatchObject({ id: 'taobao-seller', pageType: 'order-detail', recognised: true });
    expect(r.leads).toHaveLength(1);
    expect(phones(r)).toEqual(['86-138****5678']);
    expect(r.leads[0].addresses.map((a) => a.value.district)).toEqual(['西湖区']);
  });

  it('the same page at a URL no adapter claims is still read as an order page, seller phone left out', () => {
    const f = page('taobao-seller', 'order-detail');
    const r = extractPage(parse(f.html, 'https://shop.example.cn/order'), 'https://shop.example.cn/order');
    expect(r.adapter).toMatchObject({ id: 'order-page', recognised: true });
    expect(phones(r)).not.toContain('+8657188886666');
  });

  it('the page without its order labels, read by the generic layers, does find the seller phone (so the tests above can fail)', () => {
    const f = page('taobao-seller', 'order-detail');
    const html = f.html.replaceAll('订单编号', '编号').replaceAll('订单号', '编号');
    const r = extractPage(parse(html, 'https://shop.example.cn/order'), 'https://shop.example.cn/order');
    expect(r.adapter).toBeUndefined();
    expect(phones(r)).toContain('+8657188886666');
  });

  it('gives every list item only its own values (Yellow Pages search, page-wide phone added)', () => {
    const r = run('yellowpages', 'search', '<footer>Call our help desk: (608) 555-0100</footer>');
    const f = page('yellowpages', 'search');
    expect(r.leads.map(project)).toEqual(f.expected.leads);
    expect(phones(r)).not.toContain('+16085550100');
  });

  it('every standalone fixture page yields exactly the adapter leads', () => {
    let checked = 0;
    for (const f of all) {
      const a = adapters.find((x) => x.id === f.id)!;
      if (!a.standalone?.includes(f.expected.pageType)) continue;
      const r = extractPage(parse(f.html, f.expected.url), f.expected.url);
      expect(r.leads.map(project), `${f.id}/${f.name}`).toEqual(f.expected.leads);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('still lets the generic layers fill a profile page (not standalone)', () => {
    const r = run('kompass', 'company', '<p>Write to sales@durand-mecanique.example for quotes.</p>');
    expect(r.adapter?.pageType).toBe('supplier-profile');
    expect(r.leads[0].organization?.value).toBe('Ateliers Durand Mécanique');
    expect(r.leads[0].emails.map((e) => e.value)).toContain('sales@durand-mecanique.example');
  });
});

describe('runAdapters standalone flag', () => {
  const fake = (standalone?: string[], leads = 1): SiteAdapter => ({
    id: 'fake',
    name: 'Fake',
    matches: ['*://fake.example/*'],
    detect: (u) => u.pathname.slice(1) || null,
    extract: () => Array.from({ length: leads }, () => ({ kind: 'company' as const })),
    standalone,
  });
  const doc = parse('<p>x</p>');
  it('is true only for a declared page type that gave leads', () => {
    expect(runAdapters([fake(['list'])], doc, 'https://fake.example/list')?.standalone).toBe(true);
    expect(runAdapters([fake(['list'])], doc, 'https://fake.example/profile')?.standalone).toBe(false);
    expect(runAdapters([fake()], doc, 'https://fake.example/list')?.standalone).toBe(false);
    expect(runAdapters([fake(['list'], 0)], doc, 'https://fake.example/list')?.standalone).toBe(false);
    expect(runAdapters([fake(['list'])], doc, 'https://fake.example/')).toMatchObject({
      info: { recognised: false },
      standalone: false,
    });
  });
});
