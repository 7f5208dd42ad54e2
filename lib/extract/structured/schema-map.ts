import type { CountryCode } from 'libphonenumber-js';
import type { SourceKind } from '../../card/schema';
import { LeadBuilder } from '../draft';
import { normalisePhone } from '../phone';
import type { DraftAddress, DraftLead } from '../types';
import { MAX_DEPTH, type Thing, type ThingValue } from './thing';

// schema.org things (from any structured reader) → draft leads. An organisation-like thing (Organization,
// LocalBusiness and its subtypes, Place…) with contact data is one lead; its people (employee, member, founder,
// contactPoint) are its contacts; a Person with worksFor joins that organisation's lead.

const PERSON = /^(Person|Patient)$/;
const ORG_LIKE =
  /Organi[sz]ation|Business|Corporation|Store|Shop|Restaurant|Hotel|Place|Library|School|College|University|Hospital|Clinic|Office|Agency|Dentist|Physician|Attorney|Notary|Bar|Cafe|Brewery|Bakery|Museum|Venue|Theater|Church|Government|NGO|Club|Center|Centre|Service|Dealer|Repair|Salon|Spa|Gym|Airline|Consortium|Cooperative|Project|Brand/i;
const CONTACT_PROPS = ['telephone', 'faxNumber', 'email', 'address', 'contactPoint', 'location'];

const types = (t: Thing) => (Array.isArray(t['@type']) ? t['@type'] : t['@type'] ? [t['@type']] : []).map(String);
const isThing = (v: unknown): v is Thing => !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: ThingValue | undefined): ThingValue[] => (v === undefined ? [] : Array.isArray(v) ? v.flat(3) : [v]);
const strs = (v: ThingValue | undefined): string[] =>
  list(v).flatMap((x) => (typeof x === 'string' ? [x] : isThing(x) && typeof x.name === 'string' ? [x.name] : []));
const str = (v: ThingValue | undefined) =>
  strs(v)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .find(Boolean);

function personName(t: Thing): string | undefined {
  const n = str(t.name) ?? str(t.legalName);
  if (n) return n;
  const parts = [str(t.honorificPrefix), str(t.givenName), str(t.additionalName), str(t.familyName)].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

function address(v: ThingValue): DraftAddress | null {
  if (typeof v === 'string') return v.trim() ? { raw: v.trim() } : null;
  if (!isThing(v)) return null;
  const country = list(v.addressCountry)
    .map((c) => (typeof c === 'string' ? c : isThing(c) ? str(c.name) : undefined))
    .find(Boolean);
  const street = [str(v.streetAddress), str(v.postOfficeBoxNumber) && `PO Box ${str(v.postOfficeBoxNumber)}`]
    .filter(Boolean)
    .join(', ');
  const a: DraftAddress = {
    street: street || undefined,
    city: str(v.addressLocality),
    region: str(v.addressRegion),
    postcode: str(v.postalCode),
    country,
  };
  for (const k of Object.keys(a) as (keyof DraftAddress)[]) if (!a[k]) delete a[k];
  return Object.keys(a).length ? a : null;
}

export function thingsToLeads(things: Thing[], src: SourceKind, region: CountryCode): DraftLead[] {
  const leads: LeadBuilder[] = [];
  const byOrg = new Map<string, LeadBuilder>();
  const seen = new Set<Thing>();

  const leadFor = (orgName: string | undefined, kind: DraftLead['kind']) => {
    const key = orgName?.toLowerCase();
    if (key && byOrg.has(key)) return byOrg.get(key)!;
    const b = new LeadBuilder(kind);
    if (orgName) {
      b.organization(orgName, src);
      byOrg.set(key!, b);
    }
    leads.push(b);
    return b;
  };

  const contacts = (t: Thing, b: LeadBuilder) => {
    for (const p of strs(t.telephone)) {
      const n = normalisePhone(p, region);
      if (n) b.phone(n, src);
    }
    for (const p of strs(t.faxNumber)) {
      const n = normalisePhone(p, region);
      if (n) b.fax(n, src);
    }
    for (const e of strs(t.email)) {
      const m = e
        .replace(/^mailto:/i, '')
        .split('?')[0]
        .trim();
      if (m.includes('@')) b.email(m, src);
    }
    for (const u of strs(t.url)) if (/^https?:\/\//i.test(u)) b.website(u, src);
    for (const a of [...list(t.address), ...list(t.location).flatMap((l) => (isThing(l) ? list(l.address) : []))]) {
      const d = address(a);
      if (d) b.address(d, src);
    }
    for (const cp of list(t.contactPoint)) if (isThing(cp)) contacts(cp, b);
  };

  const visit = (t: Thing, depth: number, parent: LeadBuilder | null) => {
    if (depth > MAX_DEPTH || seen.has(t)) return;
    seen.add(t);
    const ty = types(t);
    const isPerson = ty.some((x) => PERSON.test(x));
    const isAddress = ty.includes('PostalAddress');
    const hasContact = CONTACT_PROPS.some((p) => t[p] !== undefined);
    if (isPerson) {
      const name = personName(t);
      const org = list(t.worksFor).concat(list(t.affiliation)).find(isThing);
      const b = parent ?? leadFor(org ? str(org.name) : undefined, org ? 'company' : 'person');
      if (name) b.person({ name, title: str(t.jobTitle), phones: [], emails: [] }, src);
      contacts(t, b);
      if (org) seen.add(org);
    } else if (isAddress && !parent) {
      const d = address(t);
      if (d) leadFor(str(t.name), 'company').address(d, src);
      return;
    } else if (ty.includes('ContactPoint')) {
      contacts(t, parent ?? leadFor(undefined, 'company'));
      return;
    } else if (ty.some((x) => ORG_LIKE.test(x)) && (hasContact || !parent)) {
      const name = str(t.name) ?? str(t.legalName);
      const b = leadFor(name, 'company');
      contacts(t, b);
      for (const k of ['employee', 'employees', 'member', 'members', 'founder', 'contactPoint', 'founders']) {
        for (const p of list(t[k])) if (isThing(p)) visit(p, depth + 1, b);
      }
      parent = b;
    }
    // Look inside other things (an Event's location, an Offer's seller, a Product's manufacturer…).
    for (const [k, v] of Object.entries(t)) {
      if (k.startsWith('@') || k === 'address') continue;
      for (const x of list(v)) if (isThing(x)) visit(x, depth + 1, null);
    }
  };

  for (const t of things) if (isThing(t)) visit(t, 0, null);
  return leads.filter((b) => !b.isEmpty()).map((b) => b.lead);
}
