import type { CountryCode } from 'libphonenumber-js';
import type { ImKind } from '../../../card/schema';
import type { DraftAddress, DraftLead } from '../../types';
import type { SiteAdapter } from '../types';
import { splitChineseAddress, splitWesternAddress } from './address';
import { readItems, type ItemSpec } from './items';
import { labelIndex, type LabelIndex } from './labels';
import { hasContent, sellerLead, type BuyerRead } from './lead';
import { block, detectPage, isList, type Labels, type PageRule, type Sel } from './page';
import { readList } from '../list';
import { all, first, textOf } from './text';
import { email, isMasked, isoDate, money, phoneValue } from './values';

// A seller back end's order pages, described rather than coded: which labels name the order number, the buyer,
// the phone and the address, and where the buyer's block is. The same reading serves one order (order-detail)
// and every row of an order list.

export interface SellerSpec {
  id: string;
  name: string;
  matches: string[];
  pages: PageRule[];
  /** Prefix of platform ids (`taobao:nick`) and the order's platform. */
  platform: string;
  country?: CountryCode;
  currency?: string;
  addressStyle: 'cn' | 'western';
  /** The buyer's block; the whole page (or list item) when not found. */
  buyer?: { selectors?: Sel; headings?: Labels };
  fields: {
    orderNo: Labels;
    date?: Labels;
    amount?: Labels;
    name?: Labels;
    /** Buyer nick or member id on the platform. */
    platformId?: Labels;
    phone?: Labels;
    email?: Labels;
    address?: Labels;
    /** "Ship to": name on the first line, then the address lines. */
    shipTo?: Labels;
    /** Taobao style "张三，86-138****5678，浙江省 杭州市 … ，310012" in one value. */
    consignee?: Labels;
  };
  /** The platform id is also this IM handle (Taobao/1688 nick → Aliwangwang). */
  idIsIm?: ImKind;
  /** Buyer id from the URL when the page shows none (Shopify `/customers/123`). */
  idFromUrl?: RegExp;
  /** Buyer id from a link's href in the buyer's block (Shopify's customer link on an order). */
  idFromLink?: RegExp;
  /** Order number / date by hooks, for back ends that show them without a label (Shopify's "#1001" title). */
  orderNoFrom?: Sel;
  dateFrom?: Sel;
  /** Buyer name by hooks, in the buyer's block first (Shopify's customer link, a customer page's title). */
  nameFrom?: Sel;
  items?: ItemSpec;
}

function address(spec: SellerSpec, raw: string | undefined): DraftAddress | undefined {
  if (!raw) return undefined;
  return spec.addressStyle === 'cn'
    ? splitChineseAddress(raw, 'shipping')
    : splitWesternAddress(raw.split('\n'), 'shipping', spec.country);
}

/** "张三，86-138****5678，浙江省 杭州市 西湖区 文三路 90号，310012" → name, phone, address. */
function consignee(spec: SellerSpec, raw: string, b: BuyerRead): void {
  const parts = raw.split(/\s*[，,]\s*/).filter(Boolean);
  const rest: string[] = [];
  for (const p of parts) {
    const looksPhone = /^[+\d\s()*-]{7,}$/.test(p) && /\d{3}/.test(p);
    // A masked number stays exactly as shown; a clear one is parsed ("86-138…" is the country code written so).
    const phone = !looksPhone ? undefined : isMasked(p) ? p : phoneValue(p.replace(/^86-/, '+86 '), spec.country);
    if (phone) b.phone ??= phone;
    else if (!b.name && !rest.length && !/\d/.test(p)) b.name = p;
    else rest.push(p);
  }
  if (rest.length) b.address = address(spec, rest.join(' '));
}

function linkId(root: ParentNode, re: RegExp | undefined): string | undefined {
  if (!re) return undefined;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const m = re.exec(a.getAttribute('href') ?? '');
    if (m) return m[1];
  }
  return undefined;
}

function readOne(spec: SellerSpec, scope: ParentNode, url: URL): DraftLead {
  const page = labelIndex(scope);
  const buyerEl = block(scope, spec.buyer?.selectors, spec.buyer?.headings, page);
  const idx: LabelIndex = buyerEl ? labelIndex(buyerEl) : page;
  const get = (l?: Labels, lines = false) => (l ? (idx.get(l, lines) ?? page.get(l, lines)) : undefined);
  // Once the buyer's block is found, the buyer's contact fields come from it alone: the page also shows the
  // seller's own return address and phone under the same labels.
  const mine = (l?: Labels, lines = false) => (l ? idx.get(l, lines) : undefined);
  const f = spec.fields;
  const b: BuyerRead = {};
  b.name = mine(f.name);
  // The nick cell often carries a "contact me" link after the nick: the id is the first word.
  const id =
    get(f.platformId)?.split(/\s/)[0] ??
    (spec.idFromUrl ? spec.idFromUrl.exec(url.pathname)?.[1] : undefined) ??
    linkId(buyerEl ?? scope, spec.idFromLink);
  if (id) {
    b.platformId = id;
    if (spec.idIsIm) b.im = { kind: spec.idIsIm, value: id };
  }
  b.phone = phoneValue(mine(f.phone), spec.country);
  b.email = email(mine(f.email));
  const shipTo = mine(f.shipTo, true);
  if (shipTo) {
    const [first, ...lines] = shipTo.split('\n');
    b.name ??= first;
    // A phone line under the address (Shopify, eBay) is the buyer's phone, not part of the address.
    const phoneLine = lines.findIndex((l) => /^(?:phone:?\s*)?\+?[\d\s().*-]{7,}$/i.test(l));
    if (phoneLine >= 0) b.phone ??= phoneValue(lines.splice(phoneLine, 1)[0].replace(/^phone:?\s*/i, ''), spec.country);
    b.address = address(spec, lines.join('\n'));
  }
  const cons = mine(f.consignee);
  if (cons) consignee(spec, cons, b);
  b.address ??= address(spec, mine(f.address, spec.addressStyle === 'western'));
  // mailto:/tel: links are semantic hooks: used when no label gave the value.
  const links = buyerEl ?? scope;
  b.email ??= email(links.querySelector('a[href^="mailto:"]')?.getAttribute('href'));
  b.phone ??= phoneValue(links.querySelector('a[href^="tel:"]')?.getAttribute('href')?.slice(4), spec.country);
  b.name ??= textOf(first(links, spec.nameFrom ?? [])) || undefined;
  const numberText = get(f.orderNo) ?? textOf(first(scope, spec.orderNoFrom ?? []));
  const bare = numberText?.replace(/^(?:order\s*)?#\s*/i, '').trim();
  // Digits grouped for reading ("3916 2780 5512 6688 001") are one number; otherwise the first word (a "复制" or
  // "copy" button follows the number on many back ends).
  const raw = bare && /^\d[\d \u00a0]*\d$/.test(bare) ? bare.replace(/[ \u00a0]/g, '') : bare?.split(/\s/)[0];
  // An order number has digits; a heading without any is something else (a customer page's name).
  const number = raw && /\d/.test(raw) ? raw : undefined;
  const { amount, currency } = money(get(f.amount), spec.currency);
  const order = number
    ? {
        number,
        date: isoDate(get(f.date) ?? textOf(first(scope, spec.dateFrom ?? []))),
        amount,
        currency,
        items: readItems(scope, spec.items),
      }
    : undefined;
  if (order) for (const k of ['date', 'amount', 'currency'] as const) if (order[k] === undefined) delete order[k];
  return sellerLead(spec.id, spec.platform, b, order);
}

export function defineSellerAdapter(spec: SellerSpec): SiteAdapter {
  return {
    id: spec.id,
    name: spec.name,
    matches: spec.matches,
    detect: (url, doc) => detectPage(spec.pages, url, doc)?.type ?? null,
    pageTypes: [...new Set(spec.pages.map((p) => p.type))],
    // Every back-end page also shows the seller's own details: nothing from the generic layers joins the buyer.
    standalone: spec.pages.map((p) => p.type),
    extract(doc, url) {
      const rule = detectPage(spec.pages, url, doc);
      if (!rule) return [];
      if (!isList(rule.type) || !rule.items) return [readOne(spec, doc.body ?? doc, url)].filter(hasContent);
      return readList(all(doc, rule.items), (el) => readOne(spec, el, url));
    },
  };
}
