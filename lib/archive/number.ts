import type { ArchiveDb } from '../db';
import { counterScope, DEFAULT_NUMBER_PATTERN, formatNumber, isValidPattern } from '../card/number';

// The counter behind customer numbers lives in the meta table, one row per scope (C-2026-#), and is raised inside
// the caller's transaction, so two saves never get the same number; a number already used (say, by an imported
// card) is skipped.

export const PATTERN_KEY = 'numberPattern';

export async function numberPattern(db: ArchiveDb): Promise<string> {
  const row = await db.meta.get(PATTERN_KEY);
  return typeof row?.value === 'string' && isValidPattern(row.value) ? row.value : DEFAULT_NUMBER_PATTERN;
}

/** Must run inside a rw transaction over cards and meta. */
export async function nextNumber(db: ArchiveDb, date: Date): Promise<string> {
  const pattern = await numberPattern(db);
  const key = `counter:${counterScope(pattern, date)}`;
  const row = await db.meta.get(key);
  let n = typeof row?.value === 'number' ? row.value : 0;
  let number: string;
  do {
    n += 1;
    number = formatNumber(pattern, date, n);
  } while ((await db.cards.where('number').equals(number).count()) > 0);
  await db.meta.put({ key, value: n });
  return number;
}
