import { draftToCard } from '../../lib/card/from-draft';
import { dedupeKeys } from '../../lib/card/keys';
import type { ExtractResult } from '../../lib/extract/types';
import { CardDraft, LIST_BATCH_MAX, type CardSummary, type Req, type RequestName, type Res } from '../../lib/messages';

// The queue of a list page (a directory's results, a back end's order list), as plain data: every item as a card
// draft, and what saving it would do — a new card, an update of a card already in the archive (a new order, a new
// phone), or nothing new at all.

export type ItemStatus =
  | 'checking'
  | 'new'
  | 'would-update'
  | 'in-archive'
  | 'saving'
  | 'saved'
  | 'failed'
  /** The draft breaks the card schema (a value too long…): it cannot be checked or saved, and must not hold up the rest. */
  | 'invalid';

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
  /** Why an `invalid` item cannot be saved (the field and what is wrong). */
  problem?: string;
}

export function queueFromResult(result: ExtractResult, capturedAt = Date.now()): QueueItem[] {
  const extractor = result.adapter?.recognised ? result.adapter.id : 'generic';
  return result.leads.map((lead, index) => {
    const draft = draftToCard(lead, { url: result.url, capturedAt, extractor });
    const order = draft.business?.orders?.[0];
    const detail = [order?.number && `#${order.number}`, draft.phones?.[0]?.value, draft.emails?.[0]?.value]
      .filter(Boolean)
      .join(' · ');
    const item: QueueItem = { index, draft, name: draft.name, detail, status: 'checking', checked: false };
    // The batch requests are refused as a whole when one draft breaks the protocol: such an item is set aside.
    const valid = CardDraft.safeParse(draft);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      item.status = 'invalid';
      item.problem = `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`;
    }
    return item;
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
  if (!match.matchedKeys.some((k) => !k.startsWith('name:'))) return { status: 'in-archive', matchId: match.id };
  return { status: hasOrder || !allKnown ? 'would-update' : 'in-archive', matchId: match.id };
}

/** New items and updates are checked by default; items with nothing new are not. */
export function checkedByDefault(status: ItemStatus): boolean {
  return status === 'new' || status === 'would-update';
}

type Send = <N extends RequestName>(name: N, payload: Req<N>) => Promise<Res<N>>;

/** `xs` in runs of at most `size` (a list longer than one request carries goes in several). */
export function chunks<T>(xs: T[], size = LIST_BATCH_MAX): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * What saving each item would do, asked in one request per LIST_BATCH_MAX items (one for any ordinary page);
 * `onPart` hears each request's answers as they come, by item index. Items set aside as invalid are not asked.
 */
export async function checkAll(
  send: Send,
  items: QueueItem[],
  onPart: (answers: { index: number; status: ItemStatus; matchId?: string }[]) => void,
): Promise<void> {
  for (const part of chunks(items.filter((x) => x.status !== 'invalid'))) {
    const { matches } = await send('ui→bg:findMatchesMany', { drafts: part.map((x) => x.draft) });
    if (matches.length !== part.length) throw new Error(`${part.length} items asked, ${matches.length} answered`);
    onPart(part.map((x, i) => ({ index: x.index, ...statusFor(x.draft, matches[i]) })));
  }
}

export type Selection = 'all' | 'none' | 'new';

/**
 * The queue with its checkboxes set for "select all / none / only new". Saved items are left alone, and items whose
 * box does not change keep their identity, so only the rows that change render again.
 */
export function select(items: QueueItem[], which: Selection): QueueItem[] {
  return items.map((x) => {
    if (x.status === 'saved' || x.status === 'invalid') return x;
    const on = which === 'all' || (which === 'new' && x.status === 'new');
    return x.checked === on ? x : { ...x, checked: on };
  });
}

/** How many items are new, would update, or are already in the archive. */
export function countStatuses(items: QueueItem[]): Record<'new' | 'would-update' | 'in-archive', number> {
  const n = { new: 0, 'would-update': 0, 'in-archive': 0 };
  for (const x of items) if (x.status in n) n[x.status as keyof typeof n]++;
  return n;
}
