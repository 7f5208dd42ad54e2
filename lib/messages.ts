import { z } from 'zod';
import { Card, FollowUp } from './card/schema';
import { BulkChange } from './archive/workspace-schema';
import { Recipe } from './recipes/schema';

// The one message protocol. Every request goes from an extension page (popup, archive) to the background, which
// owns every write to the archive; the name says the direction (`ui→bg`). Both ends parse with these schemas:
// the sender before sending, the background on receipt (and it checks the sender is this extension's own page).

/** Draft cards from extraction are plain JSON; checked structurally here, deeply by the card schema on save. */
const DraftLeadJson = z.record(z.string(), z.unknown());

/** A card as the popup hands it over for saving: everything but the archive-assigned fields. */
export const CardDraft = Card.omit({
  id: true,
  number: true,
  createdAt: true,
  updatedAt: true,
  rev: true,
  // Kept by the follow-ups (lib/card/last-contact.ts), never set by a draft.
  lastContactAt: true,
}).extend({
  number: z.string().max(60).optional(),
});
export type CardDraft = z.infer<typeof CardDraft>;
export type CardDraftInput = z.input<typeof CardDraft>;

export const CardSummary = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  kind: z.enum(['company', 'person']),
  updatedAt: z.number(),
  /** Which dedupe keys matched, such as `tel:+8613800000000`. */
  matchedKeys: z.array(z.string()).default([]),
});
export type CardSummary = z.infer<typeof CardSummary>;

/** A card read from an import file, with its row in the file (lib/transfer/records.ts). */
export const ImportedCard = z.object({ row: z.number().int(), card: Card });
export const InvalidImportRow = z.object({
  row: z.number().int(),
  reason: z.enum(['missing-name', 'schema', 'too-long']),
  detail: z.string().max(500).optional(),
});

/** Most list items one batch request carries (a list page rarely holds more; longer lists go in several). */
export const LIST_BATCH_MAX = 1000;

export const Requests = {
  /** Run extraction in a tab (the popup's tab, or the context menu's). */
  'ui→bg:captureTab': {
    req: z.object({ tabId: z.number().int() }),
    res: z.object({ result: z.unknown() }),
  },
  /** The draft kept by the background for the popup (from the context menu, or an unsaved edit). */
  'ui→bg:getPendingDraft': { req: z.object({}), res: z.object({ pending: z.unknown().nullable() }) },
  'ui→bg:setPendingDraft': { req: z.object({ pending: z.unknown().nullable() }), res: z.object({}) },
  /** Cards that share a dedupe key (phone, email, IM handle, platform id) or the name with this draft. */
  'ui→bg:findMatches': { req: z.object({ draft: CardDraft }), res: z.object({ matches: z.array(CardSummary) }) },
  /** `findMatches` for every item of a list page in one request: `matches[i]` answers `drafts[i]`. */
  'ui→bg:findMatchesMany': {
    req: z.object({ drafts: z.array(CardDraft).max(LIST_BATCH_MAX) }),
    res: z.object({ matches: z.array(z.array(CardSummary)) }),
  },
  /** `saveDraft` for the checked items of a list page, in one transaction: all saved or none (the error names the item). */
  'ui→bg:saveDraftsMany': {
    req: z.object({
      items: z
        .array(z.object({ draft: CardDraft, mergeInto: z.string().optional(), asNew: z.boolean().optional() }))
        .max(LIST_BATCH_MAX),
    }),
    res: z.object({ saved: z.array(z.object({ id: z.string(), number: z.string(), created: z.boolean() })) }),
  },
  /** Save a new card, or merge the draft into `mergeInto` (recorded in its history). */
  'ui→bg:saveDraft': {
    /** `asNew`: save as another customer even though a strong key matches (the user said so). */
    req: z.object({ draft: CardDraft, mergeInto: z.string().optional(), asNew: z.boolean().optional() }),
    res: z.object({ card: Card, created: z.boolean() }),
  },
  /** Replace a card after editing; fails with `conflict` when `baseRev` is not the stored revision. */
  'ui→bg:updateCard': {
    req: z.object({ card: Card, baseRev: z.number().int() }),
    res: z.object({ card: Card }),
  },
  'ui→bg:trashCards': { req: z.object({ ids: z.array(z.string()).max(200000) }), res: z.object({ count: z.number() }) },
  'ui→bg:restoreCards': {
    req: z.object({ ids: z.array(z.string()).max(200000) }),
    res: z.object({ count: z.number() }),
  },
  'ui→bg:addFollowUp': { req: z.object({ followUp: FollowUp }), res: z.object({ followUp: FollowUp }) },
  /** Check cards read from a CSV, XLSX or vCard file (lib/transfer/drafts.ts): new, would update, duplicate, invalid. */
  'ui→bg:importCardsDryRun': {
    req: z.object({ cards: z.array(ImportedCard).max(200000), invalid: z.array(InvalidImportRow).max(200000) }),
    res: z.object({ report: z.unknown() }),
  },
  /** Write those cards in one transaction (all or nothing). */
  'ui→bg:importCardsCommit': {
    req: z.object({ cards: z.array(ImportedCard).max(200000), skipped: z.number().int().min(0) }),
    res: z.object({ created: z.number(), updated: z.number(), skipped: z.number() }),
  },
  /** Check an import file without writing anything: counts and the invalid records with reasons. */
  'ui→bg:importDryRun': {
    req: z.object({ text: z.string() }),
    res: z.object({ report: z.unknown() }),
  },
  /** Write the valid records of an import file in one transaction. */
  'ui→bg:importCommit': {
    req: z.object({ text: z.string() }),
    res: z.object({ created: z.number(), updated: z.number(), skipped: z.number() }),
  },
  // Archive workspace (lib/archive/workspace-ops.ts). Bulk changes and merges answer with an undo id.
  'ui→bg:bulkClassify': {
    req: z.object({ ids: z.array(z.string()).max(200000), change: BulkChange }),
    res: z.object({ count: z.number(), undoId: z.string().nullable() }),
  },
  'ui→bg:mergeCards': {
    req: z.object({
      keepId: z.string(),
      otherId: z.string(),
      merged: Card,
      revs: z.object({ keep: z.number().int(), other: z.number().int() }),
    }),
    res: z.object({ card: Card, undoId: z.string() }),
  },
  'ui→bg:undo': { req: z.object({ undoId: z.string() }), res: z.object({ restored: z.number(), skipped: z.number() }) },
  'ui→bg:lastUndo': {
    req: z.object({}),
    res: z.object({
      last: z
        .object({ undoId: z.string(), kind: z.enum(['bulk', 'merge']), at: z.number(), count: z.number() })
        .nullable(),
    }),
  },
  'ui→bg:emptyTrash': { req: z.object({}), res: z.object({ count: z.number() }) },
  /** The customer-number pattern for new cards (YYYY, YY, MM, DD and one run of N, such as `C-YYYY-NNNN`). */
  'ui→bg:setNumberPattern': {
    req: z.object({ pattern: z.string().max(40) }),
    res: z.object({ pattern: z.string(), example: z.string() }),
  },
  // Taught recipes (lib/background/recipes.ts, kept in browser.storage.local).
  'ui→bg:listRecipes': { req: z.object({}), res: z.object({ recipes: z.array(Recipe) }) },
  'ui→bg:saveRecipe': { req: z.object({ recipe: Recipe }), res: z.object({ recipe: Recipe }) },
  'ui→bg:deleteRecipe': { req: z.object({ id: z.string() }), res: z.object({ deleted: z.boolean() }) },
  /** Open the teaching overlay in a tab (the user clicks the page's elements and names each one). */
  'ui→bg:startTeach': { req: z.object({ tabId: z.number().int() }), res: z.object({}) },
  /** Badge the list items already in the archive on the page (needs the site's host permission). */
  'ui→bg:showBadges': {
    req: z.object({
      tabId: z.number().int(),
      names: z.array(z.string().max(500)).max(2000),
      label: z.string().max(40),
    }),
    res: z.object({ marked: z.number() }),
  },
} as const;

export type RequestName = keyof typeof Requests;
export type Req<N extends RequestName> = z.input<(typeof Requests)[N]['req']>;
export type Res<N extends RequestName> = z.infer<(typeof Requests)[N]['res']>;

/** An error that crosses the boundary with a stable code the UI translates. */
export const ErrorCode = z.enum([
  'invalid-request',
  'forbidden-sender',
  'not-found',
  'conflict',
  'quota',
  'db-closed',
  'no-access',
  'capture-failed',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const Envelope = z.object({ type: z.string(), payload: z.unknown() });
export const Reply = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  /** `data` carries what the caller needs to recover, such as the current card on a `conflict`. */
  z.object({ ok: z.literal(false), code: ErrorCode, message: z.string(), data: z.unknown().optional() }),
]);
export type Reply = z.infer<typeof Reply>;

export class MessageError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    /** Recovery data from the background, such as the current card on a `conflict`. */
    public data?: unknown,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

export { DraftLeadJson };
