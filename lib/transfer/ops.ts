import type { Handlers } from '../background/router';
import { draftsCommit, draftsDryRun } from './drafts';

// Background handlers for imports of CSV, XLSX and vCard files: the page reads and maps the file, the background
// (which owns every write) checks the cards against the archive and writes them in one transaction.

export const transferHandlers: Pick<Handlers, 'ui→bg:importCardsDryRun' | 'ui→bg:importCardsCommit'> = {
  'ui→bg:importCardsDryRun': async ({ cards, invalid }) => ({ report: await draftsDryRun(cards, invalid) }),
  'ui→bg:importCardsCommit': async ({ cards, skipped }) => draftsCommit(cards, { skipped }),
};
