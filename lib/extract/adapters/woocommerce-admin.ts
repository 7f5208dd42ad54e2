import type { CountryCode } from 'libphonenumber-js';
import type { DraftAddress } from '../types';
import { splitWesternAddress } from './kit/address';
import { hasContent, sellerLead, type BuyerRead } from './kit/lead';
import { first, textOf } from './kit/text';
import { email, found, isoDate, phoneValue } from './kit/values';
import type { SiteAdapter } from './types';

// WooCommerce's order screen in WordPress admin (post.php?post=N&action=edit, or admin.php?page=wc-orders&id=N with
// the newer order tables), on any shop's own domain. The order data box always holds three columns in this order:
// General (date, customer account), Billing, Shipping; each address column shows the formatted address (name first,
// lines broken by <br>) and then "Label: value" lines whose phone and e-mail are tel:/mailto: links. Read by position
// and links rather than by the labels' words, which WordPress translates. The billing person is the buyer; the
// shipping address is where the goods went. The WooCommerce customer id is unique only within its shop, so the
// platform id carries the shop's host.

const ORDER_BOX = ['#order_data']; // WC_Meta_Box_Order_Data's panel

/** The box's columns: each opens with its <h3> heading (General, Billing, Shipping). */
function columns(box: Element): Element[] {
  return Array.from(box.querySelectorAll('h3')).flatMap((h) => (h.parentElement ? [h.parentElement] : []));
}

/** A column's shown address: its first <div> (the hidden edit form is the second). */
function addressBlock(column: Element | undefined): Element | undefined {
  return column ? Array.from(column.children).find((c) => c.tagName === 'DIV') : undefined;
}

function detect(url: URL, doc: Document): string | null {
  if (!/\/wp-admin\/(?:post|admin)\.php$/.test(url.pathname)) return null;
  const box = first(doc, ORDER_BOX);
  return box && columns(box).length >= 3 ? 'order-detail' : null;
}

/**
 * A column's edit form (hidden until "Edit" is clicked) holds every part in its own named field: _billing_first_name,
 * _billing_address_1, _billing_city, _billing_state, _billing_postcode, _billing_country (an ISO code)… The exact
 * parts, in any admin language; the formatted address above it is read only when the form is missing.
 */
function formValue(column: Element | undefined, name: string): string | undefined {
  const el = column?.querySelector(`[name="${name}"]`);
  if (!el) return undefined;
  let raw: string | null | undefined;
  if (el.tagName === 'SELECT') raw = selectedOption(el)?.getAttribute('value');
  else {
    // The live value: WooCommerce's own script fills fields by property, not by attribute.
    const live = (el as HTMLInputElement).value;
    raw = typeof live === 'string' && live !== '' ? live : el.getAttribute('value');
  }
  return raw?.replace(/\s+/g, ' ').trim() || undefined;
}

/** The chosen option: marked in the markup, or (a list WooCommerce's script built and set) the live selection. */
function selectedOption(el: Element): Element | null | undefined {
  return el.querySelector('option[selected]') ?? (el as HTMLSelectElement).selectedOptions?.[0];
}

/**
 * The state as a person reads it. WooCommerce turns the field into a list of states once the page runs (its option
 * text is the name); the plain field holds WooCommerce's own code, readable for the US or Canada ("OR", "ON") but not
 * for China or Japan ("CN2", "JP13"), which is left out rather than stored.
 */
function stateValue(column: Element | undefined, name: string): string | undefined {
  const el = column?.querySelector(`[name="${name}"]`);
  if (el?.tagName === 'SELECT') {
    const opt = selectedOption(el);
    return opt?.getAttribute('value') ? opt.textContent?.trim() || undefined : undefined;
  }
  const v = formValue(column, name);
  return v && !/\d/.test(v) && v.length >= 2 ? v : undefined;
}

function fromForm(column: Element | undefined, part: 'billing' | 'shipping'): Party {
  const f = (k: string) => formValue(column, `_${part}_${k}`);
  const name = [f('first_name'), f('last_name')].filter(Boolean).join(' ') || undefined;
  const street = [f('address_1'), f('address_2')].filter(Boolean).join(', ') || undefined;
  const a: DraftAddress = {
    kind: part,
    street,
    city: f('city'),
    region: stateValue(column, `_${part}_state`),
    postcode: f('postcode'),
  };
  const country = f('country');
  if (country && /^[A-Z]{2}$/.test(country)) a.country = country;
  for (const k of Object.keys(a) as (keyof DraftAddress)[]) if (a[k] === undefined) delete a[k];
  return { name, address: street || a.city ? a : undefined, phone: f('phone'), email: f('email') };
}

interface Party {
  name?: string;
  address?: DraftAddress;
  phone?: string;
  email?: string;
}

/** The formatted address of a column as lines, without its "Label: value" paragraphs and "none set" note. */
function addressLines(column: Element | undefined): string[] {
  const p = addressBlock(column)?.querySelector('p');
  // No formatted address: the first paragraph is already a "Label: value" one ("Address: No billing address set.").
  if (!p || p.querySelector('strong')) return [];
  return textOf(p, true)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** "United States (US)" → the code (WooCommerce writes the UK as "(UK)": ISO says GB); other lines as they are. */
function withCountry(lines: string[]): { lines: string[]; country?: string } {
  const m = /^(.+?)\s*\(([A-Z]{2})\)$/.exec(lines[lines.length - 1] ?? '');
  return m ? { lines: [...lines.slice(0, -1), m[1]], country: m[2] === 'UK' ? 'GB' : m[2] } : { lines };
}

/** The formatted address, name first (the edit form was not on the page). */
function fromLines(column: Element | undefined, kind: DraftAddress['kind']): Party {
  const lines = addressLines(column);
  if (lines.length < 2) return {};
  const [name, ...rest] = lines;
  const c = withCountry(rest);
  const address = splitWesternAddress(c.lines, kind, c.country);
  if (c.country) address.country = c.country;
  return { name, address };
}

function linkValue(column: Element | undefined, scheme: 'tel:' | 'mailto:'): string | undefined {
  const href = addressBlock(column)?.querySelector(`a[href^="${scheme}"]`)?.getAttribute('href');
  if (!href) return undefined;
  try {
    return decodeURIComponent(href.slice(scheme.length));
  } catch {
    return href.slice(scheme.length);
  }
}

function party(column: Element | undefined, part: 'billing' | 'shipping'): Party {
  const form = fromForm(column, part);
  const shown = fromLines(column, part);
  return {
    name: form.name ?? shown.name,
    // The formatted address writes the state as a person reads it: it wins over the form's code.
    address: form.address
      ? { ...form.address, ...(shown.address?.region ? { region: shown.address.region } : {}) }
      : shown.address,
    phone: form.phone ?? linkValue(column, 'tel:'),
    email: form.email ?? linkValue(column, 'mailto:'),
  };
}

function extract(doc: Document, url: URL) {
  const box = first(doc, ORDER_BOX);
  if (!box || !detect(url, doc)) return [];
  const [general, billing, shipping] = columns(box);
  const host = url.hostname.replace(/^www\./i, '').toLowerCase();
  const billed = party(billing, 'billing');
  const shipped = party(shipping, 'shipping');
  // WooCommerce keeps the phone as typed; the address's country (absent when it is the shop's own) reads it.
  const country = [billed.address?.country, shipped.address?.country].find((c) => c && /^[A-Z]{2}$/.test(c));
  const b: BuyerRead = {
    name: billed.name ?? shipped.name,
    phone: phoneValue(billed.phone ?? shipped.phone, country as CountryCode | undefined),
    email: email(billed.email),
    address: shipped.address ?? billed.address,
  };
  // The customer's account, when the order has one (a guest order leaves the select empty).
  const account = general?.querySelector('select[name="customer_user"] option[selected]')?.getAttribute('value');
  if (account && /^\d+$/.test(account) && account !== '0') b.platformId = account;
  const heading = textOf(box.querySelector('h2'));
  const number = /#\s*([\w-]+)/.exec(heading)?.[1];
  const date = isoDate(general?.querySelector('input[name="order_date"]')?.getAttribute('value') ?? undefined);
  const order = number ? { number, ...(date ? { date } : {}), items: [] } : undefined;
  const lead = sellerLead('woocommerce-admin', host, b, order);
  // Goods sent elsewhere (a gift, an office): the buyer's own billing address is kept beside the shipping one.
  if (shipped.address && billed.address?.street && billed.address.street !== shipped.address.street)
    lead.addresses.push(found(billed.address, 'woocommerce-admin'));
  return [lead].filter(hasContent);
}

const adapter: SiteAdapter = {
  id: 'woocommerce-admin',
  name: 'WooCommerce admin',
  matches: [
    '*://*/wp-admin/post.php*',
    '*://*/wp-admin/admin.php*',
    '*://*/*/wp-admin/post.php*', // WordPress installed in a folder of the site
    '*://*/*/wp-admin/admin.php*',
  ],
  detect,
  extract,
  pageTypes: ['order-detail'],
  // The page also shows the shop's own details and other orders' notes: only the buyer is read.
  standalone: ['order-detail'],
};

export default adapter;
