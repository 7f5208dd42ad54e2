import type { Budget } from '../budget';
import { MAX_THINGS, textOf, type Thing } from './thing';

// h-card / hCard (v1 vcard) and h-adr / adr read into schema.org-like things (Person or Organization with a
// PostalAddress), following the microformats2 parsing rules where they matter for contacts: property classes,
// value-class pattern, implied name, <abbr title>, <a href>, <img alt>.

const CARD = /(?:^|\s)(?:h-card|vcard)(?:\s|$)/;
const ADR = /(?:^|\s)(?:h-adr|adr|p-adr)(?:\s|$)/;

type PropMap = Record<string, string[]>;

const PROPS: Record<string, string> = {
  'p-name': 'name',
  fn: 'name',
  'p-org': 'org',
  org: 'org',
  'organization-name': 'org',
  'p-given-name': 'given',
  'given-name': 'given',
  'p-family-name': 'family',
  'family-name': 'family',
  'p-additional-name': 'additional',
  'additional-name': 'additional',
  'p-honorific-prefix': 'prefix',
  'honorific-prefix': 'prefix',
  'p-tel': 'tel',
  tel: 'tel',
  'u-email': 'email',
  email: 'email',
  'p-email': 'email',
  'p-job-title': 'title',
  title: 'title',
  'p-role': 'role',
  role: 'role',
  'u-url': 'url',
  url: 'url',
  'p-street-address': 'street',
  'street-address': 'street',
  'p-extended-address': 'ext',
  'extended-address': 'ext',
  'p-locality': 'city',
  locality: 'city',
  'p-region': 'region',
  region: 'region',
  'p-postal-code': 'postcode',
  'postal-code': 'postcode',
  'p-country-name': 'country',
  'country-name': 'country',
  'p-post-office-box': 'pobox',
  'post-office-box': 'pobox',
  fax: 'fax',
};

export function readMicroformats(doc: Document, budget?: Budget): Thing[] {
  const roots = Array.from(doc.querySelectorAll('.h-card, .vcard, .h-adr, .adr, .p-adr'));
  const inside = new Set<Element>();
  const out: Thing[] = [];
  const count = { n: 0 };
  for (const root of roots.slice(0, 500)) {
    if (inside.has(root)) continue;
    if (count.n > MAX_THINGS * 25 || (budget && !budget.ok())) break;
    const cls = root.getAttribute('class') || '';
    const props = readProps(root, inside, count);
    if (CARD.test(cls)) out.push(card(root, props));
    else out.push({ '@type': 'PostalAddress', ...addressOf(props), name: first(props.name) });
  }
  return out;
}

/** Property values of one root, not descending into nested roots other than adr (whose parts belong to it). */
function readProps(root: Element, inside: Set<Element>, count: { n: number }): PropMap {
  const props: PropMap = {};
  const stack = Array.from(root.children).reverse();
  // One node budget for the whole page, shared by every card: many large cards cannot add up to a long run.
  while (stack.length && count.n++ < MAX_THINGS * 25) {
    const el = stack.pop()!;
    const cls = (el.getAttribute('class') || '').toLowerCase();
    const nestedCard = CARD.test(cls);
    if (nestedCard) inside.add(el);
    for (const c of cls.split(/\s+/)) {
      const key = PROPS[c];
      if (!key || nestedCard) continue;
      (props[key] ??= []).push(valueOf(el, key));
    }
    if (ADR.test(cls)) inside.add(el);
    if (nestedCard) continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return props;
}

/** Descendants with class "value" (value-class pattern), looking at a bounded number of nodes. */
function valueParts(el: Element): Element[] {
  const out: Element[] = [];
  const stack = Array.from(el.children);
  for (let n = 0; stack.length && n < 100; n++) {
    const c = stack.pop()!;
    if (/(?:^|\s)value(?:\s|$)/.test(c.getAttribute('class') || '')) out.unshift(c);
    else for (let i = 0; i < c.children.length; i++) stack.push(c.children[i]);
  }
  return out;
}

function valueOf(el: Element, key: string): string {
  // Value-class pattern: <span class="tel"><span class="type">work</span> <span class="value">…</span></span>
  const values = valueParts(el);
  if (values.length) return values.map((v) => v.getAttribute('title') || textOf(v)).join('');
  const tag = el.localName;
  if (tag === 'abbr' && el.getAttribute('title')) return el.getAttribute('title')!;
  if ((key === 'email' || key === 'url' || key === 'tel') && (tag === 'a' || tag === 'area')) {
    const href = el.getAttribute('href') || '';
    if (href) return href;
  }
  if (tag === 'img' || tag === 'area') return el.getAttribute('alt') || '';
  if (tag === 'data' && el.getAttribute('value')) return el.getAttribute('value')!;
  return textOf(el);
}

const first = (v?: string[]) => v?.find((x) => x.trim())?.trim();

function addressOf(p: PropMap) {
  const street = [first(p.street), first(p.ext)].filter(Boolean).join(', ');
  return {
    streetAddress: street || undefined,
    addressLocality: first(p.city),
    addressRegion: first(p.region),
    postalCode: first(p.postcode),
    addressCountry: first(p.country),
    postOfficeBoxNumber: first(p.pobox),
  };
}

const MF_ROOT = /(?:^|\s)(?:h-[a-z]+(?:-[a-z]+)*|vcard|adr)(?:\s|$)/;
/** An img/area's alt or an abbr's title: the name such an element stands for. */
function named(el: Element | null): string | undefined {
  if (!el || MF_ROOT.test(el.getAttribute('class') || '')) return undefined;
  const tag = el.localName;
  if ((tag === 'img' || tag === 'area') && el.hasAttribute('alt')) return el.getAttribute('alt')!;
  if (tag === 'abbr' && el.hasAttribute('title')) return el.getAttribute('title')!;
  return undefined;
}
const onlyChild = (el: Element) => (el.children.length === 1 ? el.children[0] : null);

/**
 * The microformats2 implied name, when nothing names the card: the root's own alt/title, an only child's (or
 * only grandchild's) image alt or abbr title, else the root's text; none when the card holds a nested card.
 */
function impliedName(root: Element): string {
  const tag = root.localName;
  if ((tag === 'img' || tag === 'area') && root.hasAttribute('alt')) return root.getAttribute('alt')!;
  if (tag === 'abbr' && root.hasAttribute('title')) return root.getAttribute('title')!;
  const child = onlyChild(root);
  const viaChild =
    named(child) ?? (child && !MF_ROOT.test(child.getAttribute('class') || '') ? named(onlyChild(child)) : undefined);
  if (viaChild !== undefined) return viaChild;
  for (let i = 0, all = root.getElementsByTagName('*'); i < all.length && i < 500; i++)
    if (MF_ROOT.test(all[i].getAttribute('class') || '')) return '';
  return textOf(root, 200);
}

function card(root: Element, p: PropMap): Thing {
  let name = first(p.name);
  if (!name && (p.given || p.family))
    name = [first(p.given), first(p.additional), first(p.family)].filter(Boolean).join(' ');
  // Classic hCard (vcard) roots imply nothing: their fn is required (microformats2 backward-compatible parsing).
  if (!name && /(?:^|\s)h-card(?:\s|$)/.test(root.getAttribute('class') || '')) name = impliedName(root);
  const org = first(p.org);
  // An h-card names a person or an organisation; microformats parsers report both as the card's name, and the
  // org property separately, so the card stays a Person with worksFor.
  const isOrg = false;
  const adr = addressOf(p);
  const thing: Thing = {
    '@type': isOrg ? 'Organization' : 'Person',
    name,
    telephone: p.tel,
    faxNumber: p.fax,
    email: p.email,
    jobTitle: first(p.title) ?? first(p.role),
    url: p.url,
  };
  if (Object.values(adr).some(Boolean)) thing.address = { '@type': 'PostalAddress', ...strip(adr) };
  if (org) thing.worksFor = { '@type': 'Organization', name: org };
  return strip(thing) as Thing;
}

function strip<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
