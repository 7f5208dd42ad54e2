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
 * What the zip says its files unpack to, from its central directory, read as the unzipper (fflate) reads it: the
 * entry count at EOCD +8 (this disk; we also take the total at +10 and use the larger), and the zip64 end record when
 * its locator is there. The unzipper makes each file's buffer as large as declared, so this bounds the memory an
 * import can take: a 40 MB "zip bomb" declaring gigabytes is refused before a byte is inflated. Null when the
 * directory cannot be read this way: the caller refuses the file rather than let the unzipper read it otherwise.
 */
export function zipUnpackedBytes(zip: Uint8Array): number | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u32 = (at: number) => (at >= 0 && at + 4 <= zip.length ? view.getUint32(at, true) : -1);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  let count = Math.max(view.getUint16(eocd + 8, true), view.getUint16(eocd + 10, true));
  let at = view.getUint32(eocd + 16, true);
  let zip64 = false;
  if (u32(eocd - 20) === 0x07064b50) {
    // fflate takes the low 32 bits of the zip64 record's offset and, when a record is there, its counts and offset.
    const record = u32(eocd - 12);
    if (u32(record) === 0x06064b50) {
      if (record + 56 > zip.length) return null;
      // High halves set: more entries or a farther directory than a 40 MB file can hold.
      if (u32(record + 28) !== 0 || u32(record + 36) !== 0 || u32(record + 52) !== 0) return null;
      count = Math.max(u32(record + 24), u32(record + 32));
      at = u32(record + 48);
      zip64 = true;
    }
  }
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    let declared = size;
    if (size === 0xffffffff) {
      // 4 GB or more, or (zip64) the real size in the extra field, which fflate reads: count the larger.
      declared = 2 ** 32;
      if (zip64) declared = Math.max(declared, zip64Size(view, at + 46 + nameLen, extraLen) ?? 0);
    }
    total += declared;
    at += 46 + nameLen + extraLen + view.getUint16(at + 32, true);
  }
  return total;
}

/** The uncompressed size in a zip64 extended-information extra field (id 1), which comes first in it. */
function zip64Size(view: DataView, from: number, length: number): number | null {
  const end = Math.min(from + length, view.byteLength);
  for (let b = from; b + 4 < end; b += 4 + view.getUint16(b + 2, true))
    if (view.getUint16(b, true) === 1 && b + 12 <= view.byteLength)
      return view.getUint32(b + 4, true) + view.getUint32(b + 8, true) * 2 ** 32;
  return null;
}

/** The first sheet as text cells. A zip that is not a workbook, or a damaged one, is `not-xlsx`. */
export async function parseXlsx(data: Blob | ArrayBuffer): Promise<Sheet> {
  const bytes = new Uint8Array(data instanceof Blob ? await data.arrayBuffer() : data);
  const unpacked = zipUnpackedBytes(bytes);
  // A directory the guard cannot read is refused: the unzipper might still read it, and unpack anything.
  if (unpacked === null) throw new TransferError('not-xlsx', { detail: 'unreadable zip directory' });
  if (unpacked > LIMITS.xlsxUnpackedBytes)
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
