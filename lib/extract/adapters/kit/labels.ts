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
/** Block elements a page writes one "label: value" line in. */
const LINE_TAGS = new Set(['P', 'DIV', 'LI']);

interface Entry {
  el: Element;
  label: string;
  inline: string;
  /** Written as a label line ("收货人：") rather than a bare caption. */
  colon?: boolean;
  /** A table row's cell under this column header (list rows: the header is outside the row). */
  cell?: Element;
}

export interface LabelIndex {
  /** The value beside the first of these labels found in the scope (multi-line when `lines`). */
  get(labels: readonly string[], lines?: boolean): string | undefined;
  /** The element holding the value of the first label found (to read links or sub-elements). */
  valueEl(labels: readonly string[]): Element | undefined;
  has(labels: readonly string[]): boolean;
  /** The nodes whose own text is exactly one of these labels (headings included), in page order. */
  nodes(labels: readonly string[]): Element[];
}

function afterLabel(text: string, label: string, onlyAtStart = false): string {
  const i = text.indexOf(label);
  const rest = i >= 0 && (!onlyAtStart || i === 0) ? text.slice(i + label.length) : text;
  return rest.replace(/^\s*[:：]?\s*/, '');
}

function valueNode(e: Entry): Element | undefined {
  if (e.cell) return e.cell;
  const { el } = e;
  if (e.inline || el.children.length) return el;
  let sib = el.nextElementSibling;
  while (sib && skipped(sib)) sib = sib.nextElementSibling;
  return sib ?? undefined;
}

function valueOf(e: Entry, lines: boolean): string {
  if (e.cell) return afterLabel(textOf(e.cell, lines), e.label, true);
  const { el } = e;
  if (e.inline && !el.children.length) return e.inline;
  if (el.children.length) return afterLabel(textOf(el, lines), e.label);
  let sib = el.nextElementSibling;
  while (sib && skipped(sib)) sib = sib.nextElementSibling;
  if (el.tagName === 'TH' && sib?.tagName === 'TH') return columnValue(el, lines);
  if (sib) {
    const next = textOf(sib, lines);
    // "收货人：" left empty, then the next line "客服电话：0571…" of the same kind: that line is another label's.
    if (e.colon && sib.tagName === el.tagName && LINE_TAGS.has(el.tagName)) {
      const m = LABEL_LINE.exec(next);
      if (m && normLabel(m[1]) !== normLabel(e.label)) return '';
    }
    // A heading "Executives" over "Executives: Philippe Durand": the value is what follows the repeated label.
    return afterLabel(next, e.label, true);
  }
  // <li><label>Phone</label> +1 555 0100</li>: the value is the parent's text after the label.
  return el.parentElement ? afterLabel(textOf(el.parentElement, lines), e.label) : '';
}

/** A column header (<th> beside <th>): the value is the cell below it in the next row. */
function columnValue(th: Element, lines: boolean): string {
  const row = th.parentElement;
  const i = row ? Array.from(row.children).indexOf(th) : -1;
  let next = row?.nextElementSibling;
  while (next && next.tagName !== 'TR') next = next.nextElementSibling;
  if (!next && row?.parentElement?.tagName === 'THEAD')
    next = row.parentElement.nextElementSibling?.querySelector('tr');
  const cell = next?.children[i];
  if (!cell) return '';
  return afterLabel(textOf(cell, lines), textOf(th), true);
}

/** Indexes every label-like node under `scope` once; lookups are then map reads. */
export function labelIndex(scope: ParentNode): LabelIndex {
  // Every node carrying a label, in page order: the first one with a value wins (a table header "Total" with no
  // value beside it must not hide the "Total: $67.45" further down).
  const map = new Map<string, Entry[]>();
  const add = (key: string, e: Entry) => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (list.length < 8) list.push(e);
  };
  for (const el of Array.from(scope.querySelectorAll('*'))) {
    if (skipped(el)) continue;
    const own = ownText(el);
    if (!own || own.length > 80) continue;
    const m = LABEL_LINE.exec(own);
    const label = m ? m[1].trim() : own;
    const key = normLabel(label);
    if (!key || key.length > 40) continue;
    add(key, { el, label, inline: m ? m[2].trim() : '', colon: !!m });
  }
  // A list item that is a table row: its cells are labelled by the table's column headers.
  const row = scope as Element;
  if (row.tagName === 'TR') {
    const table = row.closest('table');
    const head =
      table?.querySelector('thead tr') ??
      Array.from(table?.querySelectorAll('tr') ?? []).find((r) => r.querySelector('th'));
    if (head && head !== row) {
      Array.from(head.children).forEach((th, i) => {
        const label = textOf(th);
        const cell = row.children[i];
        if (label && cell && normLabel(label)) add(normLabel(label), { el: th, label, inline: '', cell });
      });
    }
  }
  const entries = (labels: readonly string[]) => labels.flatMap((l) => map.get(normLabel(l)) ?? []);
  const value = (e: Entry, lines: boolean) => {
    const v = valueOf(e, lines).trim();
    return v && !/^[-–—/]$/.test(v) ? v : undefined;
  };
  return {
    get(labels, lines = false) {
      for (const e of entries(labels)) {
        const v = value(e, lines);
        if (v) return v;
      }
      return undefined;
    },
    valueEl: (labels) => {
      const e = entries(labels).find((x) => value(x, false));
      return e && valueNode(e);
    },
    has: (labels) => entries(labels).length > 0,
    nodes: (labels) => entries(labels).map((e) => e.el),
  };
}
