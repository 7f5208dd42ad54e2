import { labelIndex, normLabel } from '../extract/adapters/kit/labels';
import { ownText, textOf } from '../extract/adapters/kit/text';

// Building a selector for the element the user clicked, most robust first: a stable id, a data-*/ARIA/itemprop
// hook, the visible label beside it (`label:联系电话`), then a structural path of nth-of-type steps from the
// nearest anchored ancestor. Presentational class names are never used: they change with every redesign.

const HOOK_ATTRS = ['data-testid', 'data-test', 'data-field', 'data-role', 'itemprop', 'aria-label', 'name', 'title'];
/** Ids that a framework generated (`ember123`, `a1b2c3d4e5`, `:r5:`) are not stable. */
const GENERATED = /\d{3,}|[0-9a-f]{8,}|^:|^(ember|react|vue|ng|mui|css|sc|jsx)[-_]?/i;

/** CSS.escape where it exists (browsers), a sufficient escape for identifiers elsewhere. */
function cssEscape(s: string): string {
  const g = globalThis as { CSS?: { escape?: (s: string) => string } };
  if (g.CSS?.escape) return g.CSS.escape(s);
  return s.replace(/^(\d)/, '\\3$1 ').replace(/[^\w-]/g, (c) => `\\${c}`);
}

function attrValue(v: string): string {
  return `"${v.replace(/["\\]/g, '\\$&')}"`;
}

function unique(doc: ParentNode, sel: string, el: Element): boolean {
  try {
    const all = doc.querySelectorAll(sel);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

function stableId(el: Element): string | null {
  const id = el.getAttribute('id');
  return id && !GENERATED.test(id) && id.length <= 60 ? id : null;
}

function hookSelector(el: Element): string | null {
  const id = stableId(el);
  if (id) return `#${cssEscape(id)}`;
  // The known hook attributes first, then any other data-* attribute the site put there on purpose.
  const names = [...HOOK_ATTRS, ...Array.from(el.attributes, (a) => a.name).filter((n) => n.startsWith('data-'))];
  for (const a of names) {
    const v = el.getAttribute(a);
    if (v && v.length <= 80 && !GENERATED.test(v)) return `${el.tagName.toLowerCase()}[${a}=${attrValue(v)}]`;
  }
  return null;
}

/** The visible label whose value is this element (or holds it), as `label:<text>`. */
function labelSelector(root: Document, el: Element): string | null {
  const prev = el.previousElementSibling;
  const candidates = [prev ? ownText(prev) || textOf(prev) : '', ownText(el).split(/[:：]/)[0] ?? ''];
  const idx = labelIndex(root.body ?? root);
  const mine = textOf(el);
  for (const c of candidates) {
    const label = c.replace(/[:：\s]+$/, '').trim();
    if (!label || label.length > 30 || !normLabel(label)) continue;
    const v = idx.get([label]);
    if (v && mine && (v === mine || mine.endsWith(v))) return `label:${label}`;
  }
  return null;
}

function step(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const parent = el.parentElement;
  if (!parent) return tag;
  const same = Array.from(parent.children).filter((c) => c.tagName === el.tagName);
  return same.length === 1 ? tag : `${tag}:nth-of-type(${same.indexOf(el) + 1})`;
}

/** Path of nth-of-type steps from the nearest ancestor with a hook (or body). */
function pathSelector(doc: Document, el: Element): string {
  const steps: string[] = [];
  let cur: Element | null = el;
  while (cur && cur !== doc.body && cur !== doc.documentElement) {
    const hook = cur !== el ? hookSelector(cur) : null;
    if (hook && unique(doc, hook, cur)) return [hook, ...steps].join(' > ');
    steps.unshift(step(cur));
    cur = cur.parentElement;
  }
  return ['body', ...steps].join(' > ');
}

/** Selectors for `el`, most robust first; each CSS one matches exactly this element in its document. */
export function selectorFor(el: Element): string[] {
  const doc = el.ownerDocument;
  const out: string[] = [];
  const hook = hookSelector(el);
  if (hook && unique(doc, hook, el)) out.push(hook);
  const label = labelSelector(doc, el);
  if (label) out.push(label);
  const path = pathSelector(doc, el);
  if (unique(doc, path, el) && !out.includes(path)) out.push(path);
  return out;
}
