import { getCountries, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Card } from '../card/schema';
import { normalizePhone } from '../card/normalize';

// The search index is a multiEntry `*terms` index on the cards table: every card carries the short list of terms
// a user may type the start of. Latin text becomes lower-case words; Chinese
// names and contact names become every pair of adjacent Han characters (names are 2–3 characters a segmenter
// splits badly); notes become the words Intl.Segmenter finds; phones become their digits (international and
// national number); emails and IM handles are kept whole. Words on most cards (有限公司, Ltd) are left out.
// A query is cut the same way and each of its tokens is looked up as a prefix, so the index answers it alone.

/** Longest term kept; a prefix query on a longer value still finds it through its first characters. */
export const MAX_TERM = 24;
/** Cap per card, so one card with a novel in its notes cannot bloat the index. */
export const MAX_TERMS = 160;
/** Notes are indexed from their start only. */
const NOTES_CHARS = 300;

const HAN = /\p{Script=Han}/u;
const ASCII = /^[ -~\t\n\r]*$/;
const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

let segmenter: Intl.Segmenter | null | undefined;
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** NFKC (full-width letters and digits become ASCII), lower case, accents removed. */
export function fold(s: string): string {
  // Most values are plain ASCII: lower-casing is all they need (normalising is the costly part).
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

function clip(t: string): string {
  return t.length > MAX_TERM ? t.slice(0, MAX_TERM) : t;
}

/**
 * Words so common in company names that an index entry for them would point at most of the archive and tell
 * nothing apart; they are left out of the index and out of queries alike.
 */
export const STOP = new Set([
  '有限',
  '限公',
  '公司',
  '有限公司',
  '责任',
  '任公',
  '股份',
  '份有',
  '集团',
  '实业',
  '贸易',
  '商行',
  'co',
  'ltd',
  'inc',
  'llc',
  'gmbh',
  'company',
  'corp',
  'limited',
  'the',
  'and',
  'of',
  'srl',
  'bv',
  'sa',
  'ag',
]);

function keep(t: string): boolean {
  return !STOP.has(t);
}

/**
 * Terms of a name (company or person): Latin/digit words, and for Han runs every pair of adjacent characters —
 * names are made of characters a segmenter does not know (华强, 张伟), so pairs are what finds them. A one-character
 * run is kept whole.
 */
export function textTerms(raw: string, out: Set<string> = new Set()): Set<string> {
  const s = fold(raw);
  if (ASCII.test(s)) {
    for (const m of s.matchAll(/[a-z0-9]+/g)) if (keep(m[0])) out.add(clip(m[0]));
    return out;
  }
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    if (!HAN.test(w) && keep(w)) out.add(clip(w));
  }
  for (const m of s.matchAll(HAN_RUN)) {
    const run = m[0];
    if (run.length === 1) {
      out.add(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (keep(pair)) out.add(pair);
    }
  }
  // Latin words joined to Han text ("华为Huawei") are not separate WORD matches.
  for (const m of s.matchAll(/[a-z0-9]+/g)) if (keep(m[0])) out.add(clip(m[0]));
  return out;
}

/**
 * Terms of running text (notes): Latin words of two or more letters, and the words Intl.Segmenter finds in Han
 * text (two or more characters). Cheaper than pairs for prose, where the segmenter's words are what people type.
 */
export function proseTerms(raw: string, out: Set<string> = new Set()): Set<string> {
  const s = fold(raw);
  for (const m of s.matchAll(/[a-z0-9]{2,}/g)) if (keep(m[0])) out.add(clip(m[0]));
  const seg = zhSegmenter();
  for (const m of s.matchAll(HAN_RUN)) {
    const run = m[0];
    if (!seg) {
      for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
      continue;
    }
    for (const part of seg.segment(run)) {
      const w = part.segment;
      if (w.length >= 2 && keep(w)) out.add(clip(w));
    }
  }
  return out;
}

/**
 * A phone as its national number (13800138000, 3128670110): what people type, with or without the country code
 * (queries drop it, see phoneQuery). Values that do not parse (masked, partial) keep their digits.
 */
export function phoneTerms(raw: string, out: Set<string> = new Set()): Set<string> {
  const digits = raw.replace(/\D+/g, '');
  if (digits.length < 3) return out;
  // Stored phones are E.164 (+8613800138000): dropping the calling code gives the national number without
  // parsing; anything else goes through libphonenumber.
  if (/^\+\d+$/.test(raw)) {
    out.add(clip(stripCallingCode(digits)));
    return out;
  }
  // A phone just normalised for its dedupe key (the same card, moments ago) is in normalizePhone's memo.
  const e164 = normalizePhone(raw);
  if (e164 && /^\+\d+$/.test(e164)) {
    out.add(clip(stripCallingCode(e164.slice(1))));
    return out;
  }
  // Not a possible number (partial, masked): libphonenumber's national part, or the digits.
  const parsed = parsePhoneNumberFromString(raw, 'CN');
  out.add(clip(parsed?.nationalNumber ? String(parsed.nationalNumber) : digits));
  return out;
}

/** Digits without their leading country calling code (calling codes are prefix-free: the first match is it). */
function stripCallingCode(digits: string): string {
  callingCodes ??= new Set(getCountries().map((c) => getCountryCallingCode(c)));
  for (let n = 1; n <= 3 && n < digits.length; n++) {
    if (callingCodes.has(digits.slice(0, n))) return digits.slice(n);
  }
  return digits;
}

let callingCodes: Set<string> | null = null;

/**
 * The digits of a phone-like query as they appear in the index: without the country calling code when it starts
 * with "+" (calling codes are prefix-free, so the first one that matches is the one), and without a national trunk
 * "0" (0755… → 755…).
 */
export function phoneQuery(q: string): string {
  const digits = q.replace(/\D+/g, '');
  if (q.trim().startsWith('+')) return stripCallingCode(digits).replace(/^0/, '');
  return digits.replace(/^0+/, '');
}

export function emailTerms(raw: string, out: Set<string> = new Set()): Set<string> {
  const e = fold(raw.trim());
  if (!e) return out;
  // The whole address answers any prefix of it ("chen", "chen986@orion"); the host name answers the company.
  out.add(clip(e));
  const domain = e.split('@')[1] ?? '';
  const host = domain.split('.')[0];
  if (host && keep(host)) out.add(clip(host));
  return out;
}

/**
 * A Latin name of several words is also kept whole ("fatima jensen", "redwood auto parts ltd"): a type-ahead like
 * "Fatima Jen" is then one narrow prefix range instead of the intersection of two wide ones.
 */
export function phraseTerm(raw: string, out: Set<string>): void {
  const p = phraseOf(raw);
  if (p) out.add(p);
}

/** The folded, single-spaced, clipped form of a Latin multi-word text, or null. */
export function phraseOf(raw: string): string | null {
  const s = fold(raw).trim().replace(/\s+/g, ' ');
  if (!s.includes(' ') || HAN.test(s) || s.length < 3) return null;
  return clip(s);
}

/** Everything searchable on a card, as the list stored in its `terms` field. */
export function cardTerms(card: Pick<Card, 'name' | 'number'> & Partial<Card>): string[] {
  const out = new Set<string>();
  // The customer number is searched through its own unique index (search.ts), not here.
  textTerms(card.name ?? '', out);
  phraseTerm(card.name ?? '', out);
  for (const p of card.phones ?? []) phoneTerms(p.value, out);
  for (const f of card.faxes ?? []) phoneTerms(f.value, out);
  for (const e of card.emails ?? []) emailTerms(e.value, out);
  for (const h of card.im ?? []) out.add(clip(fold(h.value.trim())));
  for (const c of card.contacts ?? []) {
    textTerms(c.name, out);
    phraseTerm(c.name, out);
    for (const p of c.phones ?? []) phoneTerms(p.value, out);
    for (const e of c.emails ?? []) emailTerms(e.value, out);
    for (const h of c.im ?? []) out.add(clip(fold(h.value.trim())));
  }
  if (card.notes?.text) proseTerms(card.notes.text.slice(0, NOTES_CHARS), out);
  out.delete('');
  return [...out].slice(0, MAX_TERMS);
}

/**
 * Tokens of what the user typed: each one must be the start of some term of a matching card. A query that is
 * mostly a phone number ("138-0013 8000") is one digit token; Han runs become their character pairs.
 */
export function queryTokens(q: string): string[] {
  const trimmed = q.trim();
  if (!trimmed) return [];
  const phoneish = /^[+\d][\d\s().-]*$/.test(trimmed);
  if (phoneish) {
    const digits = phoneQuery(trimmed);
    return digits ? [digits] : [];
  }
  const s = fold(trimmed);
  const out = new Set<string>();
  // Emails and handles keep their punctuation so "foo@bar" is one prefix of the whole address.
  for (const piece of s.split(/\s+/)) {
    if (/[@]/.test(piece)) {
      out.add(clip(piece));
      continue;
    }
    for (const m of piece.matchAll(/[a-z0-9]+/g)) out.add(clip(m[0]));
    for (const m of piece.matchAll(WORD)) if (!HAN.test(m[0]) && !/^[a-z0-9]+$/.test(m[0])) out.add(clip(m[0]));
    for (const m of piece.matchAll(HAN_RUN)) {
      const run = m[0];
      if (run.length === 1) out.add(run);
      else for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
    }
  }
  // Stop words are not in the index; neither is a word being typed that may become one ("com" → "company"). A query
  // made only of them keeps them.
  const stopStart = (t: string) => !keep(t) || (/^[a-z]+$/.test(t) && [...STOP].some((w) => w.startsWith(t)));
  const useful = [...out].filter((t) => !stopStart(t));
  const list = useful.length ? useful : [...out];
  // A token that is the start of another token adds nothing.
  return list.filter((t) => !list.some((o) => o !== t && o.startsWith(t)));
}
