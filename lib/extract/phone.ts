import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

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

/** Phones in free text, as E.164 (masked ones as shown), in order of appearance. */
export function findPhones(text: string, region: CountryCode): string[] {
  if (digitCount(text) < 7) return [];
  const out: string[] = [];
  const masked = text.match(MASKED);
  if (masked) out.push(...masked.map((m) => m.replace(/\s+/g, '')));
  const clean = scrubRegistrations(text.slice(0, 4000)).replace(/[（]/g, '(').replace(/[）]/g, ')');
  try {
    for (const m of findPhoneNumbersInText(clean, region)) {
      if (m.number.isValid()) out.push(m.number.number as string);
    }
  } catch {
    /* libphonenumber never should throw on text, but a layer must not fail the page */
  }
  return out;
}

/**
 * A phone written as a value (structured data, tel: link, a labelled cell). Valid numbers become E.164; a number
 * libphonenumber cannot validate but that has a phone's digit count is kept as written (sample data, new ranges).
 */
export function normalisePhone(raw: string, region: CountryCode, lenient = true): string | null {
  const s = raw.replace(/^tel:/i, '').replace(/%20/g, ' ').trim().slice(0, 60);
  if (!s) return null;
  if (/\*{3,}/.test(s)) return s.replace(/\s+/g, '');
  try {
    const p = parsePhoneNumberFromString(s, region);
    if (p && p.isValid()) return p.number as string;
  } catch {
    /* fall through */
  }
  const digits = digitCount(s);
  if (!lenient || digits < 7 || digits > 15) return null;
  return s.replace(/\s*(?:ext|x|#|转|分机).*$/i, '').trim();
}
