import { getDb, type ArchiveDb } from '../db';
import { exportCsv, type HeaderLang, type RowMode } from './csv';
import { cardsForExport, exportJsonBlob, type ExportScope } from './json-stream';
import { exportPreset, type Preset } from './presets';
import { exportVcard } from './vcard';
import { exportXlsxReport } from './xlsx';

// One entry point for the export menu: a format, a scope (all, or the chosen ids), and the options the flat
// formats need; returns the file, a name for it and (XLSX) how many cells were cut to Excel's cell limit. Reads only (extension pages may read the archive directly).

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'vcard', 'hubspot', 'salesforce', 'twenty'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  scope: ExportScope;
  mode?: RowMode;
  lang?: HeaderLang;
}

const EXT: Record<ExportFormat, string> = {
  json: 'json',
  csv: 'csv',
  xlsx: 'xlsx',
  vcard: 'vcf',
  hubspot: 'hubspot.csv',
  salesforce: 'salesforce.csv',
  twenty: 'twenty.csv',
};

export function exportFileName(format: ExportFormat, now = new Date()): string {
  const d = now.toISOString().slice(0, 10);
  return `lead-archive-${d}.${EXT[format]}`;
}

export async function exportFile(
  opts: ExportOptions,
  db: ArchiveDb = getDb(),
  now = new Date(),
): Promise<{ blob: Blob; name: string; count: number; cut?: number }> {
  const name = exportFileName(opts.format, now);
  if (opts.format === 'json') {
    const { blob, count } = await exportJsonBlob(opts.scope, db, now);
    return { blob, name, count };
  }
  const cards = await cardsForExport(opts.scope, db);
  const mode = opts.mode ?? 'card';
  const lang = opts.lang ?? 'en';
  switch (opts.format) {
    case 'csv':
      return { blob: exportCsv(cards, { mode, lang }), name, count: cards.length };
    case 'xlsx':
      return { ...(await exportXlsxReport(cards, { mode, lang })), name, count: cards.length };
    case 'vcard':
      return { blob: exportVcard(cards), name, count: cards.length };
    default:
      return { blob: exportPreset(cards, opts.format as Preset), name, count: cards.length };
  }
}
