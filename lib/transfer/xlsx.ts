import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import type { Card } from '../card/schema';
import { cardRows, headerRow, type HeaderLang, type RowMode, type Sheet } from './csv';
import { TransferError } from './errors';
import { LIMITS } from './limits';

// XLSX through write-excel-file / read-excel-file (small, well kept, no formula engine). Cells are written as
// strings, never formulas, so `=1+1` stays text without the CSV apostrophe.

export async function exportXlsx(cards: Iterable<Card>, opts: { mode: RowMode; lang: HeaderLang }): Promise<Blob> {
  const header = headerRow(opts.lang);
  const rows = cardRows(cards, opts.mode);
  const data = [header, ...rows].map((row, i) =>
    row.map((value) =>
      i === 0 ? { value, fontWeight: 'bold' as const } : value === '' ? null : { value, type: String },
    ),
  );
  const blob = await writeXlsxFile(data, { sheet: 'Lead Archive', stickyRowsCount: 1 }).toBlob();
  return blob;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return String(v);
}

/** The first sheet as text cells. A zip that is not a workbook, or a damaged one, is `not-xlsx`. */
export async function parseXlsx(data: Blob | ArrayBuffer): Promise<Sheet> {
  let sheets;
  try {
    sheets = await readXlsxFile(data);
  } catch (e) {
    throw new TransferError('not-xlsx', { detail: String((e as Error)?.message ?? e).slice(0, 200) });
  }
  const table = sheets[0]?.data ?? [];
  if (!table.length) throw new TransferError('empty');
  const width = Math.max(...table.slice(0, 1000).map((r) => r.length));
  if (width > LIMITS.columns) throw new TransferError('too-many-columns', { count: width, limit: LIMITS.columns });
  if (table.length > LIMITS.rows) throw new TransferError('too-many-rows', { limit: LIMITS.rows });
  const [first, ...rest] = table.map((r) => r.map(cellText));
  if (!first.some((h) => h.trim())) throw new TransferError('no-header');
  return { header: first.map((h) => h.trim()), rows: rest.filter((r) => r.some((c) => c !== '')) };
}
