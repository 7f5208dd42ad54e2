// Reading text off a page the way a person reads it: block elements and <br> break words, buttons ("查看", "Copy")
// and hidden nodes are not part of the value. Works on any DOM (Chromium, happy-dom, linkedom): no innerText.

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG', 'svg']);

function skipped(el: Element): boolean {
  return (
    SKIP.has(el.tagName) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.getAttribute('role') === 'button'
  );
}

function collect(node: Node, out: string[]): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push((c as Text).data);
    else if (c.nodeType === 1) {
      const el = c as Element;
      if (skipped(el)) continue;
      if (el.tagName === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCK.has(el.tagName);
      if (block) out.push('\n');
      collect(el, out);
      if (block) out.push('\n');
    }
  }
}

/** Collapses runs of spaces (keeping line breaks as single newlines when `lines` is set). */
export function clean(s: string, lines = false): string {
  const t = s.replace(/[\u00a0\u3000\t ]+/g, ' ');
  return lines
    ? t
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n')
    : t.replace(/\s+/g, ' ').trim();
}

/** The visible text of an element, one line per block when `lines` is set. */
export function textOf(node: Node | null | undefined, lines = false): string {
  if (!node) return '';
  const out: string[] = [];
  collect(node, out);
  return clean(out.join(''), lines);
}

/** The element's own text nodes only (not its children's). */
export function ownText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) s += (c as Text).data;
  return clean(s);
}

/** First element matching one of the alternative selectors (tried in order). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** All elements matching the first alternative that matches anything. */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const els = root.querySelectorAll(s);
    if (els.length) return Array.from(els);
  }
  return [];
}

export { skipped };
