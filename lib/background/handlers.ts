import { MessageError } from '../messages';
import {
  addFollowUp,
  findMatches,
  findMatchesMany,
  restoreCards,
  saveDraft,
  saveDraftsMany,
  trashCards,
  updateCard,
} from '../archive/store';
import { importCommit, importDryRun, type DryRunReport } from '../archive/transfer';
import { isTransferError } from '../transfer/errors';
import { transferHandlers } from '../transfer/ops';
import { setNumberPattern } from '../archive/number';
import { captureTab } from './capture';
import { getPending, setPending } from './pending';
import type { Handlers } from './router';
import { workspaceHandlers } from '../archive/workspace-ops';
import { recipeHandlers } from './recipes';
import { badgeHandlers } from './badges';
import { importRecipesOf } from '../recipes/archive-import';

// What the background does for each message. Payloads arrive parsed; errors are MessageErrors with stable codes.

export const handlers: Handlers = {
  ...transferHandlers,
  ...workspaceHandlers,
  ...recipeHandlers,
  ...badgeHandlers,
  'ui→bg:captureTab': async ({ tabId }) => ({ result: await captureTab(tabId) }),
  'ui→bg:getPendingDraft': async () => ({ pending: await getPending() }),
  'ui→bg:setPendingDraft': async ({ pending }) => (await setPending(pending), {}),
  'ui→bg:findMatches': async ({ draft }) => ({ matches: await findMatches(draft) }),
  'ui→bg:findMatchesMany': async ({ drafts }) => ({ matches: await findMatchesMany(drafts) }),
  'ui→bg:saveDraftsMany': async ({ items }) => ({ saved: await saveDraftsMany(items) }),
  'ui→bg:saveDraft': async ({ draft, mergeInto, asNew }) => saveDraft(draft, { mergeInto, asNew }),
  'ui→bg:updateCard': async ({ card, baseRev }) => ({ card: await updateCard(card, baseRev) }),
  'ui→bg:trashCards': async ({ ids }) => ({ count: await trashCards(ids) }),
  'ui→bg:restoreCards': async ({ ids }) => ({ count: await restoreCards(ids) }),
  'ui→bg:addFollowUp': async ({ followUp }) => ({ followUp: await addFollowUp(followUp) }),
  'ui→bg:setNumberPattern': async ({ pattern }) => setNumberPattern(pattern),
  'ui→bg:importDryRun': async ({ text }) => {
    // A file refused as a whole is a normal answer (the UI explains it), not a failed request.
    try {
      return { report: (await importDryRun(text)) satisfies DryRunReport };
    } catch (e) {
      if (isTransferError(e))
        return { report: { ok: false, error: { code: e.code, params: e.params } } satisfies DryRunReport };
      throw e;
    }
  },
  'ui→bg:importCommit': async ({ text }) => {
    try {
      const done = await importCommit(text);
      await importRecipesOf(text);
      return done;
    } catch (e) {
      if (isTransferError(e)) throw new MessageError('invalid-request', e.code);
      throw e;
    }
  },
};
