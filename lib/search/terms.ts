import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Card } from '../card/schema';

// The search index is a multiEntry `*terms` index on the cards table: every card carries the short list of terms
// a user may type the start of. Latin text becomes lower-case words; Chinese text becomes the words found by
// Intl.Segmenter plus every pair of adjacent Han characters (names are 2–3 characters, segmenters split them
// badly); phones become their digits (international and national); emails and IM handles are kept whole.
// A query is cut the same way and each of its tokens is looked up as a prefix, so the index answers it alone.

/** Longest term kept; a prefix query on a longer value still finds it through its first characters. */
export const MAX_TERM = 24;
/** Cap per card, so one card with a novel in its notes cannot bloat the index. */
export const MAX_TERMS = 160;
/** Notes are indexed from their start only. */
const NOTES_CHARS = 600;

const HAN = /\p{Script=Han}/u;
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
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

function clip(t: string): string {
  return t.length > MAX_TERM ? t.slice(0, MAX_TERM) : t;
}

/** Terms of free text: Latin/digit words, and for Han runs the segmenter's words plus character pairs. */
export function textTerms(raw: string, out: Set<string> = new Set()): Set<string> {
  const s = fold(raw);
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    if (!HAN.test(w)) out.add(clip(w));
  }
  for (const m of s.matchAll(HAN_RUN)) {
    const run = m[0];
    if (run.length === 1) {
      out.add(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
    const seg = zhSegmenter();
    if (seg) {
      for (const part of seg.segment(run)) if (part.segment.length > 2) out.add(clip(part.segment));
    }
  }
  // Latin words mixed into Han text ("华为Huawei") were found by WORD only when separated; catch the rest.
  for (const m of s.matchAll(/[a-z0-9]+/g)) out.add(clip(m[0]));
  return out;
}

/** A phone's digits, and its national number when the value parses, so "138 0013" and "+86 138…" both match. */
export function phoneTerms(raw: string, out: Set<string> = new Set()): Set<string> {
  const digits = raw.replace(/\D+/g, '');
  if (digits.length < 3) return out;
  out.add(clip(digits));
  const parsed = parsePhoneNumberFromString(raw, 'CN');
  if (parsed?.nationalNumber && parsed.nationalNumber !== digits) out.add(clip(String(parsed.nationalNumber)));
  return out;
}

export function emailTerms(raw: string, out: Set<string> = new Set()): Set<string> {
  const e = fold(raw.trim());
  if (!e) return out;
  out.add(clip(e));
  const [local, domain = ''] = e.split('@');
  for (const m of local.matchAll(/[a-z0-9]+/g)) out.add(clip(m[0]));
  const host = domain.split('.')[0];
  if (host) out.add(clip(host));
  return out;
}

/** Everything searchable on a card, as the list stored in its `terms` field. */
export function cardTerms(card: Pick<Card, 'name' | 'number'> & Partial<Card>): string[] {
  const out = new Set<string>();
  textTerms(card.name ?? '', out);
  if (card.number) out.add(clip(fold(card.number)));
  for (const p of card.phones ?? []) phoneTerms(p.value, out);
  for (const f of card.faxes ?? []) phoneTerms(f.value, out);
  for (const e of card.emails ?? []) emailTerms(e.value, out);
  for (const h of card.im ?? []) out.add(clip(fold(h.value.trim())));
  for (const c of card.contacts ?? []) {
    textTerms(c.name, out);
    for (const p of c.phones ?? []) phoneTerms(p.value, out);
    for (const e of c.emails ?? []) emailTerms(e.value, out);
    for (const h of c.im ?? []) out.add(clip(fold(h.value.trim())));
  }
  if (card.notes?.text) textTerms(card.notes.text.slice(0, NOTES_CHARS), out);
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
    const digits = trimmed.replace(/\D+/g, '');
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
  // A token that is the start of another token adds nothing.
  const list = [...out];
  return list.filter((t) => !list.some((o) => o !== t && o.startsWith(t)));
}
