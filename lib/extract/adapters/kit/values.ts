import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Found } from '../../types';

/** Confidence of a value an adapter read from the block it knows (DESIGN.md: site adapter ~0.9). */
export const ADAPTER_CONF = 0.9;

export function found<T>(value: T, by: string, conf = ADAPTER_CONF): Found<T> {
  return { value, src: 'adapter', conf, by };
}

/** True for a back end's masked number (138****5678, +1 ***-***-1234): kept exactly as shown, never corrected. */
export function isMasked(phone: string): boolean {
  return /[*＊•●xX]{3,}/.test(phone.replace(/\s/g, ''));
}

/**
 * E.164 when libphonenumber accepts the number; a masked number exactly as shown (trimmed); anything else that
 * still looks like a phone, as written. Returns undefined for text that is no phone at all.
 */
export function phoneValue(raw: string | undefined, country?: CountryCode): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  if (isMasked(s)) return s;
  const p = parsePhoneNumberFromString(s, country);
  if (p?.isValid()) return p.number;
  // B2B sites write the country code without its plus ("86-532-80901234", "86 0579 87123456").
  const plus = /^[1-9]/.test(s) ? parsePhoneNumberFromString(`+${s.replace(/^(\d{1,3})[\s-]+0/, '$1 ')}`) : undefined;
  if (plus?.isValid()) return plus.number;
  return /\d[\d\s()+\-.]{5,}\d/.test(s) ? s : undefined;
}

const CURRENCIES: [RegExp, string][] = [
  [/US\s?\$|USD/i, 'USD'],
  [/CA\s?\$|CAD/i, 'CAD'],
  [/AU\s?\$|AUD/i, 'AUD'],
  [/HK\s?\$|HKD/i, 'HKD'],
  [/€|EUR/i, 'EUR'],
  [/£|GBP/i, 'GBP'],
  [/[¥￥元]|RMB|CNY/i, 'CNY'],
  [/\$/, 'USD'],
];

/** "¥1,280.50" → {amount: 1280.5, currency: 'CNY'}; the site's own currency when the text shows none. */
export function money(raw: string | undefined, fallback?: string): { amount?: number; currency?: string } {
  if (!raw) return {};
  const n = /-?\d[\d,]*(?:\.\d+)?/.exec(raw);
  const amount = n ? Number(n[0].replace(/,/g, '')) : undefined;
  const currency = CURRENCIES.find(([re]) => re.test(raw))?.[1] ?? fallback;
  return { amount: Number.isFinite(amount) ? amount : undefined, currency };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number | string) => String(n).padStart(2, '0');

/** "2026-03-15 14:22:01", "2026年3月15日", "Mar 15, 2026", "15 Mar 2026" → ISO date (and time when shown). */
export function isoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(raw);
  if (m) {
    const d = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    return m[4] ? `${d}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}` : d;
  }
  // "Mar 15, 2026" (month first) or "15 Mar 2026" (day first).
  const mdy = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(raw);
  const dmy = mdy ? null : /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(raw);
  const [mon, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : dmy ? [dmy[2], dmy[1], dmy[3]] : [];
  const mi = mon ? MONTHS.indexOf(mon.toLowerCase()) + 1 : 0;
  if (mi > 0 && day && year) return `${year}-${pad(mi)}-${pad(day)}`;
  return undefined;
}

/** "Handbags, Wallets / Belts、背包" → ['Handbags', 'Wallets', 'Belts', '背包']. */
export function splitList(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(/\s*(?:[,，、;；|/\n]|\s·\s)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A year such as "Year Established: 2008" or "成立时间：2008年" → "2008"; full dates are kept as ISO. */
export function yearOrDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  return isoDate(raw) ?? /\b(1[89]\d\d|20\d\d)\b/.exec(raw)?.[1] ?? /(1[89]\d\d|20\d\d)/.exec(raw)?.[1];
}

/** Plain http(s) website or undefined. */
export function website(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  const withScheme = /^https?:\/\//i.test(s) ? s : /^www\.|^[a-z0-9-]+\.[a-z.]{2,}(\/|$)/i.test(s) ? `http://${s}` : '';
  try {
    const u = new URL(withScheme);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function email(raw: string | null | undefined): string | undefined {
  const m = raw ? /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(raw.replace(/^mailto:/i, '')) : null;
  return m ? m[0].toLowerCase() : undefined;
}
