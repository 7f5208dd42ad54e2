import type { DraftOrder } from '../../types';
import { normLabel } from './labels';
import type { Labels, Sel } from './page';
import { all, first, textOf } from './text';
import { money } from './values';

// The items of an order: from a table read by its column headers (宝贝 / 数量 / 单价, "Product" / "Quantity"…), or
// from rows found by hooks with a selector per cell. The first line of the name cell is the name; SKU lines
// (颜色分类：黑色) below it are not.

export interface ItemSpec {
  columns?: { name: Labels; qty?: Labels; price?: Labels };
  rows?: Sel;
  name?: Sel;
  qty?: Sel;
  price?: Sel;
}

type Item = DraftOrder['items'][number];

const num = (s: string | undefined) => {
  const m = s ? /\d+(?:\.\d+)?/.exec(s.replace(/,/g, '')) : null;
  return m ? Number(m[0]) : undefined;
};

function item(name: string, qty?: string, price?: string): Item | null {
  const n = name.split('\n')[0]?.trim();
  if (!n) return null;
  const it: Item = { name: n };
  const q = num(qty);
  const p = money(price).amount;
  if (q !== undefined) it.quantity = q;
  if (p !== undefined) it.price = p;
  return it;
}

function fromTable(table: Element, cols: NonNullable<ItemSpec['columns']>): Item[] | null {
  const rows = Array.from(table.querySelectorAll('tr'));
  const headIdx = rows.findIndex((r) => r.querySelector('th'));
  if (headIdx < 0) return null;
  const heads = Array.from(rows[headIdx].children).map((c) => normLabel(textOf(c)));
  const col = (labels?: Labels) => (labels ? heads.findIndex((h) => labels.some((l) => normLabel(l) === h)) : -1);
  const [ni, qi, pi] = [col(cols.name), col(cols.qty), col(cols.price)];
  if (ni < 0) return null;
  const out: Item[] = [];
  for (const r of rows.slice(headIdx + 1)) {
    const cells = Array.from(r.children);
    if (cells.length <= ni) continue;
    const cell = (i: number) => (i >= 0 && cells[i] ? textOf(cells[i], true) : undefined);
    const it = item(cell(ni) ?? '', cell(qi), cell(pi));
    if (it) out.push(it);
  }
  return out;
}

export function readItems(scope: ParentNode, spec: ItemSpec | undefined): Item[] {
  if (!spec) return [];
  if (spec.columns) {
    for (const t of Array.from(scope.querySelectorAll('table'))) {
      const got = fromTable(t, spec.columns);
      if (got?.length) return got;
    }
  }
  if (spec.rows && spec.name) {
    const out: Item[] = [];
    for (const r of all(scope, spec.rows)) {
      const cell = (s?: Sel) => (s ? textOf(first(r, s), true) : undefined);
      const it = item(cell(spec.name) ?? '', cell(spec.qty), cell(spec.price));
      if (it) out.push(it);
    }
    return out;
  }
  return [];
}
