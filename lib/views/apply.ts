import type { Card } from '../card/schema';

/**
 * The card with each change's new value set at its field path (`name`, `classification.grade`): used to lay the
 * user's own edits over a newer copy of the card, and to put an old value back from the history.
 */
export function applyChanges(card: Card, entries: { field: string; new?: unknown }[]): Card {
  const out = structuredClone(card) as Record<string, unknown>;
  for (const e of entries) {
    const [top, sub] = e.field.split('.');
    if (sub === undefined) out[top] = structuredClone(e.new);
    else out[top] = { ...(out[top] as Record<string, unknown>), [sub]: structuredClone(e.new) };
  }
  return out as Card;
}
