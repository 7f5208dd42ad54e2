import type { ContactValue, ImKind } from '../card/schema';
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

/**
 * Logical lines: RFC folding (CRLF + space or tab) is undone first; then a quoted-printable property (vCard 2.1, as
 * phones and Outlook still export) whose line ends in "=" (a soft line break) is joined with the next line, as many
 * times as it goes on.
 */
export function unfold(text: string): string[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r\n|\n|\r/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.endsWith('=') && isQuotedPrintable(line)) {
      // The pieces are joined once: re-joining the growing line at each "=" took minutes on a hostile 4 MB file.
      const pieces: string[] = [];
      while (line.endsWith('=') && i + 1 < lines.length) {
        pieces.push(line.slice(0, -1));
        line = lines[++i];
      }
      pieces.push(line);
      line = pieces.join('');
    }
    out.push(line);
  }
  return out;
}
function isQuotedPrintable(line: string): boolean {
  const colon = findValueColon(line);
  return colon > 0 && /(^|[;:])(ENCODING=)?QUOTED-PRINTABLE([;:]|$)/i.test(line.slice(0, colon));
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

/** Quoted-printable bytes in the CHARSET the property names (UTF-8 when none, or one the browser cannot decode). */
function decodeQp(v: string, charset = 'utf-8'): string {
  // A UTF-16 unit is at most 3 bytes in UTF-8 (a surrogate pair, 2 units, is 4), and "=XX" 3 characters give 1 byte.
  const bytes = new Uint8Array(v.length * 3);
  const enc = new TextEncoder();
  let n = 0;
  let from = 0;
  const text = (to: number) => {
    if (to > from) n += enc.encodeInto(v.slice(from, to), bytes.subarray(n)).written;
  };
  for (let i = v.indexOf('='); i >= 0 && i + 2 < v.length; i = v.indexOf('=', i + 1)) {
    const hi = hexDigit(v.charCodeAt(i + 1));
    const lo = hexDigit(v.charCodeAt(i + 2));
    if (hi < 0 || lo < 0) continue;
    text(i);
    bytes[n++] = hi * 16 + lo;
    from = i + 3;
    i += 2;
  }
  text(v.length);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder();
  }
  return decoder.decode(bytes.subarray(0, n));
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32; // A-F and a-f alike
  return l >= 97 && l <= 102 ? l - 87 : -1;
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
  const qp = params.get('ENCODING')?.includes('quoted-printable') || params.get('TYPE')?.includes('quoted-printable');
  if (qp) value = decodeQp(value, params.get('CHARSET')?.[0]);
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

const X_IM = new Map<string, ImKind>([
  ['X-QQ', 'qq'],
  ['X-WECHAT', 'wechat'],
  ['X-WEIXIN', 'wechat'],
  ['X-SKYPE', 'skype'],
  ['X-SKYPE-USERNAME', 'skype'],
  ['X-WHATSAPP', 'whatsapp'],
  ['X-TELEGRAM', 'telegram'],
  ['X-LINE', 'line'],
]);

/**
 * IMPP is a URI whose scheme names the service (weixin:, mqq:, skype:…). Apple writes `x-apple:handle` and names the
 * service in X-SERVICE-TYPE. Handles are percent-decoded (ours are encoded); older files of ours escaped them as text.
 */
function imppHandle(p: Prop): { kind: ImKind; value: string } | null {
  const m = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(unescapeText(p.value).trim());
  if (!m) return null;
  const service = p.params.get('X-SERVICE-TYPE')?.[0];
  const kind = SCHEME_IM.get(m[1].toLowerCase()) ?? (service ? SCHEME_IM.get(service) : undefined);
  let value = m[2].replace(/^\/\//, '');
  try {
    value = decodeURIComponent(value);
  } catch {
    // not percent-encoded: keep as written
  }
  return kind && value.trim() ? { kind, value: value.trim() } : null;
}

/** A Chinese district, county, banner or county-level city name: a few Han characters ending 区/县/旗/市. */
const CHINESE_DISTRICT = /^[\u3400-\u9fff]{1,8}[区县旗市]$/;
/**
 * Places that end 区 or 市 but name no district: a housing estate, campus, industrial or free-trade zone, market or
 * shop (Android writes the neighbourhood in the extended address: 阳光小区, 龙华工业区, 华润万家超市). 新区 and 高新区
 * stay districts: 浦东新区 and 滨海新区 are districts, and a high-tech zone stands for its district in addresses;
 * 门市 (a shop front) is not excluded: 天门市 is a county-level city.
 */
const NOT_DISTRICT =
  /(?:小区|社区|园区|校区|厂区|院区|景区|街区|片区|营区|宿舍区|生活区|住宅区|办公区|工业区|开发区|保税区|自贸区|商业区|商务区|度假区|风景区|试验区|实验区|示范区|合作区|服务区|功能区|超市|夜市|菜市|集市|早市)$/;
const isChineseDistrict = (s: string) => CHINESE_DISTRICT.test(s) && !NOT_DISTRICT.test(s);

function buildCard(props: Prop[], now: number) {
  const card = newBuild(now);
  const get = (n: string) => props.find((p) => p.name === n);
  const n = get('N');
  const nParts = n ? splitEscaped(n.value, ';').map(unescapeText) : [];
  const [family = '', given = ''] = nParts;
  const nName = /[\u3400-\u9fff]/.test(family + given) ? family + given : [given, family].filter(Boolean).join(' ');
  const fn = unescapeText(get('FN')?.value ?? '') || nName;
  const [org = '', unit = ''] = splitEscaped(get('ORG')?.value ?? '', ';').map(unescapeText);
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
        const h = imppHandle(p);
        if (h) (card.im ??= []).push(h);
        break;
      }
      case 'ADR': {
        const [, ext, street, city, region, postcode, country] = splitEscaped(p.value, ';').map(unescapeText);
        // Ours leave the extended address empty (RFC 6350 6.3.1); another app's "Suite 5" follows the street. Our
        // exports before that wrote the district there ("福田区"): a part that reads as one stays the district.
        const district = ext && isChineseDistrict(ext.trim()) ? ext.trim() : undefined;
        const a = {
          street: [street, district ? '' : ext].filter(Boolean).join(', '),
          district,
          city,
          region,
          postcode,
          country,
        };
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
      default: {
        // Android and Google write IM handles as X-QQ:12345, X-SKYPE-USERNAME:name…
        const imKind = X_IM.get(p.name);
        const value = unescapeText(p.value).trim();
        if (imKind && value) (card.im ??= []).push({ kind: imKind, value });
      }
    }
  }
  // Earlier exports of ours wrote X-DEPARTMENT; the standard place is ORG's second component.
  const dept = unescapeText(get('X-DEPARTMENT')?.value ?? '') || unit || undefined;
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
