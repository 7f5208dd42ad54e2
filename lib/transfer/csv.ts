import Papa from 'papaparse';
import type { Card } from '../card/schema';
import { COLUMNS, primaryContact, type Column } from './columns';
import { TransferError } from './errors';
import { LIMITS } from './limits';

// CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake), CRLF
// rows, and every cell that Excel would run as a formula (= + - @, tab, CR at the start) prefixed with an
// apostrophe. Our own import removes exactly that prefix again, so text survives the round trip unchanged.
// Every cell is also quoted (OWASP's advice): Excel in a locale whose list separator is ";" splits an unquoted
// line at each ";", and `a;=HYPERLINK(…)` would become a cell starting with "=" after the neutraliser had looked.

export const BOM = '\ufeff';
export type RowMode = 'card' | 'contact';
export type HeaderLang = 'en' | 'zh';

const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Makes a cell inert in a spreadsheet. `'*` in the test keeps the rule reversible for text that starts with `'`. */
export function neutralise(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}
/** Undoes `neutralise` (only the one apostrophe it added). */
export function unneutralise(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** One array of cell texts per row: per card (its primary contact), or per contact (card columns repeated). */
export function cardRows(cards: Iterable<Card>, mode: RowMode, columns: Column[] = COLUMNS): string[][] {
  const rows: string[][] = [];
  for (const card of cards) {
    const contacts = mode === 'contact' && card.contacts.length ? card.contacts : [primaryContact(card)];
    for (const contact of contacts) rows.push(columns.map((col) => col.get({ card, contact })));
  }
  return rows;
}

export function headerRow(lang: HeaderLang, columns: Column[] = COLUMNS): string[] {
  return columns.map((c) => c[lang]);
}

/** Rows to CSV text (no BOM), neutralising formula-looking cells. */
export function toCsv(header: string[], rows: string[][]): string {
  return Papa.unparse(
    [header, ...rows].map((r) => r.map(neutralise)),
    { newline: '\r\n', quotes: true },
  );
}

export function exportCsv(cards: Iterable<Card>, opts: { mode: RowMode; lang: HeaderLang }): Blob {
  return new Blob([BOM, toCsv(headerRow(opts.lang), cardRows(cards, opts.mode))], { type: 'text/csv;charset=utf-8' });
}

export interface Sheet {
  header: string[];
  rows: string[][];
}

/**
 * Parses CSV text into a header and rows, refusing before the full parse what it cannot use: no header, more than
 * LIMITS.columns columns, more than LIMITS.rows rows. Cells lose our neutralising apostrophe.
 */
export function parseCsv(text: string): Sheet {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (!body.trim()) throw new TransferError('empty');
  const first = Papa.parse<string[]>(body, { preview: 1, skipEmptyLines: true });
  const header = first.data[0] ?? [];
  if (header.length > LIMITS.columns)
    throw new TransferError('too-many-columns', { count: header.length, limit: LIMITS.columns });
  if (!header.some((h) => h.trim())) throw new TransferError('no-header');
  const rows: string[][] = [];
  let tooMany = false;
  Papa.parse<string[]>(body, {
    // Blank lines are kept (and skipped by the mapping) so row numbers match what a spreadsheet shows.
    skipEmptyLines: false,
    step: (res, parser) => {
      if (rows.length > LIMITS.rows) {
        tooMany = true;
        parser.abort();
        return;
      }
      const row = res.data;
      if (row.length > LIMITS.columns)
        throw new TransferError('too-many-columns', { count: row.length, limit: LIMITS.columns });
      rows.push(row.map(unneutralise));
    },
  });
  if (tooMany) throw new TransferError('too-many-rows', { limit: LIMITS.rows });
  rows.shift();
  while (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  return { header: header.map((h) => unneutralise(h).trim()), rows };
}
