import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import type { Card } from '../card/schema';
import { cardRows, headerRow, type HeaderLang, type RowMode, type Sheet } from './csv';
import { TransferError } from './errors';
import { LIMITS } from './limits';

// XLSX through write-excel-file / read-excel-file (small, well kept, no formula engine). Cells are written as
// strings, never formulas, so `=1+1` stays text without the CSV apostrophe.

/** Excel refuses (and "repairs" away) a cell longer than this many characters. */
export const XLSX_CELL_MAX = 32_767;
const CUT_MARK = '…';

/** A cell's text within Excel's limit, cut with a mark at the end (never between the halves of a surrogate pair). */
export function fitCell(value: string): string {
  if (value.length <= XLSX_CELL_MAX) return value;
  let end = XLSX_CELL_MAX - CUT_MARK.length;
  if (/[\ud800-\udbff]/.test(value[end - 1])) end--;
  return value.slice(0, end) + CUT_MARK;
}

/**
 * The workbook and how many cells were cut to Excel's 32,767-character limit (a card's note is at most 20,000, but a
 * list joined into one cell, such as hundreds of main products, can be longer): the UI says so and points to JSON,
 * which keeps everything.
 */
export async function exportXlsxReport(
  cards: Iterable<Card>,
  opts: { mode: RowMode; lang: HeaderLang },
): Promise<{ blob: Blob; cut: number }> {
  const header = headerRow(opts.lang);
  const rows = cardRows(cards, opts.mode);
  let cut = 0;
  const data = [header, ...rows].map((row, i) =>
    row.map((value) => {
      if (i === 0) return { value, fontWeight: 'bold' as const };
      if (value === '') return null;
      const fitted = fitCell(value);
      if (fitted !== value) cut++;
      return { value: fitted, type: String };
    }),
  );
  const blob = await writeXlsxFile(data, { sheet: 'Lead Archive', stickyRowsCount: 1 }).toBlob();
  return { blob, cut };
}

export async function exportXlsx(cards: Iterable<Card>, opts: { mode: RowMode; lang: HeaderLang }): Promise<Blob> {
  return (await exportXlsxReport(cards, opts)).blob;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  // A date cell is a day count in floating point; read back it can land a millisecond early (09:29:59.999 for
  // 09:30). Spreadsheet dates carry seconds at most, so the nearest second is what the user typed.
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? '' : new Date(Math.round(v.getTime() / 1000) * 1000).toISOString();
  return String(v);
}

/**
 * What the zip says its files unpack to, from its central directory (null when there is none to read: the
 * unzipper then refuses it). The unzipper makes each file's buffer as large as declared, so this bounds the memory
 * an import can take: a 40 MB "zip bomb" declaring gigabytes is refused before a byte is inflated.
 */
export function zipUnpackedBytes(zip: Uint8Array): number | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    total += size === 0xffffffff ? 2 ** 32 : size; // zip64: 4 GB or more declared
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** The first sheet as text cells. A zip that is not a workbook, or a damaged one, is `not-xlsx`. */
export async function parseXlsx(data: Blob | ArrayBuffer): Promise<Sheet> {
  const bytes = new Uint8Array(data instanceof Blob ? await data.arrayBuffer() : data);
  const unpacked = zipUnpackedBytes(bytes);
  if (unpacked !== null && unpacked > LIMITS.xlsxUnpackedBytes)
    throw new TransferError('too-large-unpacked', { bytes: unpacked, limit: LIMITS.xlsxUnpackedBytes });
  let sheets;
  try {
    sheets = await readXlsxFile(bytes.buffer as ArrayBuffer);
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
