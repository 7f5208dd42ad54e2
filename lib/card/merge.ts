import type { CardDraft } from '../messages';
import type { Address, Card, CardSource, Contact, ContactValue, HistoryEntry, ImHandle, Order, Prov } from './schema';
import { diffCards } from './diff';
import { normalizeEmail, normalizeIm, normalizeName, normalizePhone } from './normalize';

// Merging a new capture into a card the user already keeps: add what is new, fill what is empty, and never drop a
// value; where both have a different single value (grade, industry…), the card's own value wins, since the user
// may have corrected it. Every change is returned as history.

type Norm = (v: string) => string | null;
/** Where the draft's source number `at` is in the merged card's sources. */
type Remap = (at: number) => number;

/** Re-points provenance indices of the draft's values at the card's source list (the draft's sources are appended). */
function shift<T extends { prov?: Prov }>(v: T, remap: Remap): T {
  return v.prov?.at === undefined ? v : { ...v, prov: { ...v.prov, at: remap(v.prov.at) } };
}

function unionValues<T extends ContactValue>(
  old: T[],
  add: T[],
  norm: Norm,
  remap: Remap,
  key = (v: T) => norm(v.value) ?? v.value,
): T[] {
  const out = [...old];
  const seen = new Set(old.map(key));
  for (const v of add) {
    const k = key(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(shift(v, remap));
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

function mergeContacts(old: Contact[], add: Contact[], remap: Remap): Contact[] {
  const out = old.map((c) => ({ ...c }));
  const hasPrimary = out.some((c) => c.primary);
  for (const c of add) {
    const n = normalizeName(c.name);
    // A name that normalises to nothing (only punctuation) is matched as written.
    const match = out.find(
      (o) => (n ? normalizeName(o.name) === n : o.name.trim() === c.name.trim()) || sharesValue(o, c),
    );
    if (match) {
      Object.assign(match, fill(match, { title: c.title, department: c.department, role: c.role }));
      match.phones = unionValues(match.phones, c.phones, phoneNorm, remap);
      match.emails = unionValues(match.emails, c.emails, normalizeEmail, remap);
      match.im = unionValues(match.im, c.im, () => null, remap, imKey);
    } else {
      out.push({
        ...shift(c, remap),
        primary: hasPrimary ? false : c.primary,
        phones: c.phones.map((v) => shift(v, remap)),
        emails: c.emails.map((v) => shift(v, remap)),
        im: c.im.map((v) => shift(v, remap)),
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

/** Words and numbers of a value, so "春申路 1288 号" equals "春申路1288号" while "1-23-4" stays apart from "12-3-4". */
function tokens(s?: string): string {
  return (
    (s ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .match(/\p{Script=Han}+|\p{L}+|\p{N}+/gu)
      ?.join(' ') ?? ''
  );
}

/** The street without the Chinese region, city and district it may start with (captures before they were split off). */
function streetCore(a: Address): string {
  let street = (a.street ?? '').normalize('NFKC').trim();
  for (let cut = true; cut;) {
    cut = false;
    for (const part of [a.region, a.city, a.district]) {
      const p = part?.normalize('NFKC').replace(/\s+/g, '');
      if (!p || !/^\p{Script=Han}+$/u.test(p)) continue;
      const m = new RegExp(`^${[...p].join('\\s*')}\\s*`, 'u').exec(street);
      if (m && m[0].length < street.length) {
        street = street.slice(m[0].length);
        cut = true;
      }
    }
  }
  return tokens(street);
}

const PARTS = ['city', 'district', 'region', 'postcode', 'country'] as const;

/**
 * The same place however it was split: the same street (or, without one, the same text as written), and no part
 * that both give differs. One capture may show the postcode and the next not; two streets of one name in two
 * cities, states or postcodes stay two addresses.
 */
function samePlace(a: Address, b: Address): boolean {
  const sa = streetCore(a);
  const sb = streetCore(b);
  if (sa || sb) {
    if (sa !== sb) return false;
  } else if (tokens(a.raw) !== tokens(b.raw)) return false;
  return PARTS.every((k) => !a[k] || !b[k] || tokens(a[k]) === tokens(b[k]));
}

/** Appends the draft's new places; a place the card has already gets the parts it lacked (a postcode shown now). */
function mergeAddresses(list: Address[], add: Address[], remap: Remap): void {
  for (const v of add) {
    const i = list.findIndex((a) => samePlace(a, v));
    if (i < 0) {
      list.push(shift(v, remap));
      continue;
    }
    const kept = { ...list[i] };
    for (const k of PARTS) if (!kept[k] && v[k]) kept[k] = v[k];
    if (!kept.raw && v.raw) kept.raw = v.raw;
    list[i] = kept;
  }
}

const orderKey = (o: Order) => `${o.platform ?? ''}:${o.number}`;

/** The card after merging the draft in (sources appended, values unioned, empty fields filled), and its history. */
export function mergeDraft(
  card: Card,
  draft: CardDraft,
  at: number,
  by?: string,
): { card: Card; history: HistoryEntry[] } {
  const { sources, remap } = mergeSources(card.sources, draft.sources);
  const merged: Card = {
    ...card,
    name: card.name.trim() ? card.name : draft.name,
    creditCode: card.creditCode || draft.creditCode,
    phones: unionValues(card.phones, draft.phones, phoneNorm, remap),
    faxes: unionValues(card.faxes, draft.faxes, phoneNorm, remap),
    emails: unionValues(card.emails, draft.emails, normalizeEmail, remap),
    websites: unionValues(card.websites, draft.websites, (v) => v.toLowerCase(), remap),
    im: unionValues(card.im, draft.im, () => null, remap, imKey),
    platformIds: [...new Set([...card.platformIds, ...draft.platformIds])],
    contacts: mergeContacts(card.contacts, draft.contacts, remap),
    addresses: [...card.addresses],
    company: fill(card.company, draft.company),
    person: fill(card.person, draft.person),
    sources,
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
  mergeAddresses(merged.addresses, draft.addresses, remap);
  appendNew(merged.business.orders, draft.business.orders, orderKey, remap);
  const complaintIds = new Set(merged.complaints.map((c) => c.id));
  for (const c of draft.complaints) if (!complaintIds.has(c.id)) merged.complaints.push(c);
  return { card: merged, history: diffCards(card, merged, at, by) };
}

/**
 * The card's sources plus those of the draft it does not have yet (the same page captured at the same time, or the
 * same import, is one source), and where each draft source ended up, so provenance keeps pointing at the right one.
 */
function mergeSources(old: CardSource[], add: CardSource[]): { sources: CardSource[]; remap: Remap } {
  const sources = [...old];
  const seen = new Map(old.map((s, i) => [JSON.stringify(s), i]));
  const to = add.map((s) => {
    const k = JSON.stringify(s);
    let i = seen.get(k);
    if (i === undefined) {
      i = sources.push(s) - 1;
      seen.set(k, i);
    }
    return i;
  });
  return { sources, remap: (at) => to[at] ?? at + old.length };
}

function appendNew<T extends { prov?: Prov }>(list: T[], add: T[], key: (v: T) => string, remap: Remap): void {
  const seen = new Set(list.map(key));
  for (const v of add) {
    if (seen.has(key(v))) continue;
    seen.add(key(v));
    list.push(shift(v, remap));
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
