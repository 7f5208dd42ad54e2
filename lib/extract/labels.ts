// The label vocabulary of contact blocks, English and Chinese. A label is recognised at the start of a line or
// cell, or after a separator, and is followed by ":"/"：", a table-cell break, or (for phone-like labels) a number.

import { VOCAB, type LabelKind } from './label-vocab';

export type { LabelKind };

const KIND_OF = new Map<string, LabelKind>();
for (const [kind, words] of VOCAB) for (const w of words) KIND_OF.set(w, kind);

/** Labels that may be followed by their number without a colon ("Tel 312 867 0110", "电话 0755…"). */
const NUMERIC: Set<LabelKind> = new Set(['phone', 'mobile', 'fax', 'qq', 'whatsapp', 'postcode']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
const ALT = [...KIND_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
// Before: anything but a letter ("…3900Fax: …" is two fields). After: optional "no."/"#", then ":" "：" "|" or (numeric kinds) a
// digit, "+" or "(" — checked in code. Bounded pieces only: no nested quantifiers, so no catastrophic backtracking.
const LABEL_RE = new RegExp(
  `(?<![A-Za-z])(${ALT})(?:\\s{0,3}(?:no\\.?|number|#|号码?))?\\s{0,3}([:：|]|(?=[+(（\\d]))?`,
  'giu',
);
const HAN = /\p{Script=Han}/u;
const QUALIFIER = /^(?:[A-Z][\w&'-]*\s+){1,2}$/;
/** The last word of a number label (label-vocab: phone, mobile, fax, qq, whatsapp, postcode kinds). */
const BARE_END =
  /(?:tel|phone|number|ph|call|us|main|office|free|hotline|direct|voice|reservations|no|mobile|cell|mob|fax|facsimile|qq|app|zip|code|postcode)\.?\s*$/i;
const MAYBE_LABELLED = /[:：|\d\p{Script=Han}]/u;

export interface Segment {
  kind: LabelKind | null;
  /** A second kind the same value carries ("Tel/Fax: …", "电话/传真：…"). */
  also?: LabelKind;
  label: string;
  value: string;
}

// "地\u3000\u3000址：", "联 系 人：", "Q\u3000\u3000Q：" (ideographic spaces): a label spaced out to line up with longer ones in a column. Its characters
// (single Han characters or capitals, up to four) are joined back before the label search.
const PADDED_LABEL = /(^|[\s|])((?:[\p{Script=Han}A-Z][ \u3000]+){1,3}[\p{Script=Han}A-Z])(?=[ \u3000]*[:：])/gu;
const MAYBE_PADDED = /[\p{Script=Han}A-Z][ \u3000]+[\p{Script=Han}A-Z][ \u3000]*[:：]/u;

/** Splits a line into labelled segments; text before the first label is an unlabelled segment. */
export function segments(written: string): Segment[] {
  const line = MAYBE_PADDED.test(written)
    ? written.replace(PADDED_LABEL, (_m, pre: string, label: string) => pre + label.replace(/[ \u3000]+/g, ''))
    : written;
  // Every label is followed by a colon, a cell break or a number, or is a Chinese word: most prose lines have
  // none of these and skip the label search.
  // A short line without them may still be a number's label standing alone ("General Fax" in a <dt>, its
  // number in the <dd> below); only number labels are taken from such a line.
  const bare = !MAYBE_LABELLED.test(line);
  if (bare && (line.length > 30 || !BARE_END.test(line))) return [{ kind: null, label: '', value: line }];
  const out: Segment[] = [];
  let last = 0;
  let lastKind: LabelKind | null = null;
  let lastLabel = '';
  let lastAlso: LabelKind | undefined;
  LABEL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = LABEL_RE.exec(line)) && guard++ < 50) {
    const word = m[1].toLowerCase().replace(/\s+/g, ' ');
    const kind = KIND_OF.get(word) ?? KIND_OF.get(word.replace(/\s/g, '')) ?? null;
    const sep = m[2];
    if (!kind || (bare && !NUMERIC.has(kind))) continue;
    const next = line.slice(m.index + m[0].length).trimStart();
    // "Http: www.…" is a label; "http://…" is the start of an address.
    if (word === 'http' && next.startsWith('//')) continue;
    const han = HAN.test(word);
    const after = line.charAt(m.index + m[1].length);
    // A Latin label must end at a word boundary ("Telford" is not "Tel").
    if (!han && /[\p{L}]/u.test(after)) continue;
    // A Chinese label may carry a prefix ("加盟热线：", "公司传真："), but then it must end in a colon.
    const prefixed = han && m.index > 0 && HAN.test(line.charAt(m.index - 1));
    if (prefixed && sep !== ':' && sep !== '：') continue;
    if (!han && m.index > 0 && /\p{L}/u.test(line.charAt(m.index - 1))) continue;
    const ok =
      (sep && sep !== '' && (sep !== '|' || true)) ||
      (NUMERIC.has(kind) && /^[+(（\d]/.test(next) && word.length > 1) ||
      (han && word.length >= 2 && next.length > 0 && HAN.test(next.charAt(0)) === false && kind !== 'org') ||
      (m.index === 0 && next === '' && word.length > 1) ||
      // "General Fax" / "Main Phone" alone on a line: a qualified label whose value is on the next line.
      (!han && next === '' && word.length > 1 && QUALIFIER.test(line.slice(0, m.index)));
    if (!ok) continue;
    const between = line.slice(last, m.index).trim();
    if (lastKind && /^[/、&]$|^and$|^或$/i.test(between)) {
      // "Tel/Fax: 022-…": one value, two labels.
      lastAlso = lastKind;
      lastKind = kind;
      lastLabel = m[1];
      last = m.index + m[0].length;
      continue;
    }
    if (m.index > last || out.length === 0) {
      if (between || lastKind) out.push({ kind: lastKind, also: lastAlso, label: lastLabel, value: between });
    } else if (lastKind) out.push({ kind: lastKind, also: lastAlso, label: lastLabel, value: '' });
    lastAlso = undefined;
    lastKind = kind;
    lastLabel = m[1];
    last = m.index + m[0].length;
  }
  const tail = line.slice(last).trim();
  if (lastKind || tail) out.push({ kind: lastKind, also: lastAlso, label: lastLabel, value: tail });
  return out.filter((s, i) => s.kind || s.value || i > 0);
}

export function labelKind(word: string): LabelKind | null {
  return KIND_OF.get(word.toLowerCase().trim()) ?? null;
}
