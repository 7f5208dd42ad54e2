import { emptyLead, type DraftLead, type ExtractResult } from '../extract/types';
import { findPhones } from '../extract/phone';
import { findEmails } from '../extract/email';
import { pageRegion } from '../extract/region';

// "Add selection to a card": the text layers run on the selected text alone, so the draft holds only what the
// user pointed at. The first line without a phone or an email is taken as the name, the way a contact block starts.

const TEXT_CONF = 0.6;
const MAX_SELECTION = 20000;

export function leadFromSelection(selection: string, url: string): DraftLead {
  const text = selection.slice(0, MAX_SELECTION);
  const lead = emptyLead('company');
  const region = pageRegion(url, '', text);
  const phones = new Set<string>();
  const emails = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    for (const p of findPhones(line, region)) phones.add(p);
    for (const e of findEmails(line)) emails.add(e);
  }
  lead.phones = [...phones].map((value) => ({ value, src: 'text', conf: TEXT_CONF }));
  lead.emails = [...emails].map((value) => ({ value, src: 'text', conf: TEXT_CONF }));
  const name = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l && l.length <= 120 && !/\d{5,}|@/.test(l));
  if (name) lead.organization = { value: name, src: 'user', conf: 0.7 };
  return lead;
}

export function selectionResult(selection: string, url: string, title: string): ExtractResult {
  const started = performance.now();
  const lead = leadFromSelection(selection, url);
  return { url, title, leads: [lead], ms: performance.now() - started };
}
