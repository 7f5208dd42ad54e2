import type { DraftLead, ExtractResult } from '../extract/types';
import { LeadBuilder } from '../extract/draft';
import { Budget, guarded } from '../extract/budget';
import { readLines } from '../extract/text/lines';
import { pageRegion } from '../extract/region';

// "Add selection to a card": extraction's text layer (labelled fields, then phones and e-mails in free text) runs
// on the selected text alone, so the draft holds only what the user pointed at. When no line named the company,
// the first line that is neither a number nor an address is taken as the name, the way a contact block starts.

const MAX_SELECTION = 20000;
const BUDGET_MS = 500;

export function leadFromSelection(selection: string, url: string): DraftLead {
  const text = selection.slice(0, MAX_SELECTION);
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const b = new LeadBuilder('company');
  const region = pageRegion(url, '', text);
  guarded(() => readLines(lines, { region, budget: new Budget(BUDGET_MS), orgCandidates: [] }, b), undefined);
  if (!b.lead.organization) {
    const name = lines.find((l) => l.length <= 120 && !/\d{5,}|@|[:：]/.test(l));
    if (name && !b.lead.persons.some((p) => p.value.name === name)) b.organization(name, 'user', 0.7);
  }
  return b.lead;
}

export function selectionResult(selection: string, url: string, title: string): ExtractResult {
  const started = performance.now();
  const lead = leadFromSelection(selection, url);
  return { url, title, leads: [lead], ms: performance.now() - started };
}
