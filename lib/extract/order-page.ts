import type { CountryCode } from 'libphonenumber-js';
import { defineSellerAdapter, type SellerSpec } from './adapters/kit/seller';
import type { AdapterRun } from './run-adapters';
import type { DraftLead } from './types';
import { emptyLead } from './types';

// An order page of a shop back end that no site adapter knows (a smaller marketplace, a self-hosted shop, an ERP):
// recognised by what it shows, an order number and a buyer or consignee under their usual labels, and read with the
// seller kit. Without it the page's headings ("买家信息") became the card's name and the seller's own service phone
// joined the buyer's card. Anything less than both labels is left to the generic layers.

/** Shown by the popup as the reader's name (adapterMessages `site.order-page`). */
export const ORDER_PAGE_ID = 'order-page';

type Fields = SellerSpec['fields'];
interface Style {
  labels: SellerSpec['pages'][number]['labels'];
  buyer: NonNullable<SellerSpec['buyer']>;
  fields: Fields;
  addressStyle: SellerSpec['addressStyle'];
  country?: CountryCode;
}

const ZH: Style = {
  labels: [
    ['订单编号', '订单号', '订单号码'],
    ['收货人', '收件人', '收货地址', '收货信息', '收件地址'],
  ],
  buyer: { headings: ['买家信息', '收货信息', '收货人信息', '收件人信息', '客户信息', '收货地址'] },
  fields: {
    orderNo: ['订单编号', '订单号', '订单号码'],
    date: ['下单时间', '创建时间', '成交时间', '付款时间'],
    amount: ['实付款', '实收款', '买家实付', '实付金额', '订单金额', '应付金额'],
    platformId: ['买家昵称', '买家账号', '买家会员名', '会员名', '买家'],
    name: ['收货人', '收件人', '客户姓名'],
    phone: ['手机号码', '手机', '联系电话', '收货人电话', '电话'],
    email: ['邮箱', '电子邮箱'],
    address: ['详细地址'],
    // Written either as the address alone or, Taobao style, "name，phone，address，postcode" in one value.
    consignee: ['收货地址', '收件地址', '收货信息'],
  },
  addressStyle: 'cn',
  country: 'CN',
};

const EN: Style = {
  labels: [
    ['Order ID', 'Order number', 'Order No.', 'Order No', 'Order #'],
    ['Ship to', 'Shipping address', 'Delivery address', 'Recipient', 'Buyer name', 'Customer name'],
  ],
  buyer: {
    headings: ['Buyer information', 'Customer information', 'Customer', 'Buyer', 'Ship to', 'Shipping address'],
  },
  fields: {
    orderNo: ['Order ID', 'Order number', 'Order No.', 'Order No', 'Order #'],
    date: ['Order date', 'Date ordered', 'Order placed', 'Placed on', 'Purchase date'],
    amount: ['Order total', 'Grand total', 'Total paid', 'Amount paid', 'Total'],
    platformId: ['Buyer username', 'Buyer ID', 'Customer ID', 'Username'],
    name: ['Buyer name', 'Customer name', 'Recipient'],
    phone: ['Phone', 'Phone number', 'Telephone', 'Mobile'],
    email: ['Email', 'E-mail', 'Email address'],
    shipTo: ['Ship to', 'Shipping address', 'Delivery address'],
  },
  addressStyle: 'western',
};

function reader(style: Style, url: URL, region: CountryCode | undefined) {
  return defineSellerAdapter({
    id: ORDER_PAGE_ID,
    name: ORDER_PAGE_ID,
    matches: [],
    pages: [{ type: 'order-detail', path: /(?:)/, labels: style.labels }],
    // The shop's own name for its buyers is unknown: the host keeps one shop's member ids apart from another's.
    platform: url.hostname.replace(/^www\./i, '').toLowerCase() || 'web',
    country: style.country ?? region,
    addressStyle: style.addressStyle,
    buyer: style.buyer,
    fields: style.fields,
  });
}

// Signs read off the page's own lines before any label index is built (this runs on every page no adapter claims):
// an order number with a digit in it, and a consignee or buyer label. A help or returns page that explains what to
// write ("订单号：请填写您的订单号") shows the labels but no number.
/** The style's labels as one alternation, longest first, spaces optional ("Order #" also reads "Order#"). */
function alternation(labels: readonly string[]): string {
  return [...labels]
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'))
    .join('|');
}
// The order label followed by a number (or nothing: the number is on the next line), anywhere in the line
// ("Ordered on December 21, 2018 Order# 112-0399923-3070642"); the buyer label opening a line.
const orderLine = (st: Style) =>
  new RegExp(`(?:^|\\s)(?:${alternation(st.labels[0])})\\s*[:：#]?\\s*#?\\s*(?:[A-Za-z]{0,3}-?\\d|$)`, 'i');
const buyerLine = (st: Style) => new RegExp(`^(?:${alternation(st.labels[1])})(?![A-Za-z])`, 'i');
const ORDER_LINE = { zh: orderLine(ZH), en: orderLine(EN) };
const BUYER_LINE = { zh: buyerLine(ZH), en: buyerLine(EN) };
const STARTS_WITH_NUMBER = /^#?\s*[A-Za-z]{0,3}-?\d/;
/** Pages about orders rather than of one (a return or support screen of one order is still an order page). */
const NOT_AN_ORDER_PATH = /\/(?:help|faqs?|contact(?:-us)?|guide)(?:[/._-]|$)/i;
/** Placeholder or instruction text where a name should be: "请填写收货人姓名", "as on the order", "Name:". */
const NOT_A_NAME = /[:：]|^(?:请|填写|输入)|^(?:please|enter|your|as on|the)\b/i;

function styleOf(lines: readonly string[]): 'zh' | 'en' | null {
  for (const style of ['zh', 'en'] as const) {
    let order = false;
    let buyer = false;
    for (let i = 0; i < lines.length && i < 5000 && !(order && buyer); i++) {
      const l = lines[i].trim();
      const m = ORDER_LINE[style].exec(l);
      // "订单编号：3916…" has its digit in the match; a label on its own line (<dt>订单编号</dt><dd>3916…</dd>) has
      // the number on the next line.
      if (m)
        order ||=
          /\d/.test(m[0]) || (m[0].length === l.length - m.index && STARTS_WITH_NUMBER.test(lines[i + 1] ?? ''));
      buyer ||= BUYER_LINE[style].test(l);
    }
    if (order && buyer) return style;
  }
  return null;
}

/**
 * The buyer of an order page no site adapter claimed, or null when the page does not look like one. `lines` are
 * the page's lines as the walker read them.
 */
export function readOrderPage(
  doc: Document,
  url: string,
  lines: readonly string[],
  region?: CountryCode,
): AdapterRun | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (NOT_AN_ORDER_PATH.test(u.pathname)) return null;
  const style = styleOf(lines);
  if (!style) return null;
  const r = reader(style === 'zh' ? ZH : EN, u, region);
  if (!r.detect(u, doc)) return null;
  const leads = r
    .extract(doc, u)
    .map((p) => ({ ...emptyLead(p.kind ?? 'person'), ...p }) as DraftLead)
    .filter((l) => l.persons.length || l.phones.length || l.addresses.length || l.emails.length);
  // An order page has an order with a number, and a buyer whose name (when read) is a name, not an instruction.
  const lead = leads[0];
  const name = lead?.persons[0]?.value.name ?? '';
  if (!lead || !lead.orders?.length || (name && (NOT_A_NAME.test(name.trim()) || name.length > 40))) return null;
  return { info: { id: ORDER_PAGE_ID, pageType: 'order-detail', recognised: true }, leads, standalone: true };
}
