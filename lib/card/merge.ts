import type { CardDraft } from '../messages';
import type { Address, Card, Contact, ContactValue, HistoryEntry, ImHandle, Order, Prov } from './schema';
import { diffCards } from './diff';
import { normalizeEmail, normalizeIm, normalizeName, normalizePhone } from './normalize';

// Merging a new capture into a card the user already keeps: add what is new, fill what is empty, and never drop a
// value; where both have a different single value (grade, industry…), the card's own value wins, since the user
// may have corrected it. Every change is returned as history.

type Norm = (v: string) => string | null;

/** Re-points provenance indices of the draft's values at the card's source list (the draft's sources are appended). */
function shift<T extends { prov?: Prov }>(v: T, offset: number): T {
  return v.prov?.at === undefined ? v : { ...v, prov: { ...v.prov, at: v.prov.at + offset } };
}

function unionValues<T extends ContactValue>(
  old: T[],
  add: T[],
  norm: Norm,
  offset: number,
  key = (v: T) => norm(v.value) ?? v.value,
): T[] {
  const out = [...old];
  const seen = new Set(old.map(key));
  for (const v of add) {
    const k = key(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(shift(v, offset));
  }
  return out;
}

const imKey = (h: ImHandle) => `${h.kind}:${normalizeIm(h.kind, h.value) ?? h.value}`;
const phoneNorm: Norm = (v) => normalizePhone(v);

function fill<T extends object>(old: T, add: Partial<T>): T {
  const out = { ...old } as Record<string, unknown>;
  for (const [k, v] of Object.entries(add)) {
    const cur = out[k];
    if (Array.isArray(cur) && Array.isArray(v))
      out[k] = [...cur, ...v.filter((x) => !cur.some((c) => JSON.stringify(c) === JSON.stringify(x)))];
    else if ((cur === undefined || cur === '' || cur === null) && v !== undefined && v !== '') out[k] = v;
  }
  return out as T;
}

function mergeContacts(old: Contact[], add: Contact[], offset: number): Contact[] {
  const out = old.map((c) => ({ ...c }));
  const hasPrimary = out.some((c) => c.primary);
  for (const c of add) {
    const n = normalizeName(c.name);
    const match = out.find((o) => (n && normalizeName(o.name) === n) || sharesValue(o, c));
    if (match) {
      Object.assign(match, fill(match, { title: c.title, department: c.department, role: c.role }));
      match.phones = unionValues(match.phones, c.phones, phoneNorm, offset);
      match.emails = unionValues(match.emails, c.emails, normalizeEmail, offset);
      match.im = unionValues(match.im, c.im, () => null, offset, imKey);
    } else {
      out.push({
        ...shift(c, offset),
        primary: hasPrimary ? false : c.primary,
        phones: c.phones.map((v) => shift(v, offset)),
        emails: c.emails.map((v) => shift(v, offset)),
        im: c.im.map((v) => shift(v, offset)),
      });
    }
  }
  return out;
}

function sharesValue(a: Contact, b: Contact): boolean {
  const keys = (c: Contact) =>
    [...c.phones.map((p) => normalizePhone(p.value)), ...c.emails.map((e) => normalizeEmail(e.value))].filter(Boolean);
  const ka = new Set(keys(a));
  return keys(b).some((k) => ka.has(k));
}

function addressKey(a: Address): string {
  const parts = [a.street, a.district, a.city, a.region, a.postcode, a.country, a.raw];
  return normalizeName(parts.filter(Boolean).join(' '));
}

const orderKey = (o: Order) => `${o.platform ?? ''}:${o.number}`;

/** The card after merging the draft in (sources appended, values unioned, empty fields filled), and its history. */
export function mergeDraft(
  card: Card,
  draft: CardDraft,
  at: number,
  by?: string,
): { card: Card; history: HistoryEntry[] } {
  const offset = card.sources.length;
  const merged: Card = {
    ...card,
    name: card.name.trim() ? card.name : draft.name,
    creditCode: card.creditCode || draft.creditCode,
    phones: unionValues(card.phones, draft.phones, phoneNorm, offset),
    faxes: unionValues(card.faxes, draft.faxes, phoneNorm, offset),
    emails: unionValues(card.emails, draft.emails, normalizeEmail, offset),
    websites: unionValues(card.websites, draft.websites, (v) => v.toLowerCase(), offset),
    im: unionValues(card.im, draft.im, () => null, offset, imKey),
    platformIds: [...new Set([...card.platformIds, ...draft.platformIds])],
    contacts: mergeContacts(card.contacts, draft.contacts, offset),
    addresses: [...card.addresses],
    company: fill(card.company, draft.company),
    person: fill(card.person, draft.person),
    sources: [...card.sources, ...draft.sources],
    classification: fill(card.classification, draft.classification),
    needs: fill(card.needs, draft.needs),
    business: {
      ...card.business,
      orders: [...card.business.orders],
      credit: fill(card.business.credit, draft.business.credit),
      satisfaction: card.business.satisfaction || draft.business.satisfaction,
    },
    complaints: [...card.complaints],
    notes: mergeNotes(card.notes, draft.notes),
    updatedAt: at,
    rev: card.rev + 1,
  };
  if (merged.creditCode === undefined) delete merged.creditCode;
  if (merged.business.satisfaction === undefined) delete merged.business.satisfaction;
  appendNew(merged.addresses, draft.addresses, addressKey, offset);
  appendNew(merged.business.orders, draft.business.orders, orderKey, offset);
  const complaintIds = new Set(merged.complaints.map((c) => c.id));
  for (const c of draft.complaints) if (!complaintIds.has(c.id)) merged.complaints.push(c);
  return { card: merged, history: diffCards(card, merged, at, by) };
}

function appendNew<T extends { prov?: Prov }>(list: T[], add: T[], key: (v: T) => string, offset: number): void {
  const seen = new Set(list.map(key));
  for (const v of add) {
    if (seen.has(key(v))) continue;
    seen.add(key(v));
    list.push(shift(v, offset));
  }
}

/** Free notes are values too: a different note from the draft is appended, not dropped. */
function mergeNotes(old: Card['notes'], add: CardDraft['notes']): Card['notes'] {
  const out = fill(old, {});
  for (const k of ['text', 'special', 'risk'] as const) {
    const a = add[k]?.trim();
    if (!a) continue;
    const cur = out[k]?.trim();
    if (!cur) out[k] = a;
    else if (!cur.includes(a)) out[k] = `${cur}\n\n${a}`;
  }
  return out;
}
