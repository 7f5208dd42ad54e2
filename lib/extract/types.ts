import type { ImKind, SourceKind } from '../card/schema';

// What extraction hands to the popup: draft cards whose every value carries the layer that found it and a
// confidence. Plain JSON (no classes, no DOM nodes) so it crosses the content-script boundary as is.

export interface Found<T> {
  value: T;
  src: SourceKind;
  /** 0..1: structured data ~0.95, site adapter ~0.9, labelled field ~0.85, link ~0.8, free text ~0.5. */
  conf: number;
  /** Site adapter or recipe id when one produced the value. */
  by?: string;
  /**
   * A phone as the page writes it when that differs from `value` (E.164): the national form keeping its trunk
   * prefix (0757 8522 2733), an extension (+1 905 336 8600 ext. 220).
   */
  shown?: string;
}

export interface DraftPerson {
  name: string;
  title?: string;
  department?: string;
  phones: string[];
  emails: string[];
}

export interface DraftAddress {
  street?: string;
  district?: string;
  city?: string;
  region?: string;
  postcode?: string;
  country?: string;
  kind?: 'office' | 'factory' | 'shipping' | 'billing' | 'other';
  /** The address as written, when parts could not all be told apart. */
  raw?: string;
}

export interface DraftOrder {
  number: string;
  platform?: string;
  date?: string;
  amount?: number;
  currency?: string;
  items: { name: string; quantity?: number; price?: number }[];
}

export interface DraftProfile {
  industry?: Found<string>;
  businessType?: Found<string>;
  mainProducts?: Found<string[]>;
  staff?: Found<string>;
  founded?: Found<string>;
  ownership?: Found<string>;
  certifications?: Found<string[]>;
  creditCode?: Found<string>;
}

export interface DraftLead {
  kind: 'company' | 'person';
  organization?: Found<string>;
  persons: Found<DraftPerson>[];
  /** E.164 when libphonenumber could parse it; a masked back-end number (138****5678) as shown. */
  phones: Found<string>[];
  faxes: Found<string>[];
  emails: Found<string>[];
  websites: Found<string>[];
  addresses: Found<DraftAddress>[];
  im: Partial<Record<ImKind, Found<string>[]>>;
  profile: DraftProfile;
  /** `platform:id`, such as `taobao:buyer_nick`; a dedupe key. */
  platformIds: Found<string>[];
  orders: Found<DraftOrder>[];
}

export interface ExtractResult {
  url: string;
  title: string;
  leads: DraftLead[];
  /** The site adapter whose URL patterns matched, and whether it recognised the page. */
  adapter?: { id: string; pageType?: string; recognised: boolean };
  /** True when extraction stopped early (time budget, huge page) and returned what it had. */
  partial?: boolean;
  ms: number;
}

/** The shape `npm run extract` prints per lead (DESIGN.md, "Contracts other tools rely on"). */
export interface ContractLead {
  organization: string;
  persons: { name: string; title: string }[];
  phones: string[];
  faxes: string[];
  emails: string[];
  websites: string[];
  addresses: { street: string; city: string; region: string; postcode: string; country: string }[];
  im: { wechat: string[]; qq: string[]; whatsapp: string[]; skype: string[]; wangwang: string[] };
}

export function emptyLead(kind: DraftLead['kind'] = 'company'): DraftLead {
  return {
    kind,
    persons: [],
    phones: [],
    faxes: [],
    emails: [],
    websites: [],
    addresses: [],
    im: {},
    profile: {},
    platformIds: [],
    orders: [],
  };
}
