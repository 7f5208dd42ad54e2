import type { CountryCode } from 'libphonenumber-js';
import type { Budget } from '../budget';
import type { LeadBuilder } from '../draft';
import {
  CITY_STATE_ZIP,
  looksLikeStreet,
  parseAddress,
  POSTCODE_ONLY,
  STREET_CITY_STATE,
  STREET_WORD,
  UK_POSTCODE,
} from './address';
import type { DraftAddress } from '../types';
import { hkAddress, intlAddress } from './intl-address';
import { looksLikeName } from '../names';

// Unlabelled addresses: a "City, ST 12345" line with its street before it on the same line or on the line above,
// a UK postcode line on a UK page, or a Chinese line that names 省/市 and ends at a 号/楼/室.

const ADDRESSEE = /^(ship(ping)?|deliver(y)?|billing|mailing|send)\s*(address|to)\b|^(收货|收件|寄送)/i;
const COUNTRY_LINE = /^(United States(?: of America)?|USA|U\.S\.A\.|Canada|United Kingdom|UK|China|中国)$/i;
const ZH_LINE =
  /^\p{Script=Han}{2,12}(?:省|市|自治区)[\p{Script=Han}\d\w（）()、,，\s-]{3,80}(?:号|楼|室|厂|园|座|层|村|院)/u;

/**
 * `chrome`: line ranges of the site's own footer. An address there ranks below the main content's: once the page
 * has given an address, a footer address (a directory's or host's own) is left out. Returns the first address
 * outside the footer with a street (else the footer's first), and its line (the org layer looks above the street for
 * the block's name).
 */
export function findAddresses(
  lines: string[],
  region: CountryCode,
  budget: Budget,
  b: LeadBuilder,
  chrome: [number, number][] = [],
): { line: number; street: string } | undefined {
  let first: { line: number; street: string } | undefined;
  // A site whose only address is in its footer (a small firm's own site): that one is the block to name.
  let firstInChrome: { line: number; street: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    if ((i & 63) === 0 && !budget.ok()) return first ?? firstInChrome;
    const had = b.lead.addresses.length;
    const inChrome = chrome.length > 0 && chrome.some(([f, t]) => i >= f && i < t);
    readAddressLine(lines, i, region, b);
    // The footer may complete an address the page gave (its region, postcode) but not add one.
    if (inChrome && had > 0 && b.lead.addresses.length > had) b.lead.addresses.length = had;
    const street = b.lead.addresses.length > had ? b.lead.addresses[had].value.street : undefined;
    if (first === undefined && !inChrome && street) first = { line: i, street };
    if (firstInChrome === undefined && inChrome && street) firstInChrome = { line: i, street };
  }
  return first ?? firstInChrome;
}

function readAddressLine(lines: string[], i: number, region: CountryCode, b: LeadBuilder) {
  const line = lines[i];
  if (line.length > 400) return;
  const clean = line.replace(/^(?:address|addr|location|地址|mailing address)\s*[:：]?\s*/i, '');
  if (/\d{5}|[A-Z]\d[A-Z]\s?\d[A-Z]\d/.test(clean)) {
    const m = clean.match(CITY_STATE_ZIP);
    if (m) {
      const a = parseAddress(clean, region);
      if (a && !a.street) {
        // The street is on the line(s) above: "1723 North Halsted" / "Suite 200" / "Chicago, IL 60614".
        const prev = lines[i - 1] ?? '';
        const prev2 = lines[i - 2] ?? '';
        if (looksLikeStreet(prev)) {
          a.street = prev.replace(/[,\s]+$/, '');
          // A shipping/billing block: the addressee's name sits between its heading and the street.
          // The lead is then that person (a buyer), and the site's own name is not theirs.
          if (ADDRESSEE.test(lines[i - 3] ?? '') && looksLikeName(prev2)) {
            b.person({ name: prev2, phones: [], emails: [] }, 'text');
            b.lead.kind = 'person';
          }
        } else if (/^(suite|ste|floor|fl|unit|#|room|rm)\b/i.test(prev) && looksLikeStreet(prev2))
          a.street = `${prev2.replace(/[,\s]+$/, '')}, ${prev.replace(/[,\s]+$/, '')}`;
      }
      const after = (lines[i + 1] ?? '').trim();
      if (a && !a.country && COUNTRY_LINE.test(after)) a.country = after;
      if (a && (a.street || a.postcode)) b.address(a, 'text');
      return;
    }
  }
  // "59811 Wallowa Lake Hwy, Joseph, OR", also as one part of a footer line split by bars
  // ("1235 Washington Avenue - Miami Beach, FL | 305.695.8411 | info@…").
  for (const part of clean.includes('|') ? clean.split(/\s*\|\s*/).slice(0, 12) : [clean]) {
    const scs = part.match(STREET_CITY_STATE);
    if (scs && looksLikeStreet(scs[1])) {
      b.address({ street: scs[1], city: scs[2], region: scs[3] }, 'text');
      return;
    }
  }
  const pc = clean.match(POSTCODE_ONLY);
  if (pc) {
    const a = blockAbove(lines, i, pc[2], pc[1]);
    // "Corby / NN18 9ET / Northamptonshire": a county on the line after the postcode is the region.
    const after = (lines[i + 1] ?? '').trim();
    if (a && !a.region && COUNTY.test(after)) a.region = after;
    if (a) b.address(a, 'text');
    return;
  }
  if ((region === 'GB' || /,/.test(clean)) && UK_POSTCODE.test(clean) && clean.length < 150) {
    const a = parseAddress(clean, region);
    if (a) b.address(a, 'text');
    return;
  }
  const intl = /\d{3}/.test(clean) ? intlAddress(lines, i) : null;
  if (intl) {
    b.address(intl, 'text');
    return;
  }
  const hk = /hong kong|hksar|h\.k\./i.test(clean) ? hkAddress(lines, i) : null;
  if (hk) {
    b.address(hk, 'text');
    return;
  }
  if (ZH_LINE.test(clean) && clean.length < 120) {
    const a = parseAddress(clean, region);
    if (a) b.address(a, 'text');
  }
}

/** A unit, suite, floor or building with its number: the first line of a block address, above its street. */
const PREMISES =
  /^(?:unit|suite|ste|flat|floor|building|bldg|block|room|office|apartment|apt)\.?\s*\d+[A-Za-z]?\b(?![^,]*\d{5})/i;
const PLACE_LINE = /^[A-Z][\w .'-]{1,40}$/;
/** British counties (every "-shire" and the rest) and Canadian provinces: the region line of a block address. */
const COUNTY =
  /^(?:[A-Za-z]+shire|(?:East |West )?Sussex|Middlesex|Essex|Kent|Surrey|Devon|Dorset|Cornwall|Cumbria|Durham|Norfolk|Suffolk|Rutland|Northumberland|Merseyside|Greater London|Greater Manchester|Tyne and Wear|West Midlands|(?:North |South |West |East )Yorkshire|Isle of Wight|Co\.? [A-Z][a-z]+|County [A-Z][a-z]+|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland(?: and Labrador)?|Prince Edward Island)\.?$/i;
const BLOCK_COUNTRY = /,\s{0,2}(Canada|United Kingdom|UK|England|Scotland|Wales|Ireland)\.?$/i;

/** A block written one part per line, ending in a postcode line: street / [locality] / city[, region] / postcode. */
function blockAbove(lines: string[], i: number, postcode: string, beside?: string): DraftAddress | null {
  let before = beside;
  let street: string | undefined;
  let country: string | undefined;
  const places: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    let l = lines[k].replace(/,\s*$/, '').trim();
    // "Toronto, Ontario, Canada": the country closing the place line is the address's country.
    const tail = l.match(BLOCK_COUNTRY);
    if (tail && !country && tail.index! > 0) {
      country = tail[1];
      l = l.slice(0, tail.index).trim();
    }
    if (!l || l.length > 80) break;
    if (looksLikeStreet(l) || (STREET_WORD.test(l) && !/\d{5}/.test(l)) || /^(no\.?|unit|suite)\s*\d/i.test(l)) {
      street = l;
      // "Unit 4, Riverside Business Park" / "Mill Lane": the premises on the line above the street are part of it.
      const above = (lines[k - 1] ?? '').replace(/,\s*$/, '').trim();
      if (above !== l && above.length <= 80 && PREMISES.test(above)) street = `${above}, ${l}`;
      break;
    }
    if (!PLACE_LINE.test(l) && !/^[A-Z][\w .'-]{1,30},\s*[A-Z][\w .'-]{1,30}$/.test(l)) return null;
    places.unshift(l);
  }
  if (!street) return null;
  // "Petersfield / HAMPSHIRE / GU32 3QF": a county or province closing the place lines is the region, the
  // place above it the city; "Bedford Road, Petersfield, / HAMPSHIRE. GU32 3QF": the town closes the street line.
  if (places.length >= 2 && !before && COUNTY.test(places[places.length - 1])) before = places.pop();
  if (!places.length && before && street.includes(',')) {
    const parts = street.split(/\s*,\s*/);
    const town = parts[parts.length - 1];
    if (parts.length >= 2 && PLACE_LINE.test(town) && !STREET_WORD.test(town) && !/\d/.test(town)) {
      places.push(town);
      street = parts.slice(0, -1).join(', ');
    }
  }
  const last = places[places.length - 1] ?? '';
  const [city, region] = last.includes(',') ? last.split(/\s*,\s*/) : [last || undefined, before];
  const a: DraftAddress = { street, city: city || undefined, region: region || before || undefined, postcode };
  if (country) a.country = country;
  return a;
}
