import type { ImKind } from '../../../card/schema';
import { emptyLead, type DraftAddress, type DraftLead, type DraftOrder, type DraftPerson } from '../../types';
import { found } from './values';

// Building draft leads from what an adapter read, so every value carries {src: 'adapter', conf, by} the same way
// and empty values never appear.

export interface BuyerRead {
  name?: string;
  /** Platform member id / nick, stored as `platform:id`. */
  platformId?: string;
  /** IM handle of the buyer (Taobao/1688 nick is an Aliwangwang handle). */
  im?: { kind: ImKind; value: string };
  phone?: string;
  email?: string;
  address?: DraftAddress;
}

export function sellerLead(by: string, platform: string, buyer: BuyerRead, order?: DraftOrder): DraftLead {
  const lead = emptyLead('person');
  const f = <T>(v: T) => found(v, by);
  if (buyer.name || buyer.phone || buyer.email) {
    const person: DraftPerson = {
      name: buyer.name ?? '',
      phones: buyer.phone ? [buyer.phone] : [],
      emails: buyer.email ? [buyer.email] : [],
    };
    lead.persons.push(f(person));
  }
  if (buyer.phone) lead.phones.push(f(buyer.phone));
  if (buyer.email) lead.emails.push(f(buyer.email));
  if (buyer.address) lead.addresses.push(f(buyer.address));
  if (buyer.im) lead.im[buyer.im.kind] = [f(buyer.im.value)];
  if (buyer.platformId) lead.platformIds.push(f(`${platform}:${buyer.platformId}`));
  if (order) lead.orders.push(f({ ...order, platform }));
  return lead;
}

export interface CompanyRead {
  organization?: string;
  persons?: DraftPerson[];
  phones?: string[];
  faxes?: string[];
  emails?: string[];
  websites?: string[];
  addresses?: DraftAddress[];
  im?: Partial<Record<ImKind, string[]>>;
  platformId?: string;
  industry?: string;
  businessType?: string;
  mainProducts?: string[];
  staff?: string;
  founded?: string;
  ownership?: string;
  certifications?: string[];
  creditCode?: string;
}

const uniq = <T>(xs: (T | undefined)[] = []) => [...new Set(xs.filter((x): x is T => x !== undefined && x !== ''))];

export function companyLead(by: string, c: CompanyRead, platform?: string): DraftLead {
  const lead = emptyLead('company');
  const f = <T>(v: T) => found(v, by);
  if (c.organization) lead.organization = f(c.organization);
  lead.persons = (c.persons ?? []).filter((p) => p.name).map(f);
  lead.phones = uniq(c.phones).map(f);
  lead.faxes = uniq(c.faxes).map(f);
  lead.emails = uniq(c.emails).map(f);
  lead.websites = uniq(c.websites).map(f);
  lead.addresses = (c.addresses ?? []).filter((a) => Object.keys(a).length > 1).map(f);
  for (const [k, vs] of Object.entries(c.im ?? {}) as [ImKind, string[]][]) {
    const u = uniq(vs);
    if (u.length) lead.im[k] = u.map(f);
  }
  if (platform && c.platformId) lead.platformIds.push(f(`${platform}:${c.platformId}`));
  const p = lead.profile;
  if (c.industry) p.industry = f(c.industry);
  if (c.businessType) p.businessType = f(c.businessType);
  if (c.mainProducts?.length) p.mainProducts = f(c.mainProducts);
  if (c.staff) p.staff = f(c.staff);
  if (c.founded) p.founded = f(c.founded);
  if (c.ownership) p.ownership = f(c.ownership);
  if (c.certifications?.length) p.certifications = f(c.certifications);
  if (c.creditCode) p.creditCode = f(c.creditCode);
  return lead;
}

/** True when a lead holds anything at all (a list item whose hooks are gone holds nothing). */
export function hasContent(l: DraftLead): boolean {
  return Boolean(
    l.organization ||
    l.persons.length ||
    l.phones.length ||
    l.emails.length ||
    l.addresses.length ||
    l.platformIds.length ||
    l.orders.length ||
    Object.keys(l.im).length,
  );
}
