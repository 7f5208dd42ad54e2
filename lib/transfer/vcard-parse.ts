import type { ContactValue } from '../card/schema';
import { TransferError } from './errors';
import { LIMITS } from './limits';
import { newBuild, type Candidate } from './records';
import { SCHEME_IM } from './vcard';

// Reads vCard 2.1, 3.0 and 4.0: unfolds lines, splits `group.NAME;params:value`, unescapes, decodes
// quoted-printable (phones still export 2.1 with it). Only the properties a card can hold are read.

interface Prop {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

export function unfold(text: string): string[] {
  // 2.1 quoted-printable soft line breaks end in "=", join them before the RFC folding.
  return text
    .replace(/=\r?\n/g, (m, offset: number, all: string) => (/QUOTED-PRINTABLE/i.test(lineStart(all, offset)) ? '' : m))
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n|\r/);
}
function lineStart(all: string, offset: number): string {
  return all.slice(all.lastIndexOf('\n', offset) + 1, offset);
}

export function unescapeText(v: string): string {
  return v.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits on unescaped `sep`. */
function splitEscaped(v: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < v.length; i++) {
    const ch = v[i];
    if (ch === '\\' && i + 1 < v.length) {
      cur += ch + v[++i];
    } else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function decodeQp(v: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < v.length; i++) {
    if (v[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(v.slice(i + 1, i + 3))) {
      bytes.push(parseInt(v.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(v[i]));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

export function parseLine(line: string): Prop | null {
  const colon = findValueColon(line);
  if (colon < 0) return null;
  const [rawName, ...rawParams] = splitParams(line.slice(0, colon));
  const name = rawName.replace(/^[^.]*\./, '').toUpperCase();
  const params = new Map<string, string[]>();
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    const key = (eq < 0 ? 'TYPE' : p.slice(0, eq)).toUpperCase();
    const vals = (eq < 0 ? p : p.slice(eq + 1))
      .replace(/"/g, '')
      .split(',')
      .map((s) => s.toLowerCase());
    params.set(key, [...(params.get(key) ?? []), ...vals]);
  }
  let value = line.slice(colon + 1);
  if (params.get('ENCODING')?.includes('quoted-printable')) value = decodeQp(value);
  return { name, params, value };
}
/** The colon that ends the parameters (colons inside quoted parameter values do not count). */
function findValueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}
function splitParams(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Every vCard in the text as a card under construction; `not-vcard` when there is none. */
export function parseVcards(text: string, now = Date.now()): Candidate[] {
  const out: Candidate[] = [];
  let props: Prop[] | null = null;
  for (const line of unfold(text)) {
    if (/^BEGIN:VCARD\s*$/i.test(line)) props = [];
    else if (/^END:VCARD\s*$/i.test(line)) {
      if (props) out.push({ row: out.length + 1, card: buildCard(props, now) });
      if (out.length > LIMITS.rows) throw new TransferError('too-many-rows', { limit: LIMITS.rows });
      props = null;
    } else if (props && line.trim()) {
      const p = parseLine(line);
      if (p) props.push(p);
    }
  }
  if (!out.length) throw new TransferError('not-vcard');
  return out;
}

function buildCard(props: Prop[], now: number) {
  const card = newBuild(now);
  const get = (n: string) => props.find((p) => p.name === n);
  const n = get('N');
  const nParts = n ? splitEscaped(n.value, ';').map(unescapeText) : [];
  const [family = '', given = ''] = nParts;
  const nName = /[\u3400-\u9fff]/.test(family + given) ? family + given : [given, family].filter(Boolean).join(' ');
  const fn = unescapeText(get('FN')?.value ?? '') || nName;
  const org = splitEscaped(get('ORG')?.value ?? '', ';').map(unescapeText)[0] ?? '';
  const title = unescapeText(get('TITLE')?.value ?? '');
  const kind = get('KIND')?.value.toLowerCase();
  const phones: ContactValue[] = [];
  for (const p of props) {
    const types = p.params.get('TYPE') ?? [];
    switch (p.name) {
      case 'TEL': {
        const value = unescapeText(p.value.replace(/^tel:/i, '')).trim();
        if (!value) break;
        if (types.includes('fax')) (card.faxes ??= []).push({ value });
        else phones.push(types.includes('cell') ? { value, label: 'mobile' } : { value });
        break;
      }
      case 'EMAIL':
        if (p.value.trim())
          (card.emails ??= []).push({
            value: unescapeText(p.value)
              .replace(/^mailto:/i, '')
              .trim(),
          });
        break;
      case 'URL':
        if (p.value.trim()) (card.websites ??= []).push({ value: unescapeText(p.value).trim() });
        break;
      case 'IMPP': {
        const m = /^([a-z][a-z0-9+.-]*):(.+)$/i.exec(unescapeText(p.value).trim());
        const imKind = m && SCHEME_IM.get(m[1].toLowerCase());
        if (m && imKind) (card.im ??= []).push({ kind: imKind, value: m[2].replace(/^\/\//, '') });
        break;
      }
      case 'ADR': {
        const [, ext, street, city, region, postcode, country] = splitEscaped(p.value, ';').map(unescapeText);
        const a = { district: ext, street, city, region, postcode, country };
        const clean = Object.fromEntries(Object.entries(a).filter(([, v]) => v));
        if (Object.keys(clean).length) card.addresses.push(clean);
        break;
      }
      case 'NOTE':
        card.notes = { text: unescapeText(p.value) };
        break;
      case 'CATEGORIES':
        card.classification = { tags: splitEscaped(p.value, ',').map(unescapeText).filter(Boolean) };
        break;
      case 'X-DEPARTMENT':
        break;
    }
  }
  const dept = unescapeText(get('X-DEPARTMENT')?.value ?? '') || undefined;
  if (org && (fn !== org || kind === 'individual') && kind !== 'org') {
    card.kind = 'company';
    card.name = org;
    card.contacts.push({
      id: '',
      name: fn,
      title: title || undefined,
      department: dept,
      phones: [],
      emails: [],
      im: [],
      primary: true,
    });
  } else {
    card.kind = org || kind === 'org' ? 'company' : 'person';
    card.name = org || fn;
    if (title && card.kind === 'person') card.person = { occupation: title };
  }
  card.phones = phones;
  return card;
}
