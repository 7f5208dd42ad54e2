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
    address: ['收货地址', '收件地址', '详细地址'],
    consignee: ['收货信息'],
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

/** The buyer of an order page no site adapter claimed, or null when the page does not look like one. */
export function readOrderPage(doc: Document, url: string, region?: CountryCode): AdapterRun | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  for (const style of [ZH, EN]) {
    const r = reader(style, u, region);
    if (!r.detect(u, doc)) continue;
    const leads = r
      .extract(doc, u)
      .map((p) => ({ ...emptyLead(p.kind ?? 'person'), ...p }) as DraftLead)
      .filter((l) => l.persons.length || l.phones.length || l.addresses.length || l.emails.length);
    // Recognised but no buyer read: the generic layers do better than an empty card.
    if (!leads.length) return null;
    return { info: { id: ORDER_PAGE_ID, pageType: 'order-detail', recognised: true }, leads, standalone: true };
  }
  return null;
}
