import { draftToCard } from '../../lib/card/from-draft';
import { dedupeKeys } from '../../lib/card/keys';
import type { ExtractResult } from '../../lib/extract/types';
import type { CardDraft, CardSummary } from '../../lib/messages';

// The queue of a list page (a directory's results, a back end's order list), as plain data: every item as a card
// draft, and what saving it would do — a new card, an update of a card already in the archive (a new order, a new
// phone), or nothing new at all.

export type ItemStatus = 'checking' | 'new' | 'would-update' | 'in-archive' | 'saving' | 'saved' | 'failed';

export interface QueueItem {
  /** Index of the lead in the extract result. */
  index: number;
  draft: CardDraft;
  name: string;
  detail: string;
  status: ItemStatus;
  /** The archive card a save merges into. */
  matchId?: string;
  checked: boolean;
}

export function queueFromResult(result: ExtractResult, capturedAt = Date.now()): QueueItem[] {
  const extractor = result.adapter?.recognised ? result.adapter.id : 'generic';
  return result.leads.map((lead, index) => {
    const draft = draftToCard(lead, { url: result.url, capturedAt, extractor });
    const order = draft.business?.orders?.[0];
    const detail = [order?.number && `#${order.number}`, draft.phones?.[0]?.value, draft.emails?.[0]?.value]
      .filter(Boolean)
      .join(' · ');
    return { index, draft, name: draft.name, detail, status: 'checking', checked: false };
  });
}

/**
 * What saving the item would do, given the archive cards that share a key with it. A match on every strong key
 * with nothing new (no order) is already in the archive; a match by name only is treated the same, so that a
 * common name never merges two firms without the user choosing to.
 */
export function statusFor(draft: CardDraft, matches: CardSummary[]): { status: ItemStatus; matchId?: string } {
  const match = matches[0];
  if (!match) return { status: 'new' };
  const keys = dedupeKeys(draft);
  const hasOrder = (draft.business?.orders?.length ?? 0) > 0;
  const allKnown = keys.every((k) => match.matchedKeys.includes(k));
  if (!match.matchedKeys.length) return { status: 'in-archive', matchId: match.id };
  return { status: hasOrder || !allKnown ? 'would-update' : 'in-archive', matchId: match.id };
}

/** New items and updates are checked by default; items with nothing new are not. */
export function checkedByDefault(status: ItemStatus): boolean {
  return status === 'new' || status === 'would-update';
}

/** Runs `task` over the items, at most `limit` at a time (the background handles one archive; be gentle). */
export async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
