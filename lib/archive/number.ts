import { getDb, type ArchiveDb } from '../db';
import { MessageError } from '../messages';
import { counterScope, DEFAULT_NUMBER_PATTERN, formatNumber, isValidPattern } from '../card/number';

// The counter behind customer numbers lives in the meta table, one row per scope (C-2026-#), and is raised inside
// the caller's transaction, so two saves never get the same number; a number already used (say, by an imported
// card) is skipped.

export const PATTERN_KEY = 'numberPattern';

export async function numberPattern(db: ArchiveDb): Promise<string> {
  const row = await db.meta.get(PATTERN_KEY);
  return typeof row?.value === 'string' && isValidPattern(row.value) ? row.value : DEFAULT_NUMBER_PATTERN;
}

/**
 * Must run inside a rw transaction over cards and meta. `reserved` holds numbers promised to cards not yet written
 * (an import writes its new cards in bulk at the end); the number given is added to it.
 */
export async function nextNumber(db: ArchiveDb, date: Date, reserved?: Set<string>): Promise<string> {
  const pattern = await numberPattern(db);
  const key = `counter:${counterScope(pattern, date)}`;
  const row = await db.meta.get(key);
  let n = typeof row?.value === 'number' ? row.value : 0;
  let number: string;
  do {
    n += 1;
    number = formatNumber(pattern, date, n);
  } while (reserved?.has(number) || (await db.cards.where('number').equals(number).count()) > 0);
  await db.meta.put({ key, value: n });
  reserved?.add(number);
  return number;
}

/** Sets the pattern for numbers given from now on (existing numbers stay); returns it with the next number it gives. */
export async function setNumberPattern(
  pattern: string,
  db: ArchiveDb = getDb(),
  now = new Date(),
): Promise<{ pattern: string; example: string }> {
  const p = pattern.trim();
  if (!isValidPattern(p)) {
    throw new MessageError(
      'invalid-request',
      'A number pattern needs exactly one run of N (the counter), e.g. C-YYYY-NNNN.',
    );
  }
  return db.transaction('rw', db.cards, db.meta, async () => {
    await db.meta.put({ key: PATTERN_KEY, value: p });
    const row = await db.meta.get(`counter:${counterScope(p, now)}`);
    const next = (typeof row?.value === 'number' ? row.value : 0) + 1;
    return { pattern: p, example: formatNumber(p, now, next) };
  });
}
