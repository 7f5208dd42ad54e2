import type { Budget } from './budget';
import { decodeCfEmail, rawMarkupText } from './noscript';
import { BLOCK, CELL, HEADING, SKIP } from './walk-tags';

// One pass over the DOM that every text layer shares. It builds the lines a reader sees (block boundaries, <br>,
// table cells) without innerText or getComputedStyle, which would force layout and cost more than the extraction.

export interface PageLink {
  href: string;
  text: string;
  /** The link sits in the site's own chrome (its footer). */
  chrome?: boolean;
}

export interface PageText {
  /** Visible text lines in reading order, whitespace collapsed, table cells separated by " | ". */
  lines: string[];
  links: PageLink[];
  /** Raw text of <script type="application/ld+json"> blocks. */
  jsonld: string[];
  /** <meta name|property> → content (first wins). */
  meta: Map<string, string>;
  title: string;
  /** alt/title text of images inside elements whose id/class says "logo". */
  logoAlts: string[];
  lang: string;
  /** Headings (h1–h4) with the index of their line. */
  headings: { line: number; text: string }[];
  /** Line ranges [from, to) of the site's own chrome (<footer>, role=contentinfo, a "footer" block). */
  chrome: [number, number][];
  /** True when a cap was hit and the page was not read to its end. */
  truncated: boolean;
}

/** The line that stands for a form field (text layers skip it). */
export const FIELD = '\u2063';

export const CAPS = { nodes: 150_000, chars: 400_000, nodeText: 4_000, lines: 20_000 };

// The site's own footer: a directory's or a host's address there is not the page's subject.
const FOOTER = /(?:^|[\s_-])(?:footer|site-?info|global-?footer)(?:$|[\s_-])/i;
const CF_LINK = /\/cdn-cgi\/l\/email-protection#([0-9a-f]{8,400})$/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Walks the page (or, with `from`, one element of it: a list item) into lines, links and page facts. */
export function walkPage(doc: Document, budget: Budget, from?: Element): PageText {
  const out: PageText = {
    lines: [],
    links: [],
    jsonld: [],
    meta: new Map(),
    title: '',
    logoAlts: [],
    headings: [],
    chrome: [],
    lang: '',
    truncated: false,
  };
  const root = doc.documentElement;
  if (!root) return out;
  out.lang = (root.getAttribute('lang') || '').toLowerCase();
  if (!from) readHead(doc, out);

  let buf = '';
  let chars = 0;
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t && t !== '|') out.lines.push(t.replace(/^\|\s*|\s*\|$/g, ''));
    buf = '';
  };
  let nodes = 0;
  let logoDepth = 0;
  // Explicit stack (no recursion: deep nesting cannot overflow). A null entry closes the element below it.
  const stack: (Node | null)[] = [from ?? doc.body ?? root];
  const closing: { el: Element; logo: boolean; from: number; chrome: boolean }[] = [];
  let chromeDepth = 0;
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      const { el, logo, from, chrome } = closing.pop()!;
      if (chrome && --chromeDepth === 0) {
        flush();
        if (out.lines.length > from) out.chrome.push([from, out.lines.length]);
      }
      const tag = el.localName;
      // A definition term is a label: "Contact Person" / "Job Title" in a <dt> reads as "Contact Person:", so its
      // <dd> below is taken as its value (a bare label line is otherwise trusted only before a number).
      if (tag === 'dt') {
        const t = buf.trim();
        if (t && t.length <= 40 && out.lines.length === from && !/[:：|]$/.test(t)) buf = t + ':';
      }
      if (BLOCK.has(tag)) flush();
      if (HEADING.has(tag) && out.lines.length > from && out.headings.length < 200)
        out.headings.push({ line: from, text: out.lines[from] });
      else if (CELL.has(tag)) buf += ' | ';
      if (logo) logoDepth--;
      continue;
    }
    if (!node) continue;
    if (++nodes > CAPS.nodes || chars > CAPS.chars || out.lines.length > CAPS.lines) {
      out.truncated = true;
      break;
    }
    if ((nodes & 1023) === 0 && !budget.ok()) {
      out.truncated = true;
      break;
    }
    if (node.nodeType === 3) {
      let t = node.nodeValue || '';
      if (t.length > CAPS.nodeText) t = t.slice(0, CAPS.nodeText);
      chars += t.length;
      buf += t;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      // A form field ends its label's line: "Company: [____]" must not take the next line as its value.
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (type !== 'hidden' && type !== 'submit' && type !== 'button') {
        flush();
        if (out.lines[out.lines.length - 1] !== FIELD) out.lines.push(FIELD);
      }
      continue;
    }
    if (el.hasAttribute('hidden')) continue;
    const style = el.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) continue;
    if (tag === 'img') {
      // A logo is an image marked as one, or the first image in a "logo" block near the top (not a gallery).
      const own = /logo/i.test((el.getAttribute('class') || '') + ' ' + (el.getAttribute('src') || ''));
      if (own || (logoDepth > 0 && out.lines.length < 40 && out.logoAlts.length === 0)) {
        const alt = (el.getAttribute('alt') || el.getAttribute('title') || '').trim();
        if (alt && out.logoAlts.length < 10) out.logoAlts.push(alt);
      }
      continue;
    }
    if (tag === 'noscript' && !el.firstElementChild) {
      // Scripts on: the content is one raw text node of markup (see noscript.ts); read it as text only.
      // It stays inline, as the element is when shown: its first line joins the text around it.
      const raw = rawMarkupText(el.textContent || '');
      raw.lines.forEach((line, k) => {
        if (k > 0) flush();
        chars += line.length;
        buf += ' ' + line + ' ';
      });
      for (const link of raw.links) if (out.links.length < 5000) out.links.push(link);
      continue;
    }
    if (tag === 'a') {
      let href = el.getAttribute('href');
      const cf = href && CF_LINK.exec(href);
      const decoded = cf && decodeCfEmail(cf[1]);
      if (decoded) href = 'mailto:' + decoded;
      if (href && out.links.length < 5000) {
        const link: PageLink = { href, text: (el.textContent || '').slice(0, 300) };
        if (chromeDepth > 0) link.chrome = true;
        out.links.push(link);
      }
    }
    const cfHex = el.getAttribute('data-cfemail');
    if (cfHex) {
      // Cloudflare's "[email protected]" stand-in: the reader (scripts on) sees the address it decodes to.
      buf += decodeCfEmail(cfHex) ?? '';
      continue;
    }
    if (BLOCK.has(tag)) flush();
    const idc = (el.getAttribute('id') || '') + ' ' + (el.getAttribute('class') || '');
    const logo = idc.length > 1 && /logo/i.test(idc);
    if (logo) logoDepth++;
    const chrome =
      tag === 'footer' || el.getAttribute('role') === 'contentinfo' || (idc.length > 1 && FOOTER.test(idc));
    if (chrome && chromeDepth++ === 0) flush();
    stack.push(null);
    closing.push({ el, logo, from: out.lines.length, chrome });
    // Children in reverse so they pop in document order.
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  flush();
  return out;
}

function readHead(doc: Document, out: PageText) {
  const title = doc.querySelector('title');
  out.title = (title?.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 500);
  for (const m of Array.from(doc.querySelectorAll('meta[content]')).slice(0, 300)) {
    const key = (
      m.getAttribute('property') ||
      m.getAttribute('name') ||
      m.getAttribute('itemprop') ||
      ''
    ).toLowerCase();
    if (key && !out.meta.has(key)) out.meta.set(key, (m.getAttribute('content') || '').trim().slice(0, 500));
  }
  for (const s of Array.from(doc.querySelectorAll('script')).slice(0, 200)) {
    if (/ld\+json/i.test(s.getAttribute('type') || '')) out.jsonld.push((s.textContent || '').slice(0, 500_000));
  }
}
