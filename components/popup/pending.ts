import type { Prov } from '../../lib/card/schema';
import type { ExtractResult } from '../../lib/extract/types';
import { CardDraft, ErrorCode } from '../../lib/messages';

// What the popup keeps in the background's pending-draft slot (`ui→bg:setPendingDraft`), so that closing the
// popup or a stopped service worker loses no edit. The slot is also filled by the background's context menu,
// which hands over a capture; both shapes are read here.

export interface PopupEdit {
  v: 1;
  draft: CardDraft;
  /** The tab the capture came from, captured again on "Discard and capture this page". */
  tabId?: number;
  /** The capture the draft came from, so "back to the list" still works after a reopen. */
  result?: ExtractResult;
  leadIndex?: number;
  nameProv?: Prov;
}

export type Restored =
  | { kind: 'edit'; edit: PopupEdit; tabId?: number }
  | { kind: 'result'; result: ExtractResult; tabId?: number }
  | { kind: 'error'; code: ErrorCode; message: string; tabId?: number }
  | null;

function isResult(x: unknown): x is ExtractResult {
  return !!x && typeof x === 'object' && Array.isArray((x as ExtractResult).leads);
}

/**
 * Reads the pending slot. Accepted: the popup's own `{v:1, draft, …}`; a capture from the context menu
 * (lib/background/menus.ts: `{from, tabId, result}` or `{from, tabId, error: {code, message}}`), or a bare
 * ExtractResult or `{draft}`. Anything else (or a draft that no longer passes the schema) is ignored, and the
 * popup captures the page instead.
 */
export function readPending(pending: unknown): Restored {
  if (!pending || typeof pending !== 'object') return null;
  const p = pending as Record<string, unknown>;
  const tab = typeof p.tabId === 'number' ? { tabId: p.tabId } : {};
  const err = p.error as { code?: unknown; message?: unknown } | undefined;
  if (err && typeof err === 'object') {
    const code = ErrorCode.safeParse(err.code);
    return {
      kind: 'error',
      code: code.success ? code.data : 'capture-failed',
      message: String(err.message ?? ''),
      ...tab,
    };
  }
  if (p.draft !== undefined) {
    const draft = CardDraft.safeParse(p.draft);
    if (!draft.success) return null;
    const edit: PopupEdit = { v: 1, draft: draft.data };
    if (isResult(p.result)) edit.result = p.result;
    if (typeof p.leadIndex === 'number') edit.leadIndex = p.leadIndex;
    if (typeof p.tabId === 'number') edit.tabId = p.tabId;
    if (p.nameProv && typeof p.nameProv === 'object') edit.nameProv = p.nameProv as Prov;
    return { kind: 'edit', edit, ...tab };
  }
  if (isResult(p.result)) return { kind: 'result', result: p.result, ...tab };
  if (isResult(p)) return { kind: 'result', result: p };
  return null;
}
