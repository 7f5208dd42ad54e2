// Customer numbers (客户编号) come from a pattern: YYYY, YY, MM and DD are the date; a run of N is the counter,
// zero-padded to its length (it grows past it rather than wrap). Default `C-YYYY-NNNN` → C-2026-0015.

export const DEFAULT_NUMBER_PATTERN = 'C-YYYY-NNNN';

function datePart(pattern: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return pattern
    .replace(/YYYY/g, String(date.getFullYear()))
    .replace(/YY/g, String(date.getFullYear()).slice(-2))
    .replace(/MM/g, pad(date.getMonth() + 1))
    .replace(/DD/g, pad(date.getDate()));
}

/** Checks that a pattern has exactly one counter (a run of N) and is of a sane length. */
export function isValidPattern(pattern: string): boolean {
  return pattern.length > 0 && pattern.length <= 40 && (pattern.match(/N+/g) ?? []).length === 1;
}

/**
 * The counter's scope: the pattern with the date filled in and the counter left as `#`. Counters are kept per
 * scope, so a yearly pattern starts again at 1 each year.
 */
export function counterScope(pattern: string, date: Date): string {
  return datePart(pattern, date).replace(/N+/, '#');
}

export function formatNumber(pattern: string, date: Date, counter: number): string {
  const filled = datePart(pattern, date);
  return filled.replace(/N+/, (run) => String(counter).padStart(run.length, '0'));
}
