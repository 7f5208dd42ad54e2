import type { Prov } from '../../lib/card/schema';
import type { ExtractResult } from '../../lib/extract/types';
import { CardDraft } from '../../lib/messages';

// What the popup keeps in the background's pending-draft slot (`ui→bg:setPendingDraft`), so that closing the
// popup or a stopped service worker loses no edit. The slot is also filled by the background's context menu,
// which hands over a capture; both shapes are read here.

export interface PopupEdit {
  v: 1;
  draft: CardDraft;
  /** The capture the draft came from, so "back to the list" still works after a reopen. */
  result?: ExtractResult;
  leadIndex?: number;
  nameProv?: Prov;
}

export type Restored = { kind: 'edit'; edit: PopupEdit } | { kind: 'result'; result: ExtractResult } | null;

function isResult(x: unknown): x is ExtractResult {
  return !!x && typeof x === 'object' && Array.isArray((x as ExtractResult).leads);
}

/**
 * Reads the pending slot. Accepted: the popup's own `{v:1, draft, …}`; a capture from the context menu, either an
 * ExtractResult or `{result: ExtractResult}`; or a bare `{draft}`. Anything else (or a draft that no longer
 * passes the schema) is ignored, and the popup captures the page instead.
 */
export function readPending(pending: unknown): Restored {
  if (!pending || typeof pending !== 'object') return null;
  const p = pending as Record<string, unknown>;
  if (p.draft !== undefined) {
    const draft = CardDraft.safeParse(p.draft);
    if (!draft.success) return null;
    const edit: PopupEdit = { v: 1, draft: draft.data };
    if (isResult(p.result)) edit.result = p.result;
    if (typeof p.leadIndex === 'number') edit.leadIndex = p.leadIndex;
    if (p.nameProv && typeof p.nameProv === 'object') edit.nameProv = p.nameProv as Prov;
    return { kind: 'edit', edit };
  }
  if (isResult(p.result)) return { kind: 'result', result: p.result };
  if (isResult(p)) return { kind: 'result', result: p };
  return null;
}
