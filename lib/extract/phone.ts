import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js';

// Phones are found and checked by libphonenumber-js, never by a bare regex. A masked back-end number
// (138****5678) is kept exactly as shown.

const MASKED = /(?:\+?\d{1,4}[\s-]?)?\d{2,4}\*{3,5}\d{2,5}/g;
// A VAT number after its label: "VAT No. GB 212 3456 78", "Vat no: 212 3456 78", "USt-IdNr.: DE 298765432". The
// label is a whole word in any case (not the VAT of INNOVATION, the IVA of DERIVATIVE, the UID of FLUID) followed
// by a number label or a colon; the number may follow at once, or after some words when it opens with a country
// prefix in capitals ("USt-IdNr. gemäß § 27a UStG: DE 298765432").
const ci = (w: string) => w.replace(/\p{L}/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
const VAT_WORD = ['VAT', 'USt', 'UStG', 'Umsatzsteuer', 'MwSt', 'TVA', 'IVA', 'BTW', 'UID'].map(ci).join('|');
const VAT_NO = ['No', 'Nr', 'Reg', 'Registration', 'ID', 'IdNr', 'number', 'nummer', 'Identifikationsnummer', 'n°']
  .map(ci)
  .join('|');
const VAT_PREFIX = 'AT|BE|BG|CHE|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|SI|SK|XI|ATU';
const VAT_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${VAT_WORD})(?:[\\s.-]{0,2}(?:${VAT_NO})(?![\\p{L}])\\.?|\\s?[:：])` +
    `(?:[^\\n\\d]{0,60}?(?<![\\p{L}])(?:${VAT_PREFIX})\\s?|[\\s.:：#]{0,4})\\d[\\d ]{6,13}\\d`,
  'gu',
);

// Registration numbers that look like phones: ICP licences, public-security filings, 18-character credit codes.
const NOT_PHONES = [
  /[\p{Script=Han}A-Za-z]{0,3}ICP\s*[备证]?\s*[:：]?\s*[\d-]{5,}\s*号?(?:-\d+)?/giu,
  /公网安备\s*\d{6,}\s*号?/gu,
  /(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])/g,
  /(?:注册号|许可证号?|编号|证书号|税号|备案号|ISBN|ISSN|SKU|Order\s*#?|Invoice|Reg(?:istration)?\.?\s*No\.?)\s*[:：#]?\s*[\dA-Z-]{5,}/giu,
  VAT_NUMBER,
];

export function scrubRegistrations(text: string): string {
  let t = text;
  for (const re of NOT_PHONES) t = t.replace(re, (m) => ' '.repeat(m.length));
  return t;
}

// A run that could hold a phone: 7+ digits with only phone punctuation between them. Lines without one (prose
// with a date or a price) never reach libphonenumber, whose matcher is the costliest step of extraction.
const PHONEISH = /[+(（]?\d[\d\s()./–-]{5,24}\d/g;
export function mayHoldPhone(s: string): boolean {
  PHONEISH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONEISH.exec(s))) if (digitCount(m[0]) >= 7) return true;
  return false;
}

export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

const FALLBACK: CountryCode[] = ['US', 'GB'];

export interface PhoneHit {
  /** E.164 (a masked number as shown). */
  value: string;
  /** As written, when that differs: national form with trunk prefix, extension. */
  shown?: string;
}

// Year ranges ("© 2016-2021") and dates read as numbers by the matcher.
const YEARS = /(?:19|20)\d{2}\s*[-–—~至到]\s*(?:19|20)\d{2}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?/g;

// "0572-3084469、3084800": later numbers share the first one's area code.
const SHARED_AREA = /(?<!\d)(0\d{2,3})([-\s]?)(\d{7,8})((?:(?:\s{0,2}[、/,，]\s{0,2}|\s{1,2})\d{7,8}(?!\d)){1,4})/g;
function sharedArea(_m: string, area: string, sep: string, first: string, rest: string): string {
  return `${area}${sep}${first}` + rest.replace(/(\d{7,8})/g, `${area}-$1`);
}

/** A Chinese number without its area code (8 digits) is only part of a number: a reader cannot dial it. */
function incomplete(p: PhoneNumber): boolean {
  return p.country === 'CN' && String(p.nationalNumber).length < 10;
}

function hit(p: PhoneNumber, written: string): PhoneHit {
  const value = p.number as string;
  const intl = /^\s*(\+|00)/.test(written);
  let shown: string | undefined;
  if (/\(0\)/.test(written)) shown = written.trim();
  else if (!intl) {
    const national = p.formatNational();
    if (/^[0(]*0/.test(national)) shown = national;
  }
  // Only an extension the page spells out ("ext. 220", "x220", "转220"), not a pause read from a comma.
  if (p.ext && /(ext|x|#|转|分机)/i.test(written)) shown = `${shown ?? value} ext. ${p.ext}`;
  return shown ? { value, shown } : { value };
}

// "1-877-SOV-BANK": a North American toll-free number spelled on the keypad (three or more letters).
const VANITY = /(?<![\w-])(1[-.\s]?)?(8(?:00|33|44|55|66|77|88))[-.\s]([A-Z\d]{2,4}[-\s]?[A-Z\d]{2,5})(?![\w-])/g;
const KEYPAD = 'ABC2DEF3GHI4JKL5MNO6PQRS7TUV8WXYZ9';
function keypad(c: string): string {
  if (/\d/.test(c)) return c;
  let d = 2;
  for (const ch of KEYPAD) {
    if (ch === c) return String(d);
    if (/\d/.test(ch)) d++;
  }
  return c;
}
function dialVanity(m: string, one: string | undefined, code: string, word: string): string {
  const letters = word.replace(/[^A-Z]/g, '').length;
  const chars = word.replace(/[-\s]/g, '');
  if (letters < 3 || chars.length < 7) return m;
  const d = [...chars.slice(0, 7)].map(keypad).join('');
  // Same length, so positions in the text stay as written.
  return `${one ?? ''}${code}-${d.slice(0, 3)}-${d.slice(3)}`.padEnd(m.length, ' ');
}

/**
 * Phones in free text, in order of appearance. `also`: regions to try, after the page's own, for numbers it
 * cannot read (countries the line or its section names).
 */
export function findPhones(written: string, region: CountryCode, also: CountryCode[] = []): PhoneHit[] {
  const text = /[A-Z]{3}/.test(written) ? written.replace(VANITY, dialVanity) : written;
  if (digitCount(text) < 7) return [];
  const out: PhoneHit[] = [];
  const masked = text.includes('*') ? text.match(MASKED) : null;
  if (masked) out.push(...masked.map((m) => ({ value: m.replace(/\s+/g, '') })));
  if (!mayHoldPhone(text)) return out;
  const clean = scrubRegistrations(text.slice(0, 4000))
    .replace(YEARS, (m) => ' '.repeat(m.length))
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/(\d)_(?=\d)/g, '$1-')
    .replace(SHARED_AREA, sharedArea);
  let rest = clean;
  // Pages list offices abroad in their national forms ("UK: 07545 025137" on a US page, "(416) 659-4556" on a
  // UK one): what the page's own region cannot read is tried as US and UK numbers (never on Chinese pages, whose
  // long registration numbers would pass as foreign phones).
  const regions =
    region === 'CN' ? [region] : [...new Set<CountryCode>([region, ...also.filter((r) => r !== 'CN'), ...FALLBACK])];
  try {
    for (const r of regions) {
      if (digitCount(rest) < 7 || !mayHoldPhone(rest)) break;
      for (const m of findPhoneNumbersInText(rest, r)) {
        if (!m.number.isValid() || incomplete(m.number)) continue;
        out.push(hit(m.number, rest.slice(m.startsAt, m.endsAt)));
        rest = rest.slice(0, m.startsAt) + ' '.repeat(m.endsAt - m.startsAt) + rest.slice(m.endsAt);
      }
    }
    // "86-574-8765-4321": a country code written without its "+" (common on Chinese B2B profiles).
    if (digitCount(rest) >= 9 && /(?<![\d+])(?:00)?(?:86|852|886)[-\s.]/.test(rest)) {
      const plus = rest.replace(/(?<![\d+])(?:00)?(86|852|886)([-\s.])/g, '+$1$2');
      for (const m of findPhoneNumbersInText(plus, region)) {
        if (m.number.isValid() && !incomplete(m.number)) out.push(hit(m.number, '+'));
      }
    }
  } catch {
    /* libphonenumber should never throw on text, but a layer must not fail the page */
  }
  return out;
}

/**
 * A phone written as a value (structured data, tel: link, a labelled cell). Valid numbers become E.164; a number
 * libphonenumber cannot validate but that has a phone's digit count is kept as written (sample data, new ranges).
 */
export function normalisePhone(raw: string, region: CountryCode, lenient = true): PhoneHit | null {
  const s = raw.replace(/^tel:/i, '').replace(/%20/g, ' ').trim().slice(0, 60);
  if (!s) return null;
  if (/\*{3,}/.test(s)) return { value: s.replace(/\s+/g, '') };
  try {
    const p = parsePhoneNumberFromString(s, region);
    if (p && p.isValid()) return hit(p, s);
  } catch {
    /* fall through */
  }
  const digits = digitCount(s);
  if (!lenient || digits < 7 || digits > 15) return null;
  return { value: s.replace(/\s*(?:ext|x|#|转|分机).*$/i, '').trim() };
}
