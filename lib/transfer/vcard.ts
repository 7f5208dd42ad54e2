import { isUuid } from '../card/ids';
import type { Address, Card, ContactValue, ImKind } from '../card/schema';
import { primaryContact } from './columns';
import { splitName } from './presets';

// vCard 4.0 (RFC 6350) out, and vCard 2.1/3.0/4.0 in. Text is escaped (\\ \, \; \n), lines are folded at 75
// octets without splitting a UTF-8 character, CRLF throughout. On import unknown properties are ignored.
// A person gets N (structured name) beside FN: RFC 6350 makes it optional, but vCard 3.0 readers (Outlook, older
// phones) need it to show a name at all.

const IM_SCHEME: Record<ImKind, string> = {
  wechat: 'weixin',
  qq: 'mqq',
  whatsapp: 'whatsapp',
  skype: 'skype',
  wangwang: 'aliim',
  telegram: 'tg',
  line: 'line',
};
const SCHEME_IM = new Map<string, ImKind>([
  ...Object.entries(IM_SCHEME).map(([k, s]) => [s, k as ImKind] as [string, ImKind]),
  ...(['wechat', 'qq', 'whatsapp', 'skype', 'wangwang', 'telegram', 'line'] as ImKind[]).map(
    (k) => [k, k] as [string, ImKind],
  ),
  ['x-qq', 'qq'],
  ['x-wechat', 'wechat'],
]);

export function escapeText(v: string): string {
  return v
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
/** Folds a content line into chunks of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let cur = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (bytes + n > limit) {
      parts.push(cur);
      cur = '';
      bytes = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    cur += ch;
    bytes += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

function telLine(v: ContactValue, types: string[]): string {
  const e164 = /^\+\d{6,15}$/.test(v.value);
  const label = (v.label ?? '').toLowerCase();
  const t = [...types];
  if (/mobile|cell|手机/.test(label)) t.splice(0, t.length, 'cell', 'voice');
  const type = t.length > 1 ? `TYPE="${t.join(',')}"` : `TYPE=${t[0]}`;
  return e164 ? `TEL;VALUE=uri;${type}:tel:${v.value}` : `TEL;VALUE=text;${type}:${escapeText(v.value)}`;
}

/**
 * UID is a URI (RFC 6350 6.7.3). A card made before the short ids has a UUID: `urn:uuid:` as always. Any other id
 * (the short time-ordered ones, or whatever an imported file carried) is not a UUID, so it is written in this
 * extension's own URN namespace, percent-encoded so it stays a valid URI whatever its characters (a lone surrogate,
 * which encodeURIComponent refuses, becomes U+FFFD).
 */
export function vcardUid(id: string): string {
  if (isUuid(id)) return `urn:uuid:${id}`;
  return `urn:lead-archive:${encodeURIComponent(wellFormed(id))}`;
}

/** N: family;given;additional;prefixes;suffixes, each component escaped (a `,` or `;` in a name stays text). */
export function nameValue(fullName: string): string {
  const { first, last } = splitName(fullName);
  return [last, first, '', '', ''].map(escapeText).join(';');
}

/**
 * ADR components in RFC 6350 order: PO box; extended; street; locality; region; postal code; country. The first two
 * SHOULD be empty (6.3.1), and iOS has no field for the extended address, so a district goes before the street in
 * the street component, as a Chinese address is written (福田区 华强北路 1号).
 */
export function adrValue(a: Address): string {
  const line = a.street ?? a.raw ?? '';
  const street = a.district && !line.includes(a.district) ? [a.district, line].filter(Boolean).join(' ') : line;
  return ['', '', street, a.city ?? '', a.region ?? '', a.postcode ?? '', a.country ?? ''].map(escapeText).join(';');
}

/** IMPP is a URI: the handle is percent-encoded where a URI cannot hold the character (space, `,`, `;`, Chinese…). */
export function uriPart(v: string): string {
  return v.replace(/[^A-Za-z0-9\-._~!$&'()*+=:@/]+/gu, (m) => encodeURIComponent(wellFormed(m)));
}

/** encodeURIComponent refuses a lone surrogate: it becomes U+FFFD. */
const wellFormed = (v: string) =>
  v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** One card as a vCard. A company with a primary contact is that person at the company (FN, ORG, TITLE). */
export function cardToVcard(card: Card): string {
  const contact = primaryContact(card);
  const asPerson = card.kind === 'person' || !!contact?.name;
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `KIND:${asPerson ? 'individual' : 'org'}`];
  const fn = card.kind === 'company' && contact?.name ? contact.name : card.name;
  lines.push(`FN:${escapeText(fn || card.name || card.number)}`);
  if (asPerson && fn) lines.push(`N:${nameValue(fn)}`);
  // ORG is organisation;unit: the contact's department is the unit, where Apple, Google and Outlook show it.
  const org = [card.name, contact?.department].filter(Boolean).map((v) => escapeText(v!));
  if (card.kind === 'company' && card.name) lines.push(`ORG:${org.join(';')}`);
  const title = contact?.title ?? (card.kind === 'person' ? card.person.occupation : undefined);
  if (title) lines.push(`TITLE:${escapeText(title)}`);
  for (const p of card.phones) lines.push(telLine(p, ['work', 'voice']));
  for (const p of contact?.phones ?? []) lines.push(telLine(p, ['cell', 'voice']));
  for (const f of card.faxes) lines.push(telLine(f, ['work', 'fax']));
  for (const e of [...card.emails, ...(contact?.emails ?? [])]) lines.push(`EMAIL;TYPE=work:${escapeText(e.value)}`);
  for (const a of card.addresses) lines.push(`ADR;TYPE=work:${adrValue(a)}`);
  for (const w of card.websites) lines.push(`URL:${w.value}`);
  for (const h of [...card.im, ...(contact?.im ?? [])]) lines.push(`IMPP:${IM_SCHEME[h.kind]}:${uriPart(h.value)}`);
  if (card.classification.tags.length) lines.push(`CATEGORIES:${card.classification.tags.map(escapeText).join(',')}`);
  if (card.notes.text) lines.push(`NOTE:${escapeText(card.notes.text)}`);
  lines.push(`UID:${vcardUid(card.id)}`, `REV:${stamp(card.updatedAt)}`, 'END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function exportVcard(cards: Iterable<Card>): Blob {
  const parts: string[] = [];
  for (const card of cards) parts.push(cardToVcard(card));
  return new Blob(parts, { type: 'text/vcard;charset=utf-8' });
}

export { IM_SCHEME, SCHEME_IM };
