// Every measurement part of `npm run bench`, in order. A part is { name, run(ctx) → { key: number } }; ctx has
// { page (bench.html), context, url(path), opts, notes[] }. The transfer measurements (exportMBps,
// importCardsPerSec) belong in their own file here, added to this list.
import { archiveParts } from './archive.mjs';
import { transferParts } from './transfer.mjs';

export const parts = [...archiveParts, ...transferParts];

/** Targets from issue 4: [key, limit, 'min' | 'max'] (milliseconds unless named otherwise). */
export const targets = {
  ingestRatio: ['≥', 0.8],
  searchP50: null,
  searchP95: ['≤', 50],
  filterP95: ['≤', 100],
  archiveFirstRows: ['≤', 300],
  popupFirstPaint: ['≤', 150],
  reminderScan: ['≤', 100],
  bytesPerCard: ['≤', 2000],
  exportMBps: ['≥', 20],
  importCardsPerSec: ['≥', 2000],
};
