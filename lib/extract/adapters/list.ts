import type { DraftLead } from '../types';
import { hasContent } from './kit/lead';

// Whole lists (a directory's results, a back end's order list): one draft lead per item, in page order. Items
// whose hooks are gone read as empty and are dropped; an item shown twice (pinned + in the list) is kept once.

/** More items than this are not read: the popup queue shows the first ones and says the list was cut. */
export const MAX_LIST_ITEMS = 2000;

/** What makes two list items the same: the order number, else the platform id, else name + first phone. */
export function itemKey(lead: DraftLead): string | undefined {
  const order = lead.orders[0]?.value;
  if (order) return `order:${order.platform ?? ''}:${order.number}`;
  const id = lead.platformIds[0]?.value;
  if (id) return `id:${id}`;
  const name = lead.organization?.value ?? lead.persons[0]?.value.name;
  return name ? `name:${name.toLowerCase()}|${lead.phones[0]?.value ?? ''}` : undefined;
}

export function readList(
  items: readonly Element[],
  read: (item: Element) => DraftLead,
  max = MAX_LIST_ITEMS,
): DraftLead[] {
  const seen = new Set<string>();
  const out: DraftLead[] = [];
  for (const el of items.slice(0, max)) {
    const lead = read(el);
    if (!hasContent(lead)) continue;
    const key = itemKey(lead);
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    out.push(lead);
  }
  return out;
}
