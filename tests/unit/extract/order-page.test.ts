import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORDER_PAGE_ID } from '../../../lib/extract/order-page';
import type { DraftLead } from '../../../lib/extract/types';
import { extractHtml } from './helpers';

// An order page of a shop no site adapter knows is read by its labels: the buyer becomes the card, and the
// seller's own details on the same page stay out of it. Pages below are written for the tests.

const DEMO_ORDER = path.resolve(__dirname, '../../fixtures/demo/order-zh.html');
const v = <T>(xs: { value: T }[]) => xs.map((x) => x.value);

const EN_ORDER = `<!doctype html><html lang="en"><head><title>Order #10482 · Admin · Fernleaf Tea Co.</title></head><body>
<!-- written for the tests: an English order page of a small self-hosted shop -->
<header>Fernleaf Tea Co. · Admin</header>
<main>
  <h1>Order details</h1>
  <dl><dt>Order number</dt><dd>10482</dd><dt>Order date</dt><dd>2026-11-02</dd><dt>Order total</dt><dd>$86.40</dd></dl>
  <section><h2>Customer</h2>
    <dl>
      <dt>Customer name</dt><dd>Hannah Lindqvist</dd>
      <dt>Email</dt><dd><a href="mailto:hannah.lindqvist@example.org">hannah.lindqvist@example.org</a></dd>
      <dt>Phone</dt><dd>(415) 555-0134</dd>
      <dt>Ship to</dt><dd>Hannah Lindqvist<br>742 Alder Street<br>Portland, OR 97205<br>United States</dd>
    </dl>
  </section>
  <section><h2>Store</h2><p>Fernleaf Tea Co., 18 Harbor Road, Seattle, WA 98101 · Support: (206) 555-0188 ·
  help@fernleaf.example.com</p></section>
</main></body></html>`;

function only(leads: DraftLead[]): DraftLead {
  expect(leads).toHaveLength(1);
  return leads[0];
}

describe('order pages of shops without a site adapter', () => {
  it('reads the buyer block of a Chinese seller centre page, not its headings or the seller’s phone', () => {
    const r = extractHtml(fs.readFileSync(DEMO_ORDER, 'utf8'), 'https://shop.example.cn/trade/order/3916');
    expect(r.adapter).toEqual({ id: ORDER_PAGE_ID, pageType: 'order-detail', recognised: true });
    const lead = only(r.leads);
    expect(lead.kind).toBe('person');
    expect(lead.organization).toBeUndefined();
    expect(v(lead.persons).map((p) => p.name)).toEqual(['张伟']);
    expect(v(lead.phones)).toEqual(['+8613812345678']);
    const [addr] = v(lead.addresses);
    expect(addr).toMatchObject({ region: '浙江省', city: '杭州市', postcode: '310012' });
    expect(addr.street).toMatch(/^文三路 90 号/);
    // The shop's own member id, kept apart from another shop's by the host.
    expect(v(lead.platformIds ?? [])).toEqual(['shop.example.cn:茶香小筑2019']);
    // Digits grouped for reading are one order number.
    expect(v(lead.orders ?? [])[0]).toMatchObject({ number: '3916278055126688001' });
  });

  it('reads an English order page’s customer and ship-to block, leaving out the store’s own details', () => {
    const r = extractHtml(EN_ORDER, 'https://admin.fernleaf.example.com/orders/10482');
    expect(r.adapter?.id).toBe(ORDER_PAGE_ID);
    const lead = only(r.leads);
    expect(v(lead.persons).map((p) => p.name)).toEqual(['Hannah Lindqvist']);
    expect(v(lead.phones)).toEqual(['+14155550134']);
    expect(v(lead.emails)).toEqual(['hannah.lindqvist@example.org']);
    expect(v(lead.addresses)[0]).toMatchObject({ street: '742 Alder Street', city: 'Portland', postcode: '97205' });
    expect(v(lead.orders ?? [])[0]).toMatchObject({ number: '10482' });
    const all = JSON.stringify(r.leads);
    expect(all).not.toContain('2065550188');
    expect(all).not.toContain('help@fernleaf');
    expect(all).not.toContain('Harbor Road');
  });

  it('leaves a page without both an order number and a buyer to the generic layers', () => {
    const html = `<html><head><title>Contact | Acme Valves Ltd.</title></head><body>
      <!-- written for the tests: a company page that mentions orders -->
      <h1>Acme Valves Ltd.</h1><p>Order number: quote it when you call.</p>
      <p>Tel: +44 20 7946 0123</p><p>Email: sales@acme-valves.example.co.uk</p></body></html>`;
    const r = extractHtml(html, 'https://acme-valves.example.co.uk/contact');
    expect(r.adapter).toBeUndefined();
    expect(r.leads[0].organization?.value).toBe('Acme Valves Ltd.');
    expect(v(r.leads[0].phones)).toEqual(['+442079460123']);
  });

  it('leaves a returns page that explains what to fill in to the generic layers (labels, no order)', () => {
    const html = `<html lang="zh-CN"><head><title>退换货说明 - 杭州某某家居有限公司</title></head><body>
      <!-- written for the tests: a shop's returns instructions with the order form's labels -->
      <h1>退换货说明</h1><p>订单号：请填写您的订单号</p><p>收货人：请填写收货人姓名</p>
      <p>售后电话：0571-8888 6666</p><p>地址：浙江省杭州市余杭区文一西路 969 号</p>
      <p>© 2026 杭州某某家居有限公司</p></body></html>`;
    const r = extractHtml(html, 'https://shop.example.cn/page/after-sale');
    expect(r.adapter).toBeUndefined();
    expect(r.leads[0].organization?.value).toBe('杭州某某家居有限公司');
    expect(v(r.leads[0].phones)).toContain('+8657188886666');
  });

  it('leaves an English contact page that asks for the order number to the generic layers', () => {
    const html = `<html><head><title>Contact | Fernleaf Tea Co.</title></head><body>
      <!-- written for the tests -->
      <h1>Contact Fernleaf Tea Co.</h1><p>Order number: as on your receipt</p>
      <p>Recipient: the name as on the order</p><p>Phone: (206) 555-0188</p>
      <p>Email: help@fernleaf.example.com</p></body></html>`;
    const r = extractHtml(html, 'https://fernleaf.example.com/pages/questions');
    expect(r.adapter).toBeUndefined();
    expect(v(r.leads[0].phones)).toEqual(['+12065550188']);
    expect(r.leads[0].persons.map((p) => p.value.name)).not.toContain('the name as on the order');
  });

  it('falls back to the generic layers when the labels are there but no buyer can be read', () => {
    const html = `<html><body><!-- written for the tests -->
      <p>订单编号：20261120001</p><p>收货人：</p><p>客服电话：0571-8702 3456</p></body></html>`;
    const r = extractHtml(html, 'https://shop.example.cn/o/1');
    expect(r.adapter).toBeUndefined();
    expect(r.leads.flatMap((l) => v(l.phones))).toContain('+8657187023456');
  });
});
