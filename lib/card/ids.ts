// Ids for cards, contacts, follow-ups and complaints, 20 lower-case base36 characters:
//   time     9  the creation time in ms (fixed width, so ids sort by time until the year 5188)
//   context  8  random (~41 bits from crypto.getRandomValues), drawn once per page or worker
//   sequence 3  counts ids made in the same millisecond by that page or worker
// Every IndexedDB index entry stores its record's primary key, so an id's length and randomness are much of the
// archive's size: in Chromium's LevelDB, 20,000 cards with ~52 index entries each took 5,846 bytes/card with
// crypto.randomUUID(), 4,776 with 13 fresh random digits per id, 4,163 with this format and 3,500 when the cards
// were also written in time order (as captures are). Randomness drawn once per context repeats on every id, and the
// store's compression takes it away; it still keeps ids from different devices apart, since two contexts would have
// to draw the same 41 bits and make an id in the same millisecond. Ids made earlier (UUIDs, ids from imported
// files) stay valid: nothing may assume an id's format, only that two different records never share one.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
export const ID_TIME_WIDTH = 9;
export const ID_CONTEXT_WIDTH = 8;
export const ID_SEQ_WIDTH = 3;
export const ID_LENGTH = ID_TIME_WIDTH + ID_CONTEXT_WIDTH + ID_SEQ_WIDTH;
const MAX_MS = 36 ** ID_TIME_WIDTH - 1;
const MAX_SEQ = 36 ** ID_SEQ_WIDTH - 1;
const CONTEXT = new RegExp(`^[0-9a-z]{${ID_CONTEXT_WIDTH}}$`);

/** The id made at `ms` by the context `context` (8 base36 digits) as its `seq`-th id of that millisecond. */
export function composeId(ms: number, context: string, seq: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_MS) throw new RangeError(`id time out of range: ${ms}`);
  if (!CONTEXT.test(context)) throw new RangeError('id context must be 8 lower-case base36 digits');
  if (!Number.isInteger(seq) || seq < 0 || seq > MAX_SEQ) throw new RangeError(`id sequence out of range: ${seq}`);
  return ms.toString(36).padStart(ID_TIME_WIDTH, '0') + context + seq.toString(36).padStart(ID_SEQ_WIDTH, '0');
}

/** Uniform base36 digits from crypto.getRandomValues (bytes ≥ 252 are drawn again, so none is more likely). */
export function randomContext(): string {
  let out = '';
  const bytes = new Uint8Array(ID_CONTEXT_WIDTH + 4);
  while (out.length < ID_CONTEXT_WIDTH) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) if (b < 252 && out.length < ID_CONTEXT_WIDTH) out += DIGITS[b % 36];
  }
  return out;
}

let context: string | null = null;
let lastMs = -1;
let seq = 0;

/** A new id, later than every id this page or worker made before (see the top of this file). */
export function newId(): string {
  context ??= randomContext();
  // The clock stepping back keeps the last millisecond; a full sequence moves on to the next one.
  let ms = Math.max(Date.now(), lastMs);
  if (ms === lastMs) {
    if (seq < MAX_SEQ) seq++;
    else {
      ms++;
      seq = 0;
    }
  } else seq = 0;
  lastMs = ms;
  return composeId(ms, context, seq);
}

/** Whether `id` is written as a UUID (8-4-4-4-12 hex digits), as ids made before the short format were. */
export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
