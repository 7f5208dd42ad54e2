// Badges on a list page for the items already in the archive: after the element whose own text is the item's
// name (a result's title, an order's buyer), a small text badge. Injected by the background with
// scripting.executeScript, so this function must be self-contained (no imports, no closures): it is serialised.

export const BADGE_ATTR = 'data-lead-archive-badge';

/** Marks each named item once; returns how many were marked. Earlier badges are replaced, not doubled. */
export function markArchivedItems(names: string[], label: string, doc: Document = document): number {
  const attr = 'data-lead-archive-badge';
  doc.querySelectorAll(`[${attr}]`).forEach((b) => b.remove());
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const wanted = new Set(names.map(norm).filter(Boolean));
  if (!wanted.size || !doc.body) return 0;
  const done = new Set<string>();
  const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);
  const hits: { el: Element; name: string }[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(el.tagName)) continue;
    const text = norm(el.textContent ?? '');
    if (!wanted.has(text) || done.has(text)) continue;
    // The innermost element holding exactly the name: skip a wrapper whose only content is the named child.
    const inner = [...el.children].some((c) => norm(c.textContent ?? '') === text);
    if (inner) continue;
    done.add(text);
    hits.push({ el, name: text });
  }
  for (const { el } of hits) {
    const badge = doc.createElement('span');
    badge.setAttribute(attr, '');
    badge.textContent = label;
    badge.setAttribute(
      'style',
      'all:initial;display:inline-block;margin-left:6px;padding:0 6px;border-radius:8px;background:#1558b0;' +
        'color:#fff;font:11px/16px system-ui,sans-serif;vertical-align:middle',
    );
    el.after(badge);
  }
  return hits.length;
}
