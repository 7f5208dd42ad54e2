import Papa from 'papaparse';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { displayPhone } from '../card/phone-display';
import type { Card, Contact } from '../card/schema';
import { BOM, neutralise } from './csv';

// CSV presets whose headers the CRMs' import wizards map on their own (one row per person, as CRMs import people):
// - HubSpot contacts: default property labels (First Name, Last Name, Email, Phone Number, Company Name…).
// - Salesforce leads, Data Import Wizard "Field Mapping for Importing Leads" labels (Last Name and Company are
//   required there, so a company without a contact person uses the company name as Last Name).
// - Twenty people: its import wizard matches a column to a field label (fuzzy, Fuse.js), and a composite field's
//   parts are labelled "<field> / <part>": "Name / First Name", "Emails / Primary Email", "Phones / Primary Phone
//   Number" (national number) with "… Country Code" (CN) and "… Calling Code" (+86), "Job Title", "City". The
//   company is a relation matched by its domain: "Company / Domain / Link URL".
// Text cells are neutralised like our CSV. A phone cell is left as it is when it holds only a phone number
// (+, digits, spaces, - ( ) .), because CRMs parse "+86 …" and no formula can be made of those characters;
// anything else in a phone column (a masked or odd value) is neutralised like text.

export const PRESETS = ['hubspot', 'salesforce', 'twenty'] as const;
export type Preset = (typeof PRESETS)[number];

interface Row {
  card: Card;
  contact?: Contact;
  first: string;
  last: string;
}
type Col = [header: string, get: (r: Row) => string, phone?: boolean];

const COMPOUND_SURNAMES =
  /^(欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|钟离|澹台|南宫)/;
/** Splits a name into first and last: Chinese family name first (one or two characters), else the last word. */
export function splitName(name: string): { first: string; last: string } {
  const n = name.trim();
  if (/^[\u3400-\u9fff·]+$/.test(n) && n.length >= 2) {
    const family = COMPOUND_SURNAMES.exec(n)?.[0] ?? n[0];
    return { last: family, first: n.slice(family.length) };
  }
  const i = n.lastIndexOf(' ');
  return i < 0 ? { first: '', last: n } : { first: n.slice(0, i).trim(), last: n.slice(i + 1) };
}

const firstOf = (list: { value: string }[] | undefined) => list?.[0]?.value ?? '';
const phone = (r: Row) => firstOf(r.card.phones) || firstOf(r.contact?.phones);
const mobile = (r: Row) => (r.card.phones.length ? firstOf(r.contact?.phones) : '');
const email = (r: Row) => firstOf(r.contact?.emails) || firstOf(r.card.emails);
const company = (r: Row) => (r.card.kind === 'company' ? r.card.name : '');
const adr = (r: Row) => r.card.addresses[0] ?? {};
const street = (r: Row) => [adr(r).street ?? adr(r).raw, adr(r).district].filter(Boolean).join(', ');
const callingCode = (v: string) => {
  const n = parsePhoneNumberFromString(v);
  return n ? `+${n.countryCallingCode}` : '';
};
/** Only a phone number: nothing a spreadsheet could run. */
const PLAIN_PHONE = /^([+(\d][\d ().-]*)?$/;
const phoneCell = (v: string) => (PLAIN_PHONE.test(v) ? v : neutralise(v));

const RATING: Record<string, string> = { A: 'Hot', B: 'Warm', C: 'Cold' };

const COLUMNS: Record<Preset, Col[]> = {
  hubspot: [
    ['First Name', (r) => r.first],
    ['Last Name', (r) => r.last],
    ['Email', email],
    ['Phone Number', (r) => displayPhone(phone(r)), true],
    ['Mobile Phone Number', (r) => displayPhone(mobile(r)), true],
    ['Fax Number', (r) => displayPhone(firstOf(r.card.faxes)), true],
    ['Job Title', (r) => r.contact?.title ?? ''],
    ['Company Name', company],
    ['Website URL', (r) => firstOf(r.card.websites)],
    ['Street Address', street],
    ['City', (r) => adr(r).city ?? ''],
    ['State/Region', (r) => adr(r).region ?? ''],
    ['Postal Code', (r) => adr(r).postcode ?? ''],
    ['Country/Region', (r) => adr(r).country ?? ''],
    ['Industry', (r) => r.card.company.industry ?? ''],
  ],
  salesforce: [
    ['First Name', (r) => r.first],
    ['Last Name', (r) => r.last || r.card.name],
    ['Title', (r) => r.contact?.title ?? ''],
    ['Company', (r) => r.card.name],
    ['Email', email],
    ['Phone', (r) => displayPhone(phone(r)), true],
    ['Mobile Phone', (r) => displayPhone(mobile(r)), true],
    ['Fax', (r) => displayPhone(firstOf(r.card.faxes)), true],
    ['Website', (r) => firstOf(r.card.websites)],
    ['Street', street],
    ['City', (r) => adr(r).city ?? ''],
    ['State/Province', (r) => adr(r).region ?? ''],
    ['Zip/Postal Code', (r) => adr(r).postcode ?? ''],
    ['Country', (r) => adr(r).country ?? ''],
    ['Industry', (r) => r.card.company.industry ?? ''],
    ['Lead Source', (r) => r.card.sources[0]?.site ?? r.card.sources[0]?.channel ?? ''],
    ['Rating', (r) => RATING[r.card.classification.grade ?? ''] ?? ''],
    ['Description', (r) => r.card.notes.text ?? ''],
  ],
  twenty: [
    ['Name / First Name', (r) => r.first],
    ['Name / Last Name', (r) => r.last],
    ['Emails / Primary Email', email],
    ['Job Title', (r) => r.contact?.title ?? ''],
    ['Company / Domain / Link URL', (r) => firstOf(r.card.websites)],
    ['Phones / Primary Phone Number', (r) => parsePhoneNumberFromString(phone(r))?.nationalNumber ?? phone(r), true],
    ['Phones / Primary Phone Country Code', (r) => parsePhoneNumberFromString(phone(r))?.country ?? ''],
    ['Phones / Primary Phone Calling Code', (r) => callingCode(phone(r)), true],
    ['City', (r) => adr(r).city ?? ''],
  ],
};

export function presetHeader(preset: Preset): string[] {
  return COLUMNS[preset].map(([h]) => h);
}

/** One row per contact person (or one per card without contacts: a person card is its own person). */
export function presetRows(cards: Iterable<Card>, preset: Preset): string[][] {
  const rows: string[][] = [];
  for (const card of cards) {
    const people: (Contact | undefined)[] = card.contacts.length ? card.contacts : [undefined];
    for (const contact of people) {
      const name = contact?.name ?? (card.kind === 'person' ? card.name : '');
      const r: Row = { card, contact, ...splitName(name) };
      rows.push(COLUMNS[preset].map(([, get, isPhone]) => (isPhone ? phoneCell(get(r)) : neutralise(get(r)))));
    }
  }
  return rows;
}

export function exportPreset(cards: Iterable<Card>, preset: Preset): Blob {
  // Every cell quoted, as in our CSV (lib/transfer/csv.ts): a ";"-separator Excel cannot split a cell open.
  const text = Papa.unparse([presetHeader(preset), ...presetRows(cards, preset)], { newline: '\r\n', quotes: true });
  return new Blob([BOM, text], { type: 'text/csv;charset=utf-8' });
}
