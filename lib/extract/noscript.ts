import { BLOCK, CELL } from './walk-tags';

// Two places where a page holds contact text that is not plain DOM text for us.
//
// <noscript>: a browser with scripts OFF parses its content as ordinary markup and shows it (that is how
// `npm run extract` sees pages: the walk reads it like any other element). With scripts ON (the extension on a
// live page) the parser keeps it as ONE raw text node holding the markup source, entities undecoded, and shows
// nothing. Sites put there what the script would otherwise write: most often a written-out address for people
// without scripts ("name at example dot com") whose scripted twin may be missing or broken. We read that raw
// text so the extension and the command line find the same values, and read it as text only: tags are dropped
// by a linear scan, a few entities decoded, hrefs of <a> taken as strings; it is never handed to an HTML parser.
// Script and style bodies inside are skipped; tracking pixels (<img>, <iframe>) leave no text.
//
// Cloudflare e-mail protection: the server replaces each address with "[email protected]" and a hex string
// (data-cfemail, or a /cdn-cgi/l/email-protection#hex link) that its script decodes for the reader. With scripts
// on the reader sees the address; with scripts off we decode the same hex the same way (first byte XOR key).

/** At most this much of one noscript's raw text is read. */
const RAW_CAP = 20_000;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', commat: '@' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
  });
}

/** Lines and links of a noscript's raw markup, read as text. */
export function rawMarkupText(raw: string): { lines: string[]; links: { href: string; text: string }[] } {
  const src = raw.length > RAW_CAP ? raw.slice(0, RAW_CAP) : raw;
  const lines: string[] = [];
  const links: { href: string; text: string }[] = [];
  let buf = '';
  let link: { href: string; from: number } | null = null;
  let lower: string | undefined;
  const flush = () => {
    const t = decodeEntities(buf).replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    buf = '';
  };
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      buf += src.slice(i);
      break;
    }
    buf += src.slice(i, lt);
    const gt = src.indexOf('>', lt + 1);
    if (gt < 0) break; // An unclosed tag: the rest is not text a reader would see.
    const tag = src.slice(lt + 1, gt);
    i = gt + 1;
    const m = /^(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag);
    if (!m) continue; // A comment, a doctype or a stray "<": no text.
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (!closing && (name === 'script' || name === 'style')) {
      lower ??= src.toLowerCase();
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? src.length : end;
      continue;
    }
    if (name === 'a') {
      if (link && buf.length >= link.from) links.push({ href: link.href, text: decodeEntities(buf.slice(link.from)) });
      link = null;
      if (!closing) {
        const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
        if (href) link = { href: decodeEntities(href[1] ?? href[2] ?? href[3]).trim(), from: buf.length };
      }
      continue;
    }
    if (name === 'br' || BLOCK.has(name)) {
      if (link) {
        links.push({ href: link.href, text: decodeEntities(buf.slice(link.from)) });
        link = null;
      }
      flush();
    } else if (CELL.has(name) && closing) buf += ' | ';
  }
  if (link) links.push({ href: link.href, text: decodeEntities(buf.slice(link.from)) });
  flush();
  return { lines, links: links.filter((l) => l.href) };
}

/** The address behind Cloudflare's hex form, or null when the hex is not one. */
export function decodeCfEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){4,200}$/i.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  const bytes = new Uint8Array(hex.length / 2 - 1);
  for (let i = 2; i < hex.length; i += 2) bytes[i / 2 - 1] = parseInt(hex.slice(i, i + 2), 16) ^ key;
  // The bytes are UTF-8 (an address is ASCII in practice).
  return new TextDecoder().decode(bytes);
}
