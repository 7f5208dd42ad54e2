import { ownText, skipped, textOf } from './text';

// The one place adapters read "label → value" pairs: 收货人：张三 in one node, <dt>/<dd>, <th>/<td>,
// <span>label</span><span>value</span>, or <label> followed by text. Labels are matched after normalising
// (case, spaces, the trailing colon), so "Contact Person:" and "contact person" are the same label.

/** Lowercase, no spaces, no trailing colon or required-field star. */
export function normLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[:：*]+$/, '');
}

const LABEL_LINE = /^([^:：]{1,40}?)\s*[:：]\s*([\s\S]*)$/;

interface Entry {
  el: Element;
  label: string;
  inline: string;
}

export interface LabelIndex {
  /** The value beside the first of these labels found in the scope (multi-line when `lines`). */
  get(labels: readonly string[], lines?: boolean): string | undefined;
  /** The element holding the value of the first label found (to read links or sub-elements). */
  valueEl(labels: readonly string[]): Element | undefined;
  has(labels: readonly string[]): boolean;
}

function afterLabel(text: string, label: string): string {
  const i = text.indexOf(label);
  const rest = i >= 0 ? text.slice(i + label.length) : text;
  return rest.replace(/^\s*[:：]?\s*/, '');
}

function valueNode(e: Entry): Element | undefined {
  const { el } = e;
  if (e.inline || el.children.length) return el;
  let sib = el.nextElementSibling;
  while (sib && skipped(sib)) sib = sib.nextElementSibling;
  return sib ?? undefined;
}

function valueOf(e: Entry, lines: boolean): string {
  const { el } = e;
  if (e.inline && !el.children.length) return e.inline;
  if (el.children.length) return afterLabel(textOf(el, lines), e.label);
  let sib = el.nextElementSibling;
  while (sib && skipped(sib)) sib = sib.nextElementSibling;
  if (sib) return textOf(sib, lines);
  // <li><label>Phone</label> +1 555 0100</li>: the value is the parent's text after the label.
  return el.parentElement ? afterLabel(textOf(el.parentElement, lines), e.label) : '';
}

/** Indexes every label-like node under `scope` once; lookups are then map reads. */
export function labelIndex(scope: ParentNode): LabelIndex {
  const map = new Map<string, Entry>();
  for (const el of Array.from(scope.querySelectorAll('*'))) {
    if (skipped(el)) continue;
    const own = ownText(el);
    if (!own || own.length > 80) continue;
    const m = LABEL_LINE.exec(own);
    const label = m ? m[1].trim() : own;
    const key = normLabel(label);
    if (!key || key.length > 40 || map.has(key)) continue;
    map.set(key, { el, label, inline: m ? m[2].trim() : '' });
  }
  const entry = (labels: readonly string[]) => {
    for (const l of labels) {
      const e = map.get(normLabel(l));
      if (e) return e;
    }
    return undefined;
  };
  return {
    get(labels, lines = false) {
      const e = entry(labels);
      if (!e) return undefined;
      const v = valueOf(e, lines).trim();
      return v && !/^[-–—/]$/.test(v) ? v : undefined;
    },
    valueEl: (labels) => {
      const e = entry(labels);
      return e && valueNode(e);
    },
    has: (labels) => entry(labels) !== undefined,
  };
}
