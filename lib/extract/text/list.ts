import type { CountryCode } from 'libphonenumber-js';
import type { Budget } from '../budget';
import { LeadBuilder } from '../draft';
import { readLinks } from '../links';
import { mayHoldPhone } from '../phone';
import type { DraftLead } from '../types';
import { walkPage } from '../walk';
import { findAddresses } from './find-address';
import { readLines } from './lines';
import { cleanOrg } from './org';
import { readPeople } from './people';

// A clear list page (search results, a directory category): three or more sibling blocks built alike, each with
// its own phone. Each block becomes its own lead; the page around them (the directory's own footer) is left out.

const MAX_ELEMENTS = 20_000;
const MAX_ITEM_TEXT = 1_500;
// A block named for a service desk ("Customer Service", "Technical Assistance", "Sales") is one company's
// department, not a business of its own: a page of them is one card with several numbers, not a list.
const DEPARTMENT_WORD =
  /^(customer|consumer|client|technical|tech|product|general|service|services|support|assistance|help|desk|hotline|sales|billing|accounts?|enquiries|inquiries|information|info|press|media|careers|department|dept|reservations|orders|returns|warranty|design|and|&|for|\/)$/i;
const isDepartment = (name: string) =>
  /客服|售后|销售部|技术支持/.test(name) ||
  name.split(/\s+/).every((w) => DEPARTMENT_WORD.test(w.replace(/[:.,]$/, '')));

/** The repeated blocks of the page's best list, or null when the page is not clearly a list. */
export function findListItems(doc: Document, budget: Budget): Element[] | null {
  const all = doc.body?.getElementsByTagName('*');
  if (!all) return null;
  let best: Element[] | null = null;
  for (let i = 0; i < all.length && i < MAX_ELEMENTS; i++) {
    if ((i & 255) === 0 && !budget.ok()) return null;
    const el = all[i];
    if (el.childElementCount < 3) continue;
    const groups = new Map<string, Element[]>();
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const sig = `${c.localName}.${c.getAttribute('class') || ''}`;
      const g = groups.get(sig);
      if (g) g.push(c);
      else groups.set(sig, [c]);
    }
    for (const group of groups.values()) {
      if (group.length < 3 || (best && group.length <= best.length)) continue;
      const withPhone = group.filter((c) => {
        const t = c.textContent || '';
        return t.length <= MAX_ITEM_TEXT && mayHoldPhone(t);
      });
      if (withPhone.length >= 3 && withPhone.length >= group.length * 0.6) best = withPhone;
    }
  }
  return best;
}

/** One lead per list item, read with the same text layers as a whole page. */
export function readListItems(doc: Document, items: Element[], region: CountryCode, budget: Budget): DraftLead[] {
  const leads: DraftLead[] = [];
  for (const item of items.slice(0, 200)) {
    if (!budget.ok()) break;
    const page = walkPage(doc, budget, item);
    const b = new LeadBuilder();
    readLines(page.lines, { region, budget, orgCandidates: [] }, b);
    readLinks(page.links, region, b);
    findAddresses(page.lines, region, budget, b);
    readPeople(page.lines, budget, b);
    // The item's name: its first heading, else its first line when that is not a value.
    const name = page.headings[0]?.text ?? page.lines[0];
    if (name && name.length <= 100 && !/\d{3}|@|:/.test(name) && !isDepartment(name))
      b.organization(cleanOrg(name), 'text', 0.6);
    if (!b.isEmpty()) leads.push(b.lead);
  }
  return leads;
}
