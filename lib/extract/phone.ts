import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js';

// Phones are found and checked by libphonenumber-js, never by a bare regex. A masked back-end number
// (138****5678) is kept exactly as shown.

const MASKED = /(?:\+?\d{1,4}[\s-]?)?\d{2,4}\*{3,5}\d{2,5}/g;
// Registration numbers that look like phones: ICP licences, public-security filings, 18-character credit codes.
const NOT_PHONES = [
  /[\p{Script=Han}A-Za-z]{0,3}ICP\s*[备证]?\s*[:：]?\s*[\d-]{5,}\s*号?(?:-\d+)?/giu,
  /公网安备\s*\d{6,}\s*号?/gu,
  /(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])/g,
  /(?:注册号|许可证号?|编号|证书号|税号|备案号|ISBN|ISSN|SKU|Order\s*#?|Invoice|Reg(?:istration)?\.?\s*No\.?)\s*[:：#]?\s*[\dA-Z-]{5,}/giu,
];

export function scrubRegistrations(text: string): string {
  let t = text;
  for (const re of NOT_PHONES) t = t.replace(re, (m) => ' '.repeat(m.length));
  return t;
}

export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export interface PhoneHit {
  /** E.164 (a masked number as shown). */
  value: string;
  /** As written, when that differs: national form with trunk prefix, extension. */
  shown?: string;
}

// Year ranges ("© 2016-2021") and dates read as numbers by the matcher.
const YEARS = /(?:19|20)\d{2}\s*[-–—~至到]\s*(?:19|20)\d{2}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?/g;

function hit(p: PhoneNumber, written: string): PhoneHit {
  const value = p.number as string;
  const intl = /^\s*(\+|00)/.test(written);
  let shown: string | undefined;
  if (!intl) {
    const national = p.formatNational();
    if (/^[0(]*0/.test(national)) shown = national;
  }
  if (p.ext) shown = `${shown ?? value} ext. ${p.ext}`;
  return shown ? { value, shown } : { value };
}

/** Phones in free text, in order of appearance. */
export function findPhones(text: string, region: CountryCode): PhoneHit[] {
  if (digitCount(text) < 7) return [];
  const out: PhoneHit[] = [];
  const masked = text.match(MASKED);
  if (masked) out.push(...masked.map((m) => ({ value: m.replace(/\s+/g, '') })));
  const clean = scrubRegistrations(text.slice(0, 4000))
    .replace(YEARS, (m) => ' '.repeat(m.length))
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/(\d)_(?=\d)/g, '$1-');
  try {
    for (const m of findPhoneNumbersInText(clean, region)) {
      if (m.number.isValid()) out.push(hit(m.number, clean.slice(m.startsAt, m.endsAt)));
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
