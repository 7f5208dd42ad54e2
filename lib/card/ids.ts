// Ids for cards, contacts, follow-ups and complaints: the creation time in milliseconds as 9 base36 digits
// (fixed width, so ids sort by time until the year 5188), then 13 random base36 digits (~67 bits from
// crypto.getRandomValues), 22 characters in all. Every IndexedDB index entry stores its record's primary key, and
// in Chromium's LevelDB a short, time-ordered key compresses well: 20,000 cards took 3,154 bytes/card with short
// sequential ids against 5,846 with crypto.randomUUID(). Ids made earlier (UUIDs, ids from imported files) stay
// valid: nothing may assume an id's format, only that two different records never share one.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
export const ID_TIME_WIDTH = 9;
export const ID_RANDOM_WIDTH = 13;
export const ID_LENGTH = ID_TIME_WIDTH + ID_RANDOM_WIDTH;
const MAX_MS = 36 ** ID_TIME_WIDTH - 1;

/** The id of a record made at `ms` whose random part is `digits` (ID_RANDOM_WIDTH numbers, each 0–35). */
export function composeId(ms: number, digits: readonly number[]): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_MS) throw new RangeError(`id time out of range: ${ms}`);
  if (digits.length !== ID_RANDOM_WIDTH || digits.some((d) => !Number.isInteger(d) || d < 0 || d > 35))
    throw new RangeError('id random part must be 13 base36 digits');
  let out = ms.toString(36).padStart(ID_TIME_WIDTH, '0');
  for (const d of digits) out += DIGITS[d];
  return out;
}

/** Uniform base36 digits from crypto.getRandomValues (bytes ≥ 252 are drawn again, so none is more likely). */
function randomDigits(): number[] {
  const out: number[] = [];
  const bytes = new Uint8Array(ID_RANDOM_WIDTH + 4);
  while (out.length < ID_RANDOM_WIDTH) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) if (b < 252 && out.length < ID_RANDOM_WIDTH) out.push(b % 36);
  }
  return out;
}

/** Adds one to a base36 number held as digits; false when it wraps around (all 'z'). */
function increment(digits: number[]): boolean {
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] < 35) {
      digits[i]++;
      return true;
    }
    digits[i] = 0;
  }
  return false;
}

// Within one millisecond (or when the clock steps back) the next id is the last one plus one, so ids from one
// page or worker keep the order they were made in; across devices the random part keeps them apart.
let lastMs = -1;
let lastDigits: number[] = [];

/** A new id, later than every id this page or worker made before (see the top of this file). */
export function newId(): string {
  let ms = Math.max(Date.now(), lastMs);
  if (ms === lastMs) {
    if (!increment(lastDigits)) {
      ms++;
      lastDigits = randomDigits();
    }
  } else lastDigits = randomDigits();
  lastMs = ms;
  return composeId(ms, lastDigits);
}

/** Whether `id` is written as a UUID (8-4-4-4-12 hex digits), as ids made before the short format were. */
export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
