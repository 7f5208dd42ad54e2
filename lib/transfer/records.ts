import { Card } from '../card/schema';
import type { CardBuild } from './columns';
import type { InvalidRecord } from './errors';

// What every import parser (CSV, XLSX, vCard) produces: cards under construction, numbered by their row in the
// file, then checked against the card schema. The archive assigns id and customer number when they are empty.

export interface Candidate {
  row: number;
  card: CardBuild;
}

export interface Parsed {
  cards: { row: number; card: Card }[];
  invalid: InvalidRecord[];
}

export function newBuild(now: number): CardBuild {
  return { id: '', number: '', kind: 'company', name: '', createdAt: now, updatedAt: now, contacts: [], addresses: [] };
}

/** Removes what a row left empty (a contact with no data, an address with no part) and names nameless cards. */
function tidy(c: CardBuild): CardBuild {
  c.contacts = c.contacts.filter((p) => p.name || p.title || p.phones.length || p.emails.length || p.im.length);
  c.contacts.forEach((p, i) => (p.primary = i === 0));
  c.addresses = c.addresses.filter((a) => Object.values(a).some((v) => v !== undefined && v !== ''));
  if (!c.name && c.contacts[0]?.name) {
    // A list of people (a CRM or phone export): each row is a person card.
    c.kind = 'person';
    c.name = c.contacts[0].name;
  }
  return c;
}

export function validateCandidates(cands: Candidate[]): Parsed {
  const out: Parsed = { cards: [], invalid: [] };
  for (const { row, card } of cands) {
    const c = tidy(card);
    if (!c.name.trim()) {
      out.invalid.push({ row, reason: 'missing-name' });
      continue;
    }
    const res = Card.safeParse(c);
    if (res.success) out.cards.push({ row, card: res.data });
    else {
      const issue = res.error.issues[0];
      const tooLong = issue.code === 'too_big';
      out.invalid.push({
        row,
        reason: tooLong ? 'too-long' : 'schema',
        detail: `${issue.path.join('.')}: ${issue.message}`.slice(0, 300),
      });
    }
  }
  return out;
}
