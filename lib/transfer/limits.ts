// Limits checked before any parsing, so a hostile or mistaken file is refused in milliseconds, not after the tab
// has run out of memory. They are generous for real archives: 100,000 cards with 1–3 contacts and 2–4 follow-ups
// each (the bench set) export to about 175 MB of JSON, so the JSON limit sits just above that.

export const MB = 1024 * 1024;

export const LIMITS = {
  /** Our JSON export or a decrypted backup. */
  jsonBytes: 192 * MB,
  csvBytes: 60 * MB,
  xlsxBytes: 40 * MB,
  /** What an XLSX's files may unpack to (its XML compresses about tenfold). */
  xlsxUnpackedBytes: 512 * MB,
  vcardBytes: 30 * MB,
  backupBytes: 192 * MB,
  /** Deepest JSON nesting a card can need is about 6; anything far deeper is not ours. */
  jsonDepth: 64,
  columns: 500,
  rows: 200_000,
  /** One CSV/XLSX cell or vCard value; card text fields are at most 20,000 characters anyway. */
  cellChars: 100_000,
} as const;

export function formatMB(bytes: number): string {
  return (bytes / MB).toFixed(1);
}
