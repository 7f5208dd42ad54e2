import { isBackup } from '../backup/crypto';
import { parseCsv, type Sheet } from './csv';
import { TransferError } from './errors';
import { LIMITS } from './limits';
import { parseVcards } from './vcard-parse';
import { parseXlsx } from './xlsx';
import type { Candidate } from './records';

// The first step of every import: what kind of file is this, is it small enough, is it text we can read. The size
// is checked from `file.size` before a single byte is read; text must be valid UTF-8 (a clear message instead of
// mojibake cards); then the format is told from the content, the file name only breaking ties.

export type ImportFormat = 'json' | 'csv' | 'xlsx' | 'vcard' | 'backup';

export type ReadFile =
  | { format: 'json'; text: string }
  | { format: 'csv' | 'xlsx'; sheet: Sheet }
  | { format: 'vcard'; candidates: Candidate[] }
  | { format: 'backup'; bytes: Uint8Array };

const LIMIT_BY_FORMAT: Record<ImportFormat, number> = {
  json: LIMITS.jsonBytes,
  csv: LIMITS.csvBytes,
  xlsx: LIMITS.xlsxBytes,
  vcard: LIMITS.vcardBytes,
  backup: LIMITS.backupBytes,
};
const MAX_ANY = Math.max(...Object.values(LIMIT_BY_FORMAT));

const extOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Tells the format from the first bytes (and the name for plain text). */
export function detectFormat(head: Uint8Array, name: string): ImportFormat {
  if (isBackup(head)) return 'backup';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  const ext = extOf(name);
  if (ext === 'xlsx' || ext === 'xls') return 'xlsx';
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^BEGIN:VCARD/i.test(text) || ext === 'vcf' || ext === 'vcard') return 'vcard';
  if (text.startsWith('{') || text.startsWith('[') || ext === 'json') return 'json';
  return 'csv';
}

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let at = 0;
    // Find roughly where, so the message can say it.
    for (let step = 1 << 20; at < bytes.length; at += step) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, Math.min(bytes.length, at + step + 4)), {
          stream: true,
        });
      } catch {
        break;
      }
    }
    throw new TransferError('invalid-utf8', { near: at });
  }
}

/** Reads an import file: refuses a file over its format's limit before reading it. */
export async function readImportFile(file: Blob, name = ''): Promise<ReadFile> {
  if (file.size === 0) throw new TransferError('empty');
  if (file.size > MAX_ANY) throw new TransferError('too-large', { bytes: file.size, limit: MAX_ANY });
  const head = new Uint8Array(await file.slice(0, 512).arrayBuffer());
  const format = detectFormat(head, name);
  if (file.size > LIMIT_BY_FORMAT[format])
    throw new TransferError('too-large', { bytes: file.size, limit: LIMIT_BY_FORMAT[format] });
  if (format === 'xlsx') return { format, sheet: await parseXlsx(file) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (format === 'backup') return { format, bytes };
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new TransferError('empty');
  if (format === 'json') return { format, text };
  if (format === 'vcard') return { format, candidates: parseVcards(text) };
  return { format, sheet: parseCsv(text) };
}
