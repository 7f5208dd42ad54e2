import { parsePhoneNumberFromString } from 'libphonenumber-js';

// Phones are stored in E.164 (+8657487654321) so they compare and dedupe; lists show them grouped the way people
// write them. Only for display: nothing stored or exported changes.

const memo = new Map<string, string>();
const MEMO_MAX = 5000;

/** A stored E.164 number as written internationally ("+86 574 8765 4321"); a masked or other value as stored. */
export function displayPhone(value: string): string {
  if (!/^\+\d{6,15}$/.test(value)) return value;
  let out = memo.get(value);
  if (out === undefined) {
    out = parsePhoneNumberFromString(value)?.formatInternational() ?? value;
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(value, out);
  }
  return out;
}
