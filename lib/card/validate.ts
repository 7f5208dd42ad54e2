import type { CardDraft } from '../messages';
import type { Card, ContactValue } from './schema';
import { isMaskedPhone, normalizeEmail, normalizePhone, normalizeWebsite } from './normalize';
import { cardRegion } from './normalize-card';

// The values an editor should flag: an email that is not one, a phone that cannot be parsed, a website that is
// not an http(s) address. Paths are the card's own (`phones.1`, `contacts.0.emails.0`) so a form can mark the field.

export type ValueProblem = 'phone' | 'email' | 'website';
export interface Invalid {
  path: string;
  problem: ValueProblem;
  value: string;
}

export function invalidValues(card: CardDraft | Card): Invalid[] {
  const region = cardRegion(card);
  const out: Invalid[] = [];
  const check = (list: ContactValue[], base: string, problem: ValueProblem) =>
    list.forEach((v, i) => {
      if (v.masked || (problem === 'phone' && isMaskedPhone(v.value))) return;
      const ok =
        problem === 'phone'
          ? normalizePhone(v.value, region)
          : problem === 'email'
            ? normalizeEmail(v.value)
            : normalizeWebsite(v.value);
      if (!ok) out.push({ path: `${base}.${i}`, problem, value: v.value });
    });
  check(card.phones, 'phones', 'phone');
  check(card.faxes, 'faxes', 'phone');
  check(card.emails, 'emails', 'email');
  check(card.websites, 'websites', 'website');
  card.contacts.forEach((c, i) => {
    check(c.phones, `contacts.${i}.phones`, 'phone');
    check(c.emails, `contacts.${i}.emails`, 'email');
  });
  return out;
}
