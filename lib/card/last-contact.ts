import type { Card, FollowUp } from './schema';

// A card's last contact is the date of its latest follow-up. Every path that writes follow-ups keeps it on the card
// (the reminders and the "no contact for N days" filter read it from an index), so it only ever moves forward here:
// follow-ups are added or moved in, never silently dropped.

/** `card` with lastContactAt raised to the latest of `followUps`' dates (unchanged when none is later). */
export function withFollowUps<T extends Pick<Card, 'lastContactAt'>>(card: T, followUps: Pick<FollowUp, 'date'>[]): T {
  let at = card.lastContactAt;
  for (const f of followUps) if (at === undefined || f.date > at) at = f.date;
  return at === card.lastContactAt ? card : { ...card, lastContactAt: at };
}
