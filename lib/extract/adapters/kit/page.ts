import { labelIndex, normLabel, type LabelIndex } from './labels';
import { all, first, ownText, textOf } from './text';

// Page-type detection shared by every adapter: the URL path says which page it may be, the visible labels (or
// the list's item hooks) say it really is. Hooks gone or renamed → null, and the pipeline falls back.

export type PageType = 'order-detail' | 'order-list' | 'customer' | 'supplier-profile' | 'contact' | 'search-results';
export type Sel = readonly string[];
export type Labels = readonly string[];

export interface PageRule {
  type: PageType;
  /** Tested against pathname + search. */
  path: RegExp;
  /** Each group is alternatives; one label of every group must be on the page (in the first item for lists). */
  labels: Labels[];
  /** List pages: the item containers (alternative selectors); present → this is a list. */
  items?: Sel;
}

export function isList(type: PageType): boolean {
  return type === 'order-list' || type === 'search-results';
}

export function detectPage(rules: readonly PageRule[], url: URL, doc: Document): PageRule | null {
  const where = url.pathname + url.search;
  let pageIdx: ReturnType<typeof labelIndex> | undefined;
  for (const rule of rules) {
    if (!rule.path.test(where)) continue;
    let idx;
    if (rule.items) {
      const items = all(doc, rule.items);
      if (!items.length) continue;
      idx = labelIndex(items[0]);
    } else idx = pageIdx ??= labelIndex(doc.body ?? doc);
    if (rule.labels.every((g) => idx.has(g))) return rule;
  }
  return null;
}

const CONTAINER = 'section,fieldset,article,[role="region"],[role="group"],table,dl,ul,div';

/**
 * The block a visible heading introduces ("买家信息", "Buyer information"): tried first by hooks (`selectors`), then
 * by the heading's text (looked up in the scope's label index, so no second walk over the page), returning the
 * nearest container that holds more than the heading. Headings are tried in the order given.
 */
export function block(root: ParentNode, selectors: Sel = [], headings: Labels = [], idx?: LabelIndex): Element | null {
  const byHook = first(root, selectors);
  if (byHook) return byHook;
  if (!headings.length) return null;
  const index = idx ?? labelIndex(root);
  for (const wanted of headings) {
    // Only inside the scope: a list row's column headers are outside it, and so is anything above the row.
    const inside = (n: Element | null) => !!n && n !== root && (root as Node).contains(n);
    const h = index.nodes([wanted]).find((n) => inside(n) && normLabel(ownText(n)) === normLabel(wanted));
    if (!h) continue;
    let c = h.parentElement?.closest(CONTAINER) ?? null;
    while (inside(c) && textOf(c!).length <= textOf(h).length + 2) c = c!.parentElement?.closest(CONTAINER) ?? null;
    if (inside(c)) return c;
  }
  return null;
}
