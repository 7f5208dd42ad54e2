// Import and backup failures carry a stable code the UI translates (components/transfer/messages.ts), plus the
// numbers that make the message precise ("line 3", "12.5 MB over the 100 MB limit"). Nothing else crosses to the UI.

export const TRANSFER_ERROR_CODES = [
  'empty',
  'too-large',
  'too-large-unpacked',
  'invalid-utf8',
  'unknown-format',
  'not-json',
  'wrong-format',
  'newer-version',
  'too-deep',
  'too-many-columns',
  'too-many-rows',
  'no-header',
  'not-xlsx',
  'not-vcard',
  'not-backup',
  'backup-newer',
  'wrong-passphrase',
  'wrong-passphrase-or-altered',
  'backup-altered',
  'backup-damaged',
  'weak-passphrase',
  'no-records',
  'no-mapping',
] as const;
export type TransferErrorCode = (typeof TRANSFER_ERROR_CODES)[number];

export class TransferError extends Error {
  constructor(
    public code: TransferErrorCode,
    public params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'TransferError';
  }
}

export function isTransferError(e: unknown): e is TransferError {
  return e instanceof TransferError;
}

export const INVALID_REASONS = ['missing-name', 'schema', 'too-long'] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

/**
 * Why a record of an import file was left out: its row (1-based, as a spreadsheet numbers rows; the record number
 * for JSON and vCard), a code the UI translates and, for schema errors, the field path and zod's message.
 */
export interface InvalidRecord {
  row: number;
  reason: InvalidReason;
  detail?: string;
}
