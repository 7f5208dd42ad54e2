import type { ImKind, SourceKind } from '../card/schema';
import type { PhoneHit } from './phone';
import { emptyLead, type DraftAddress, type DraftLead, type DraftPerson, type Found } from './types';

// Adds values to a draft lead with de-duplication; the first (most trustworthy) source of a value wins.

export const CONF: Record<SourceKind, number> = {
  jsonld: 0.95,
  microdata: 0.95,
  rdfa: 0.93,
  microformat: 0.93,
  adapter: 0.9,
  recipe: 0.9,
  label: 0.85,
  meta: 0.7,
  link: 0.8,
  text: 0.5,
  user: 1,
  import: 1,
};

export const phoneKey = (p: string) => {
  const d = p.replace(/\D/g, '');
  return d.length > 10 ? d.slice(-10) : d;
};
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s.,]+/g, ' ')
    .trim();

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx)\.?\s+/i;

// Letters after a name ("Helen Marlow RIBA", "Jane Doe, CPA, MBA"): degrees and memberships, not part of the name.
const POST_NOMINALS =
  /(?:,?\s+(?:RIBA|MBA|CPA|CFA|CMA|PE|P\.E\.|PhD|Ph\.D\.|MD|M\.D\.|DDS|DMD|JD|Esq\.?|FCA|ACA|ACCA|CEng|MRICS|FRICS|RN|LLB|LLM|MSc|BSc|PMP|CPP|AIA|LEED AP|SPHR|CFP))+$/;

export class LeadBuilder {
  readonly lead: DraftLead;
  constructor(kind: DraftLead['kind'] = 'company', lead?: DraftLead) {
    this.lead = lead ?? emptyLead(kind);
  }

  /** A builder over an existing lead (adds to it in place). */
  static wrap(lead: DraftLead) {
    return new LeadBuilder(lead.kind, lead);
  }

  private has(list: Found<string>[], v: string, key: (s: string) => string) {
    const k = key(v);
    return list.some((f) => key(f.value) === k);
  }

  private push(list: Found<string>[], value: string, src: SourceKind, key: (s: string) => string, shown?: string) {
    const v = value.trim();
    if (!v) return;
    const k = key(v);
    const same = list.find((f) => key(f.value) === k);
    if (same) {
      // The same number written with an extension elsewhere is another line; keep the first form otherwise.
      if (shown && /ext/.test(shown) && same.shown !== shown && !list.some((f) => f.shown === shown))
        list.push({ value: v, src, conf: CONF[src], shown });
      return;
    }
    list.push(shown ? { value: v, src, conf: CONF[src], shown } : { value: v, src, conf: CONF[src] });
  }

  /**
   * Phones and faxes are separate lists: a page may give one number as both. Only a number seen in unlabelled
   * text that is elsewhere labelled as a fax is taken for a fax alone.
   */
  phone(v: string | PhoneHit, src: SourceKind) {
    const h = typeof v === 'string' ? { value: v } : v;
    if (src === 'text' && this.has(this.lead.faxes, h.value, phoneKey)) return;
    this.push(this.lead.phones, h.value, src, phoneKey, h.shown);
  }
  fax(v: string | PhoneHit, src: SourceKind) {
    const h = typeof v === 'string' ? { value: v } : v;
    const k = phoneKey(h.value);
    const i = this.lead.phones.findIndex((p) => phoneKey(p.value) === k);
    if (i >= 0 && this.lead.phones[i].src === 'text') this.lead.phones.splice(i, 1);
    this.push(this.lead.faxes, h.value, src, phoneKey, h.shown);
  }
  email(v: string, src: SourceKind) {
    this.push(this.lead.emails, v.toLowerCase(), src, (s) => s.toLowerCase());
  }
  website(v: string, src: SourceKind) {
    this.push(this.lead.websites, v, src, (s) => s.toLowerCase().replace(/^https?:\/\/(www\.)?|\/$/g, ''));
  }
  im(kind: ImKind, v: string, src: SourceKind) {
    this.push((this.lead.im[kind] ??= []), v, src, (s) => s.toLowerCase());
  }
  organization(v: string, src: SourceKind, conf = CONF[src]) {
    const value = v.replace(/\s+/g, ' ').trim();
    if (!value || value.length > 150) return;
    const cur = this.lead.organization;
    if (!cur || conf > cur.conf) this.lead.organization = { value, src, conf };
  }
  person(p: DraftPerson, src: SourceKind) {
    // "Ms. Lily Chen" → "Lily Chen" (Dr., Prof. are kept: they say something about the person).
    const name = p.name.replace(/\s+/g, ' ').trim().replace(HONORIFIC, '').replace(POST_NOMINALS, '');
    if (!name || name.length > 80) return;
    // A site adapter may keep the honorific ("Mr. Kevin Sun"); the same person read from the text is not a second one.
    const same = this.lead.persons.find((f) => norm(f.value.name.replace(HONORIFIC, '')) === norm(name));
    if (same) {
      if (!same.value.title && p.title) same.value.title = p.title;
      return;
    }
    this.lead.persons.push({ value: { ...p, name }, src, conf: CONF[src] });
  }
  address(a: DraftAddress, src: SourceKind) {
    const key = (x: DraftAddress) => norm(x.street || x.raw || [x.city, x.postcode].join(' '));
    const k = key(a);
    if (!k) return;
    const same = this.lead.addresses.find((f) => {
      const o = key(f.value);
      return o === k || (o.length > 5 && k.length > 5 && (o.includes(k) || k.includes(o)));
    });
    if (same) {
      for (const f of ['city', 'region', 'postcode', 'country', 'district'] as const)
        if (!same.value[f] && a[f]) same.value[f] = a[f];
      return;
    }
    this.lead.addresses.push({ value: a, src, conf: CONF[src] });
  }

  /** Copies in every value of another lead that this one lacks. */
  absorb(other: DraftLead) {
    if (other.organization)
      this.organization(other.organization.value, other.organization.src, other.organization.conf);
    for (const f of other.faxes) this.fax(f, f.src);
    for (const f of other.phones) this.phone(f, f.src);
    for (const f of other.emails) this.email(f.value, f.src);
    for (const f of other.websites) this.website(f.value, f.src);
    for (const f of other.persons) this.person(f.value, f.src);
    for (const f of other.addresses) this.address(f.value, f.src);
    for (const [k, list] of Object.entries(other.im)) for (const f of list ?? []) this.im(k as ImKind, f.value, f.src);
    Object.assign(this.lead.profile, { ...other.profile, ...this.lead.profile });
  }

  isEmpty(): boolean {
    return isEmptyLead(this.lead);
  }
}

export function isEmptyLead(l: DraftLead): boolean {
  return (
    !l.organization &&
    !l.persons.length &&
    !l.phones.length &&
    !l.faxes.length &&
    !l.emails.length &&
    !l.addresses.length &&
    !Object.values(l.im).some((v) => v?.length)
  );
}
