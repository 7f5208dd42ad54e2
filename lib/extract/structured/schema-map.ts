import type { CountryCode } from 'libphonenumber-js';
import type { SourceKind } from '../../card/schema';
import { LeadBuilder } from '../draft';
import { normalisePhone } from '../phone';
import type { DraftAddress, DraftLead } from '../types';
import { isOrgType } from './org-types';
import { MAX_DEPTH, type Thing, type ThingValue } from './thing';

// schema.org things (from any structured reader) → draft leads. An organisation-like thing (Organization,
// LocalBusiness and its subtypes, Place…) with contact data is one lead; its people (employee, member, founder,
// contactPoint) are its contacts; a Person with worksFor joins that organisation's lead.

const PERSON = /^(Person|Patient)$/;
const CONTACT_PROPS = ['telephone', 'faxNumber', 'email', 'address', 'contactPoint'];

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
    // A place's address, or a `location` given as the address itself (schema.org allows both).
    const located = list(t.location).flatMap((l) =>
      !isThing(l) ? [] : types(l).includes('PostalAddress') ? [l] : list(l.address),
    );
    for (const a of [...list(t.address), ...located]) {
      const d = address(a);
      if (d) b.address(d, src);
    }
    for (const cp of list(t.contactPoint)) if (isThing(cp)) contacts(cp, b);
  };

  const defaultLead = () => leads[0] ?? leadFor(undefined, 'company');

  const visit = (t: Thing, depth: number, parent: LeadBuilder | null) => {
    if (depth > MAX_DEPTH || seen.has(t)) return;
    seen.add(t);
    const ty = types(t);
    let b = parent;
    if (ty.some((x) => PERSON.test(x))) {
      const name = personName(t);
      const org = list(t.worksFor).concat(list(t.affiliation)).find(isThing);
      const orgName = org && types(org).some((x) => isOrgType(x, true)) ? str(org.name) : undefined;
      b =
        parent ?? (orgName ? leadFor(orgName, 'company') : leads.length ? defaultLead() : leadFor(undefined, 'person'));
      if (name) b.person({ name, title: str(t.jobTitle), phones: [], emails: [] }, src);
      contacts(t, b);
    } else if (ty.includes('PostalAddress')) {
      if (!parent) {
        const d = address(t);
        if (d) defaultLead().address(d, src);
      }
      return;
    } else if (ty.includes('ContactPoint')) {
      contacts(t, parent ?? defaultLead());
      return;
    } else {
      const name = ty.some((x) => isOrgType(x, depth > 0)) ? (str(t.name) ?? str(t.legalName)) : undefined;
      if (name) b = leadFor(name, 'company');
      else if (CONTACT_PROPS.some((p) => t[p] !== undefined)) b = parent ?? defaultLead();
      if (b) contacts(t, b);
    }
    // Look inside: an organisation's employees and departments, an Event's location, an Offer's seller…
    for (const [k, v] of Object.entries(t)) {
      if (k.startsWith('@') || k === 'address' || k === 'contactPoint') continue;
      for (const x of list(v)) if (isThing(x)) visit(x, depth + 1, b);
    }
  };

  for (const t of things) if (isThing(t)) visit(t, 0, null);
  return leads.filter((b) => !b.isEmpty()).map((b) => b.lead);
}
