import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { ImKind } from './schema';

// Normalisation makes two spellings of the same thing compare equal, so that a second capture of a company finds
// the first instead of creating a twin. Values are stored normalised; the page's own spelling is not needed later.

export type Region = CountryCode;
export const DEFAULT_REGION: Region = 'CN';

/** A back end's masked number (138****5678, 138xxxx5678): kept as shown, never a dedupe key. */
export function isMaskedPhone(raw: string): boolean {
  return /\d[\d\s-]*[*＊×xX•]{2,}[\s-]*\d/.test(raw);
}

/**
 * A phone to E.164 (`+8613800138000`) using `region` for numbers written without a country code.
 * Masked numbers come back as shown (whitespace tidied). Anything libphonenumber cannot make a possible number of
 * gives null, which the UI reports as "cannot be parsed".
 */
// Parsing is the costly part of saving a card (a phone is normalised for its dedupe key, again when the card is
// stored, and for the search index): the last few thousand answers are remembered.
const phoneMemo = new Map<string, string | null>();
// Enough for the ~20,000 phones of a 5,000-card import file, whose keys are planned before any card is stored.
const PHONE_MEMO_MAX = 50_000;

export function normalizePhone(raw: string, region: Region = DEFAULT_REGION): string | null {
  const key = `${region}\u0000${raw}`;
  const known = phoneMemo.get(key);
  if (known !== undefined) return known;
  const out = parsePhone(raw, region);
  if (phoneMemo.size >= PHONE_MEMO_MAX) phoneMemo.clear();
  phoneMemo.set(key, out);
  return out;
}

function parsePhone(raw: string, region: Region): string | null {
  const text = raw.normalize('NFKC').trim();
  if (!text) return null;
  if (isMaskedPhone(text)) return text.replace(/\s+/g, ' ');
  // 00 and 011 international prefixes are common in Chinese and US pages: make them "+".
  const intl = text.replace(/^\s*(00|011)(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(intl, region);
  if (!parsed || !parsed.isPossible()) return null;
  return parsed.number;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** An email lower-cased (domain and local part: nobody relies on case-sensitive mailboxes), or null if not one. */
export function normalizeEmail(raw: string): string | null {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/^mailto:/i, '')
    .split('?')[0]
    .toLowerCase();
  return EMAIL.test(text) ? text : null;
}

/** A website as origin + path (no query, no fragment, no trailing slash beyond the root), or null. */
export function normalizeWebsite(raw: string): string | null {
  let text = raw.normalize('NFKC').trim();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '/';
  return `${url.origin}${path}`;
}

/** Platforms whose handles are case-insensitive (the platform folds case when you search or add a contact). */
const CASE_INSENSITIVE: ReadonlySet<ImKind> = new Set<ImKind>(['wechat', 'skype', 'telegram', 'line']);

/** An IM handle: trimmed, `@` dropped, lower-cased where the platform ignores case, WhatsApp as E.164. */
export function normalizeIm(kind: ImKind, raw: string, region: Region = DEFAULT_REGION): string | null {
  let text = raw.normalize('NFKC').trim();
  if (kind === 'whatsapp') {
    const m = /wa\.me\/(\+?\d+)/i.exec(text);
    if (m) text = m[1].startsWith('+') ? m[1] : `+${m[1]}`;
    return normalizePhone(text, region);
  }
  text = text.replace(/^(skype:|tg:\/\/resolve\?domain=|https?:\/\/t\.me\/)/i, '').replace(/^@/, '');
  if (kind === 'skype') text = text.replace(/\?.*$/, '');
  if (kind === 'qq') text = text.replace(/\s+/g, '');
  if (!text) return null;
  return CASE_INSENSITIVE.has(kind) ? text.toLowerCase() : text;
}

// Legal-form words that say nothing about which company it is. Stripped from the end only, repeatedly, so
// "Acme Trading Co., Ltd." and "ACME TRADING LIMITED" meet at "acmetrading".
const LEGAL_SUFFIX_WORDS = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'pte',
  'pty',
  'pvt',
  'kk',
  'group',
]);
const CJK_LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '株式会社', '分公司', '公司', '集团'];

/**
 * A company or person name reduced for matching (the weaker dedupe key): NFKC width folding, lower case,
 * punctuation and spaces removed, legal suffixes (Co., Ltd., 有限公司…) dropped from the end. Empty for no name;
 * a name of punctuation only is kept as written (folded).
 */
export function normalizeName(raw: string): string {
  const folded = raw.normalize('NFKC').toLowerCase().trim();
  let text = folded;
  // "(Shenzhen)" or "（深圳）" style qualifiers stay: they tell branches apart. Only punctuation goes.
  const tokens = text
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (tokens.length > 1 && LEGAL_SUFFIX_WORDS.has(tokens[tokens.length - 1])) tokens.pop();
  text = tokens.join('');
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of CJK_LEGAL_SUFFIXES) {
      if (text.length > suffix.length && text.endsWith(suffix)) {
        text = text.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  // A name made only of punctuation ("-", "…") still names something: match it as written, spaces collapsed.
  return text || folded.replace(/\s+/g, ' ');
}

/** A platform id as `platform:id`, platform lower-cased, id trimmed (buyer nicks are case-sensitive). */
export function normalizePlatformId(raw: string): string | null {
  const m = /^\s*([a-z0-9_.-]+)\s*:\s*(.+?)\s*$/i.exec(raw.normalize('NFKC'));
  return m ? `${m[1].toLowerCase()}:${m[2]}` : null;
}

/** A region to read local numbers with, from the page's host (a .de site writes German numbers). */
export function regionFromHost(host: string | undefined, fallback: Region = DEFAULT_REGION): Region {
  const tld = host?.toLowerCase().split('.').pop() ?? '';
  const byTld: Record<string, Region> = {
    cn: 'CN',
    hk: 'HK',
    tw: 'TW',
    jp: 'JP',
    kr: 'KR',
    uk: 'GB',
    de: 'DE',
    fr: 'FR',
    it: 'IT',
    es: 'ES',
    nl: 'NL',
    in: 'IN',
    au: 'AU',
    ca: 'CA',
    us: 'US',
    sg: 'SG',
    my: 'MY',
    vn: 'VN',
    th: 'TH',
    br: 'BR',
    ru: 'RU',
    tr: 'TR',
  };
  return byTld[tld] ?? fallback;
}
