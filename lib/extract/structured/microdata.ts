import type { Budget } from '../budget';
import { addProp, readRoots, MAX_DEPTH, MAX_THINGS, textOf, type Thing, type ThingValue } from './thing';

// Microdata (itemscope / itemtype / itemprop) read into schema.org-like things.

export function readMicrodata(doc: Document, budget?: Budget): Thing[] {
  const roots = Array.from(doc.querySelectorAll('[itemscope]')).filter((el) => !el.hasAttribute('itemprop'));
  return readRoots(roots, budget, scope);
}

function scope(el: Element, depth: number, count: { n: number }): Thing {
  const thing: Thing = {};
  const type = el.getAttribute('itemtype');
  if (type)
    thing['@type'] = type
      .trim()
      .split(/\s+/)
      .map((t) => t.replace(/^.*[/#]/, ''));
  if (depth > MAX_DEPTH) return thing;
  const stack: Element[] = Array.from(el.children).reverse();
  while (stack.length && count.n++ < MAX_THINGS * 20) {
    const c = stack.pop()!;
    const props = c.getAttribute('itemprop');
    if (props) {
      const v: ThingValue = c.hasAttribute('itemscope') ? scope(c, depth + 1, count) : valueOf(c);
      for (const p of props.trim().split(/\s+/)) addProp(thing, p.replace(/^.*[/#]/, ''), v);
    }
    if (c.hasAttribute('itemscope')) continue;
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]);
  }
  return thing;
}

function valueOf(el: Element): string {
  const tag = el.localName;
  if (tag === 'meta') return el.getAttribute('content') || '';
  if (el.hasAttribute('content')) return el.getAttribute('content') || '';
  if (tag === 'a' || tag === 'link' || tag === 'area') return el.getAttribute('href') || '';
  if (tag === 'img' || tag === 'source' || tag === 'audio' || tag === 'video') return el.getAttribute('src') || '';
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime') || '';
  if ((tag === 'data' || tag === 'meter') && el.hasAttribute('value')) return el.getAttribute('value') || '';
  return textOf(el);
}
