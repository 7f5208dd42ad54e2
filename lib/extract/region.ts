import type { CountryCode } from 'libphonenumber-js';

// The page's country, used as libphonenumber's default region: from <html lang>, the host's TLD, then the text.

const TLD: Record<string, CountryCode> = {
  cn: 'CN',
  uk: 'GB',
  ca: 'CA',
  us: 'US',
  hk: 'HK',
  tw: 'TW',
  au: 'AU',
  de: 'DE',
  fr: 'FR',
  in: 'IN',
  jp: 'JP',
  sg: 'SG',
  nz: 'NZ',
  ie: 'IE',
};
const LANG: Record<string, CountryCode> = {
  'zh-cn': 'CN',
  'zh-hans': 'CN',
  zh: 'CN',
  'zh-hk': 'HK',
  'zh-tw': 'TW',
  'en-gb': 'GB',
  'en-uk': 'GB',
  'en-ca': 'CA',
  'fr-ca': 'CA',
  'en-au': 'AU',
  'en-us': 'US',
  'en-in': 'IN',
  ja: 'JP',
  de: 'DE',
  fr: 'FR',
};

export function pageRegion(url: string, lang: string, sample: string): CountryCode {
  const l = lang.toLowerCase();
  if (LANG[l]) return LANG[l];
  try {
    const host = new URL(url).hostname;
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (TLD[tld]) return TLD[tld];
  } catch {
    /* not a URL: keep looking */
  }
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  // Chinese text. (A "+86" or a UK postcode alone says little: English pages list offices abroad.)
  if (han > 20) return 'CN';
  const l2 = l.slice(0, 2);
  if (LANG[l2]) return LANG[l2];
  return 'US';
}
