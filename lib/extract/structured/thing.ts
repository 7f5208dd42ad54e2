import type { Budget } from '../budget';
// The common shape every structured-data reader produces: a schema.org-like object ({'@type', prop: value(s)}),
// so one mapper (schema-map.ts) turns JSON-LD, microdata, RDFa and microformats into draft values.

export type ThingValue = string | Thing | ThingValue[];
export interface Thing {
  '@type'?: string | string[];
  [prop: string]: ThingValue | undefined;
}

export const MAX_THINGS = 2000;
export const MAX_DEPTH = 40;

/** "http://schema.org/telephone", "schema:telephone", "og:title" → "telephone", "title". */
export function localName(term: string): string {
  const t = term.trim();
  const cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf('#'), t.lastIndexOf(':'));
  return cut >= 0 ? t.slice(cut + 1) : t;
}

export function addProp(thing: Thing, prop: string, value: ThingValue) {
  const cur = thing[prop];
  if (cur === undefined) thing[prop] = value;
  else if (Array.isArray(cur)) cur.push(value);
  else thing[prop] = [cur, value];
}

/** Text of an element with whitespace collapsed, capped. */
export function textOf(el: Element, max = 2000): string {
  return (el.textContent || '')
    .slice(0, max * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** Reads each top-level item (at most 500) into a thing, sharing one node count, until the budget runs out. */
export function readRoots(
  roots: Element[],
  budget: Budget | undefined,
  scope: (el: Element, depth: number, count: { n: number }) => Thing,
): Thing[] {
  const count = { n: 0 };
  const out: Thing[] = [];
  for (const el of roots.slice(0, 500)) {
    if (budget && !budget.ok()) break;
    out.push(scope(el, 0, count));
  }
  return out;
}
