import type { DraftAddress } from '../types';
import { STREET_WORD } from './address';

// Addresses abroad written one part per line, as international office lists print them: street lines, then a
// line with the postcode beside its city or country, then (often) the country alone. The country, on that line
// or the next, is the anchor: a bare "Tokyo 113-0021" is not enough.
//   Building B, 1289 Yi Shan Road / Shanghai 200233 / China
//   Rheingaustrasse 190-196 / D-65203 Wiesbaden, Germany
//   #823-14, Yeoksam-dong, Gangnam-gu, / Seoul, Korea 135-080

const COUNTRY =
  '(?:P\\.?\\s?R\\.?\\s?)?China|Japan|(?:South\\s)?Korea|Taiwan(?:,\\sR\\.O\\.C\\.)?|India|Singapore|Malaysia|Thailand|Vietnam|Indonesia|Philippines|Hong Kong|Australia|New Zealand|France|Germany|Deutschland|Österreich|Schweiz|Suisse|Svizzera|España|Italia|Nederland|België|Belgique|Polska|Luxembourg|Belgium|Netherlands|Italy|Spain|Portugal|Switzerland|Austria|Sweden|Denmark|Norway|Finland|Poland|Czech Republic|Ireland|Israel|Turkey|Mexico|Brazil|Argentina|Chile|South Africa';
const PC = '(?:[A-Z]{1,2}-)?\\d{3,6}(?:[- ]\\d{3,4})?';
/** "C.P." (código postal, Mexico/Spain), "CAP" (Italy), "Postal Code" before a postcode. */
const PC_WORD = '(?:(?:C\\.\\s?P\\.?|CP|CAP|Postal\\s+Code|Post\\s*code)\\s*[:.]?\\s*)?';
const PLACE = "[A-Z][\\p{L}.'’-]*(?:\\s[A-Z][\\p{L}.'’-]*){0,3}";
const COUNTRY_LINE = new RegExp(`^(${COUNTRY})\\.?$`, 'iu');
/** "…, Seoul, Korea 135-080", "India 400 705", "…, Singapore 609930": the country before the postcode. */
const COUNTRY_PC = new RegExp(`^(?:(.{0,80}?)[,\\s]\\s*)?(${COUNTRY}),?\\s+${PC_WORD}(${PC})$`, 'u');
/** A place named as a region: "Shizuoka-ken", "Gyeonggi-do", "Hsinchu County", "Guangdong Province". */
const REGION_WORD = /(?:-(?:ken|do|fu)|\s(?:Prefecture|Province|County|State|Region))$/i;
/** "Kakegawa-shi," or "New Mumbai, Mahahrashtra,": the place line above a postcode line. */
const PLACE_ABOVE = new RegExp(`^(${PLACE})(?:,\\s*(${PLACE}))?,?$`, 'u');
/** "Tokyo 113-0021", "Shizuoka-ken 437-1412": place then postcode (country on the next line). */
const PLACE_PC = new RegExp(`^(${PLACE}),?\\s+(${PC})$`, 'u');
/** "D-65203 Wiesbaden, Germany", "F-60350 Trosly-Breuil", "L-1160": postcode then place. */
const PC_PLACE = new RegExp(`^(${PC})(?:\\s+(${PLACE}))?(?:,\\s*(${COUNTRY}))?$`, 'u');
const ORG_LINE = /\b(ltd|limited|inc|gmbh|k\.?k|sas|s\.a|pte|llc|corp|co\.|branch|company|office)\b\.?/i;
const ZH = /\p{Script=Han}/u;

function streetAbove(lines: string[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const l = lines[k].replace(/[,\s]+$/, '').trim();
    if (!l || l.length > 100 || ZH.test(l) || (ORG_LINE.test(l) && !/\d/.test(l))) return undefined;
    if (/\d/.test(l) || STREET_WORD.test(l)) return l;
  }
  return undefined;
}

/** The address whose postcode line is lines[i], or null. */
export function intlAddress(lines: string[], i: number): DraftAddress | null {
  const line = lines[i].replace(/[,\s]+$/, '').trim();
  if (line.length > 120 || ZH.test(line) || !/\d{3}/.test(line)) return null;
  const next = (lines[i + 1] ?? '').trim();
  const nextCountry = COUNTRY_LINE.test(next) ? next.replace(/\.$/, '') : undefined;
  let a: DraftAddress | null = null;
  let placeBeside = false;
  let m = line.match(COUNTRY_PC);
  if (m) {
    const before = (m[1] ?? '').split(/\s*,\s*/).filter(Boolean);
    // "…, Seoul, Korea": the last part before the country is the city, what precedes it the street.
    const city =
      before.length && /^(?!The\s)[A-Z][\p{L} .'-]{1,30}$/u.test(before[before.length - 1]) ? before.pop() : undefined;
    a = { street: before.join(', ') || undefined, city, postcode: m[3], country: m[2] };
  } else if (nextCountry && (m = line.match(PLACE_PC))) {
    a = { city: m[1], postcode: m[2], country: nextCountry };
    placeBeside = true;
  } else if ((m = line.match(PC_PLACE)) && (m[3] || nextCountry)) {
    a = { city: m[2], postcode: m[1], country: m[3] ?? nextCountry };
  }
  if (!a) return null;
  placeAbove(a, (lines[i - 1] ?? '').trim(), placeBeside);
  const above = streetAbove(lines, i);
  if (above) a.street = a.street ? `${above}, ${a.street}` : above;
  return a.street ? a : null;
}

/**
 * The city (and region) on the line above the postcode line: "Kakegawa-shi," / "Shizuoka-ken 437-1412" (a region
 * beside the postcode; "Bunkyo-ku" / "Tokyo 113-0021" is a district above its city and changes nothing), "Anseong-Si, GyeongGi-Do" / "Korea 456-843". A line with digits, a
 * street word or a company suffix is the street's, not a place.
 */
function placeAbove(a: DraftAddress, above: string, regionBesidePostcode: boolean) {
  const m = PLACE_ABOVE.exec(above);
  if (!m || /\d/.test(above) || STREET_WORD.test(above) || ORG_LINE.test(above)) return;
  if (COUNTRY_LINE.test(m[1]) || (m[2] && COUNTRY_LINE.test(m[2]))) return;
  if (regionBesidePostcode && a.city && !m[2] && REGION_WORD.test(a.city)) {
    a.region = a.city;
    a.city = m[1];
  } else if (!a.city && m[2]) {
    a.city = m[1];
    a.region = m[2];
  } else if (!a.city && /,$/.test(above)) a.city = m[1];
}

// Hong Kong has no postcodes: an address ends with its district, its area and "Hong Kong", on the last line of a
// block ("Flat B, 12/F, Kwun Tong Industrial Centre" / "472-484 Kwun Tong Road" / "Kwun Tong, Kowloon, Hong Kong")
// or at the end of one line.
const HK_AREA = '(Kowloon|New Territories|N\\.T\\.|Hong Kong Island|HK Island|Lantau(?: Island)?)';
const HK_TAIL = new RegExp(
  `(?:^|,\\s*)(?:([A-Z][\\p{L} .'-]{1,30}),\\s*)?(?:${HK_AREA},?\\s*)?(Hong Kong(?:\\s+SAR)?|HKSAR|H\\.K\\.)\\.?$`,
  'iu',
);
const PREMISES_LINE =
  /\d|\/F\b|\b(?:flat|unit|room|floor|block|tower|building|bldg|centre|center|plaza|house|court)\b/i;

/** A Hong Kong address whose last part (district, area, "Hong Kong") is on lines[i], or null. */
export function hkAddress(lines: string[], i: number): DraftAddress | null {
  const line = lines[i].replace(/[,\s]+$/, '').trim();
  if (line.length > 200 || ZH.test(line) || !/hong kong|hksar|h\.k\./i.test(line)) return null;
  const m = line.match(HK_TAIL);
  if (!m || (!m[1] && !m[2] && m.index === 0)) return null;
  const before = line.slice(0, m.index).replace(/[,\s]+$/, '');
  const parts: string[] = before ? [before] : [];
  if (!before) {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const l = lines[k].replace(/[,\s]+$/, '').trim();
      if (!l || l.length > 100 || ZH.test(l) || !PREMISES_LINE.test(l) || (ORG_LINE.test(l) && !/\d/.test(l))) break;
      parts.unshift(l);
    }
  }
  const street = parts.join(', ');
  if (!street || !/\d/.test(street)) return null;
  const a: DraftAddress = { street, country: 'Hong Kong' };
  if (m[1]) a.city = m[1].trim();
  if (m[2]) a.region = m[2];
  return a;
}
