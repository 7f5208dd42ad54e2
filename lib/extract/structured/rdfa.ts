import type { Budget } from '../budget';
import { addProp, readRoots, localName, MAX_DEPTH, MAX_THINGS, textOf, type Thing, type ThingValue } from './thing';

// RDFa (Lite and the common parts of 1.1: vocab, typeof, property, content, href/src/resource) read into
// schema.org-like things. Prefixes are dropped: "schema:name", "http://schema.org/name" and "name" are one.

export function readRdfa(doc: Document, budget?: Budget): Thing[] {
  const roots = Array.from(doc.querySelectorAll('[typeof]')).filter((el) => !el.hasAttribute('property'));
  return readRoots(roots, budget, scope);
}

function scope(el: Element, depth: number, count: { n: number }): Thing {
  const thing: Thing = {};
  const type = el.getAttribute('typeof');
  if (type) thing['@type'] = type.trim().split(/\s+/).map(localName);
  if (depth > MAX_DEPTH) return thing;
  const stack: Element[] = Array.from(el.children).reverse();
  while (stack.length && count.n++ < MAX_THINGS * 20) {
    const c = stack.pop()!;
    const props = c.getAttribute('property') || c.getAttribute('rel');
    const nested = c.hasAttribute('typeof');
    if (props) {
      const v: ThingValue = nested ? scope(c, depth + 1, count) : valueOf(c, props);
      for (const p of props.trim().split(/\s+/)) addProp(thing, localName(p), v);
    }
    if (nested) continue;
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]);
  }
  return thing;
}

const LINK_PROPS = /url|sameas|image|logo|email|telephone|faxnumber|href/i;

function valueOf(el: Element, props: string): string {
  if (el.hasAttribute('content')) return el.getAttribute('content') || '';
  if (el.hasAttribute('resource')) return el.getAttribute('resource') || '';
  const tag = el.localName;
  if (tag === 'a' || tag === 'link') {
    const href = el.getAttribute('href') || '';
    return href && (tag === 'link' || LINK_PROPS.test(props)) ? href : textOf(el) || href;
  }
  if (tag === 'img') return el.getAttribute('src') || '';
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime') || '';
  return textOf(el);
}
