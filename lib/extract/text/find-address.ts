import type { CountryCode } from 'libphonenumber-js';
import type { Budget } from '../budget';
import type { LeadBuilder } from '../draft';
import { CITY_STATE_ZIP, looksLikeStreet, parseAddress, UK_POSTCODE } from './address';

// Unlabelled addresses: a "City, ST 12345" line with its street before it on the same line or on the line above,
// a UK postcode line on a UK page, or a Chinese line that names 省/市 and ends at a 号/楼/室.

const ZH_LINE =
  /^\p{Script=Han}{2,12}(?:省|市|自治区)[\p{Script=Han}\d\w（）()、,，\s-]{3,80}(?:号|楼|室|厂|园|座|层|村|院)/u;

export function findAddresses(lines: string[], region: CountryCode, budget: Budget, b: LeadBuilder) {
  for (let i = 0; i < lines.length; i++) {
    if ((i & 63) === 0 && !budget.ok()) return;
    const line = lines[i];
    if (line.length > 400) continue;
    const clean = line.replace(/^(?:address|addr|location|地址|mailing address)\s*[:：]?\s*/i, '');
    if (/\d{5}|[A-Z]\d[A-Z]\s?\d[A-Z]\d/.test(clean)) {
      const m = clean.match(CITY_STATE_ZIP);
      if (m) {
        const a = parseAddress(clean, region);
        if (a && !a.street) {
          // The street is on the line(s) above: "1723 North Halsted" / "Suite 200" / "Chicago, IL 60614".
          const prev = lines[i - 1] ?? '';
          const prev2 = lines[i - 2] ?? '';
          if (looksLikeStreet(prev)) a.street = prev.replace(/[,\s]+$/, '');
          else if (/^(suite|ste|floor|fl|unit|#|room|rm)\b/i.test(prev) && looksLikeStreet(prev2))
            a.street = `${prev2.replace(/[,\s]+$/, '')}, ${prev.replace(/[,\s]+$/, '')}`;
        }
        if (a && (a.street || a.postcode)) b.address(a, 'text');
        continue;
      }
    }
    if (region === 'GB' && UK_POSTCODE.test(clean) && clean.length < 150) {
      const a = parseAddress(clean, region);
      if (a) b.address(a, 'text');
      continue;
    }
    if (ZH_LINE.test(clean) && clean.length < 120) {
      const a = parseAddress(clean, region);
      if (a) b.address(a, 'text');
    }
  }
}
