import type { CountryCode } from 'libphonenumber-js';
import type { ImKind } from '../../../card/schema';
import type { DraftAddress, DraftLead, DraftPerson } from '../../types';
import type { SiteAdapter } from '../types';
import { splitChineseAddress, splitWesternAddress } from './address';
import { labelIndex, type LabelIndex } from './labels';
import { companyLead, hasContent, type CompanyRead } from './lead';
import { block, detectPage, isList, type Labels, type PageRule, type Sel } from './page';
import { readList } from '../list';
import { all, first, ownText, textOf } from './text';
import { email, phoneValue, splitList, website, yearOrDate } from './values';

// A B2B directory's company pages and search results, described by the labels the site shows ("Business Type",
// "主营产品", "Contact Person"…) and a few hooks for the company name. Profile and contact block are read the same
// way; on a results page every item is read as its own small page.

type FieldLabels = Partial<
  Record<
    | 'organization'
    | 'contact'
    | 'title'
    | 'department'
    | 'phone'
    | 'mobile'
    | 'fax'
    | 'email'
    | 'website'
    | 'address'
    | 'city'
    | 'postcode'
    | 'country'
    | 'businessType'
    | 'mainProducts'
    | 'founded'
    | 'staff'
    | 'certifications'
    | 'industry'
    | 'ownership'
    | 'creditCode'
    | ImKind,
    Labels
  >
>;

export interface DirectorySpec {
  id: string;
  name: string;
  matches: string[];
  pages: PageRule[];
  /** Member id prefix (`alibaba:company-id`), read from the URL by `idFromUrl`. */
  platform?: string;
  idFromUrl?: RegExp;
  country?: CountryCode;
  addressStyle: 'cn' | 'western';
  /** Company name by hooks (inside each item on lists); the `organization` label is tried after. */
  organization: Sel;
  /** Contact block, when the page has one; labels are looked up there first. */
  contactBlock?: { selectors?: Sel; headings?: Labels };
  fields: FieldLabels;
  /** Values some sites show without a label (result cards, hCard classes), by hooks; labels are tried first. */
  hooks?: Partial<Record<'phone' | 'address' | 'website' | 'industry' | 'mainProducts' | 'businessType', Sel>>;
}

const IMS: ImKind[] = ['wechat', 'qq', 'whatsapp', 'skype', 'wangwang', 'telegram', 'line'];

function phones(raw: string | undefined, country?: CountryCode): string[] {
  return (raw ?? '')
    .split(/\s*[,;，；、/\n]\s*|\s{3,}/)
    .map((p) => phoneValue(p, country))
    .filter((p): p is string => !!p);
}

/** "Mr. John Smith (Sales Manager)" → name and title. */
function person(raw: string | undefined, title?: string, department?: string): DraftPerson | undefined {
  if (!raw) return undefined;
  const m = /^(.*?)\s*[(（]([^)）]+)[)）]\s*$/.exec(raw);
  const p: DraftPerson = { name: (m ? m[1] : raw).trim(), phones: [], emails: [] };
  const t = title ?? m?.[2]?.trim();
  if (t) p.title = t;
  if (department) p.department = department;
  return p.name ? p : undefined;
}

/** Text of a hook; a run of links or tags with nothing between them ("Plumbers""Water Heaters") reads as a list. */
function listText(el: Element | null, lines: boolean): string {
  if (!el) return '';
  const kids = Array.from(el.children);
  if (kids.length >= 2 && !ownText(el) && kids.every((k) => !k.children.length))
    return kids.map((k) => textOf(k)).join(', ');
  return textOf(el, lines);
}

function readOne(spec: DirectorySpec, scope: ParentNode, url: URL): DraftLead {
  const page = labelIndex(scope);
  const contactEl = block(scope, spec.contactBlock?.selectors, spec.contactBlock?.headings, page);
  const idx: LabelIndex = contactEl ? labelIndex(contactEl) : page;
  const f = spec.fields;
  const get = (l?: Labels, lines = false) => (l ? (idx.get(l, lines) ?? page.get(l, lines)) : undefined);
  const linkIn = (l: Labels | undefined, scheme: RegExp) => {
    const el = l && (idx.valueEl(l) ?? page.valueEl(l));
    const links = el ? [...(el.matches('a[href]') ? [el] : []), ...Array.from(el.querySelectorAll('a[href]'))] : [];
    const a = links.find((x) => scheme.test(x.getAttribute('href') ?? ''));
    return a?.getAttribute('href') ?? undefined;
  };
  const orgEl = first(scope, spec.organization);
  const h = spec.hooks ?? {};
  const hook = (sel?: Sel, lines = false) => (sel ? listText(first(scope, sel), lines) || undefined : undefined);
  const addrRaw = get(f.address, spec.addressStyle === 'western') ?? hook(h.address, true);
  let addr: DraftAddress | undefined;
  if (addrRaw) {
    addr =
      spec.addressStyle === 'cn'
        ? splitChineseAddress(addrRaw, 'office')
        : splitWesternAddress(addrRaw.split('\n'), 'office', spec.country);
    const city = get(f.city);
    const country = get(f.country);
    const postcode = get(f.postcode);
    if (city && !addr.city) addr.city = city;
    if (postcode && !addr.postcode) addr.postcode = postcode;
    if (country && !addr.country) addr.country = splitWesternAddress([country]).country ?? country;
  }
  const im: CompanyRead['im'] = {};
  for (const k of IMS) {
    const v = get(f[k]);
    if (v) im[k] = [v];
  }
  const who = person(get(f.contact), get(f.title), get(f.department));
  const c: CompanyRead = {
    organization: (orgEl && textOf(orgEl)) || get(f.organization),
    persons: who ? [who] : [],
    phones: [
      ...phones(get(f.phone) ?? hook(h.phone), spec.country),
      ...phones(get(f.mobile), spec.country),
      // tel: links are semantic hooks for a phone shown without a label.
      ...Array.from(scope.querySelectorAll('a[href^="tel:"]')).flatMap((a) =>
        phones(a.getAttribute('href')?.slice(4), spec.country),
      ),
    ],
    faxes: phones(get(f.fax), spec.country),
    emails: [
      email(linkIn(f.email, /^mailto:/i) ?? get(f.email)),
      email((contactEl ?? scope).querySelector('a[href^="mailto:"]')?.getAttribute('href')),
    ].filter((e): e is string => !!e),
    websites: [
      website(
        linkIn(f.website, /^https?:/i) ??
          get(f.website) ??
          (h.website ? first(scope, h.website)?.getAttribute('href') : undefined),
      ),
    ].filter((w): w is string => !!w),
    addresses: addr ? [addr] : [],
    im,
    platformId: spec.idFromUrl?.exec(url.hostname + url.pathname)?.[1],
    industry: get(f.industry) ?? hook(h.industry),
    businessType: get(f.businessType) ?? hook(h.businessType),
    mainProducts: splitList(get(f.mainProducts) ?? hook(h.mainProducts)),
    staff: get(f.staff),
    founded: yearOrDate(get(f.founded)),
    ownership: get(f.ownership),
    certifications: splitList(get(f.certifications)),
    creditCode: get(f.creditCode),
  };
  return companyLead(spec.id, c, spec.platform);
}

export function defineDirectoryAdapter(spec: DirectorySpec): SiteAdapter {
  return {
    id: spec.id,
    name: spec.name,
    matches: spec.matches,
    detect: (url, doc) => detectPage(spec.pages, url, doc)?.type ?? null,
    pageTypes: [...new Set(spec.pages.map((p) => p.type))],
    standalone: spec.pages.filter((p) => isList(p.type)).map((p) => p.type),
    extract(doc, url) {
      const rule = detectPage(spec.pages, url, doc);
      if (!rule) return [];
      if (!isList(rule.type) || !rule.items) return [readOne(spec, doc.body ?? doc, url)].filter(hasContent);
      const noId = { ...spec, idFromUrl: undefined };
      return readList(all(doc, rule.items), (el) => readOne(noId, el, url));
    },
  };
}
