import { importCommit, importDryRun, type DryRunReport, type ImportReport } from '../archive/transfer';
import { send } from '../messaging';
import { importRecipesOf } from '../recipes/archive-import';
import { draftsCommit, draftsDryRun } from './drafts';
import { TransferError } from './errors';
import { MB } from './limits';
import type { Prepared } from './pipeline';

// How the import wizard runs the dry run and the commit. Normally the background does it (it owns the writes).
// Chrome caps one runtime message at 64 MiB, and a full archive export is larger (100,000 cards ≈ 175 MB), so a
// big file is checked and written from the extension page itself: the same functions, the same database, one
// IndexedDB transaction, which the browser serialises with the background's own writes.

export const VIA_PAGE_BYTES = 24 * MB;

function payloadSize(p: Prepared): number {
  return p.kind === 'json' ? p.text.length * 2 : p.cards.length * 2000;
}

export async function dryRun(p: Prepared, local = payloadSize(p) > VIA_PAGE_BYTES): Promise<ImportReport> {
  if (p.kind === 'json') {
    let r: DryRunReport;
    if (local) r = await importDryRun(p.text);
    else r = (await send('ui→bg:importDryRun', { text: p.text })).report as DryRunReport;
    if (!r.ok) throw new TransferError(r.error.code as TransferError['code'], r.error.params);
    return r;
  }
  if (local) return draftsDryRun(p.cards, p.invalid);
  return (await send('ui→bg:importCardsDryRun', { cards: p.cards, invalid: p.invalid })).report as ImportReport;
}

export async function commit(p: Prepared, local = payloadSize(p) > VIA_PAGE_BYTES) {
  if (p.kind === 'json')
    return local
      ? importCommit(p.text).then(async (done) => (await importRecipesOf(p.text), done))
      : send('ui→bg:importCommit', { text: p.text });
  return local
    ? draftsCommit(p.cards, { skipped: p.invalid.length })
    : send('ui→bg:importCardsCommit', { cards: p.cards, skipped: p.invalid.length });
}
