import type { DraftAddress } from '../../types';

// Splitting an address as written into parts. Chinese addresses run province → city → district → street with an
// optional 6-digit postcode; western ones end "City, ST 12345" (US) or "12345 City" (Europe), then the country.

const CN_MUNICIPALITY = /^(北京|上海|天津|重庆)市?/;
const CN_REGION = /^(\S{2,8}?(?:省|自治区|特别行政区))/;
const CN_CITY = /^(\S{2,10}?(?:市|自治州|地区|盟))/;
const CN_DISTRICT = /^(\S{1,10}?(?:区|县|旗|市))(?![场道路街])/;

/** "浙江省 杭州市 西湖区 文三路 90号 310012" → parts, country CN, kind as given. */
export function splitChineseAddress(raw: string, kind: DraftAddress['kind'] = 'shipping'): DraftAddress {
  const written = raw.replace(/\s+/g, ' ').trim();
  let rest = written.replace(/^中国\s*/, '');
  const out: DraftAddress = { country: 'CN', kind, raw: written };
  const pc = /[\s,，]*(\d{6})\s*$/.exec(rest);
  if (pc) {
    out.postcode = pc[1];
    rest = rest.slice(0, pc.index);
  }
  const take = (re: RegExp): string | undefined => {
    const m = re.exec(rest.trimStart());
    if (!m) return undefined;
    rest = rest.trimStart().slice(m[0].length);
    return m[1].trim();
  };
  const muni = CN_MUNICIPALITY.exec(rest.trimStart());
  if (muni) {
    out.region = `${muni[1]}市`;
    out.city = `${muni[1]}市`;
    rest = rest.trimStart().slice(muni[0].length);
    // "北京 北京市 朝阳区": the back end repeats the municipality as the city.
    rest = rest.trimStart().replace(new RegExp(`^${muni[1]}市?`), '');
  } else {
    out.region = take(CN_REGION);
    out.city = take(CN_CITY);
  }
  out.district = take(CN_DISTRICT);
  const street = rest.replace(/^[\s,，]+|[\s,，]+$/g, '');
  if (street) out.street = street;
  return compact(out);
}

/** Drops parts that were not found, so a card never shows an empty "city". */
function compact(a: DraftAddress): DraftAddress {
  for (const k of Object.keys(a) as (keyof DraftAddress)[]) if (a[k] === undefined || a[k] === '') delete a[k];
  return a;
}

const US_STATE = /^(.*?),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/;
const EU_POST = /^(\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{2}-\d{3})\s+(.+)$/;
const COUNTRIES: Record<string, string> = {
  'united states': 'US',
  usa: 'US',
  us: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  germany: 'DE',
  deutschland: 'DE',
  france: 'FR',
  italy: 'IT',
  italia: 'IT',
  spain: 'ES',
  españa: 'ES',
  netherlands: 'NL',
  belgium: 'BE',
  poland: 'PL',
  austria: 'AT',
  switzerland: 'CH',
  sweden: 'SE',
  canada: 'CA',
  china: 'CN',
  'hong kong': 'HK',
  portugal: 'PT',
  denmark: 'DK',
  'czech republic': 'CZ',
  ireland: 'IE',
};

/** ISO country code for a country name, or the name itself when unknown. */
export function countryCode(name: string): string {
  const n = name.trim();
  return COUNTRIES[n.toLowerCase()] ?? n;
}

/**
 * Lines (or comma parts) of a western address → parts. The last part is the country when it names one; "City, ST
 * 12345" is read as a US line; "75001 Paris" as a European postcode line. Unknown shapes keep `raw` only.
 */
export function splitWesternAddress(
  linesOrRaw: string[] | string,
  kind: DraftAddress['kind'] = 'office',
  defaultCountry?: string,
): DraftAddress {
  const lines = (Array.isArray(linesOrRaw) ? linesOrRaw : linesOrRaw.split('\n')).filter((l) => l.trim());
  // One line with commas ("No. 88 Jinhai Road, Ningbo, Zhejiang, China") is split at the commas, except the one
  // inside "City, ST 12345".
  const parts = (lines.length === 1 ? lines[0].split(/,(?!\s*[A-Z]{2}\s+\d{5})/) : lines)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: DraftAddress = { kind, raw: parts.join(', ') };
  const last = parts[parts.length - 1];
  if (last && COUNTRIES[last.toLowerCase()]) {
    out.country = COUNTRIES[last.toLowerCase()];
    parts.pop();
  } else if (defaultCountry) out.country = defaultCountry;
  for (let i = parts.length - 1; i >= 0; i--) {
    const us = US_STATE.exec(parts[i]);
    const eu = !us && EU_POST.exec(parts[i]);
    if (us) {
      out.city = us[1].replace(/,$/, '').trim() || undefined;
      out.region = us[2];
      out.postcode = us[3];
      out.country ??= 'US';
    } else if (eu) {
      out.postcode = eu[1];
      out.city = eu[2];
    } else continue;
    if (!out.city && i > 0) out.city = parts[--i];
    const street = parts.slice(0, i).join(', ');
    if (street) out.street = street;
    return compact(out);
  }
  // No postcode line: "street…, city, region" (three parts or more), "street, city" or "city, region".
  if (parts.length >= 3) {
    out.region = parts[parts.length - 1];
    out.city = parts[parts.length - 2];
    out.street = parts.slice(0, -2).join(', ');
  } else if (parts.length === 2 && /\d/.test(parts[0])) {
    out.city = parts[1];
    out.street = parts[0];
  } else if (parts.length === 2) {
    // "Guangzhou, Guangdong": no house number, so a city and its region.
    out.city = parts[0];
    out.region = parts[1];
  }
  return compact(out);
}
