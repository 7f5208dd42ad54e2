import type { CountryCode } from 'libphonenumber-js';

// Country names on a line: international contact pages list offices and hotlines per country ("Australia:",
// "1800-409-623 (Republic of Ireland)"), each number written in that country's national form. Those countries are
// tried, after the page's own region, for numbers the page's region cannot read.

const NAMES: [RegExp, CountryCode][] = [
  [/\baustralia\b/i, 'AU'],
  [/\bnew zealand\b/i, 'NZ'],
  [/\b(?:republic of )?ireland\b/i, 'IE'],
  [/\b(?:united kingdom|great britain|england|scotland|wales|northern ireland)\b|\(GB\)|\bUK\b/i, 'GB'],
  [/\bcanada\b/i, 'CA'],
  [/\bmexico\b/i, 'MX'],
  [/\bindia\b/i, 'IN'],
  [/\bsingapore\b/i, 'SG'],
  [/\bhong kong\b/i, 'HK'],
  [/\bsouth africa\b/i, 'ZA'],
  [/\bgermany\b|\bdeutschland\b/i, 'DE'],
  [/\bfrance\b/i, 'FR'],
  [/\bjapan\b/i, 'JP'],
  [/\bbrazil\b|\bbrasil\b/i, 'BR'],
  [/\bargentina\b/i, 'AR'],
  [/\bspain\b|\bespaña\b/i, 'ES'],
  [/\bitaly\b/i, 'IT'],
  [/\bnetherlands\b/i, 'NL'],
  [/\bphilippines\b/i, 'PH'],
  [/\bmalaysia\b/i, 'MY'],
];

/** Countries named in a piece of text, in list order (at most a few: a long country menu says nothing). */
export function countriesIn(text: string): CountryCode[] {
  if (text.length > 300) return [];
  const out: CountryCode[] = [];
  for (const [re, code] of NAMES) if (re.test(text)) out.push(code);
  return out.length <= 3 ? out : [];
}

/** A line that only names a country ("Australia:", "United Kingdom"): it heads that country's section. */
export function sectionCountry(line: string): CountryCode | undefined {
  if (line.length > 40) return undefined;
  const t = line.replace(/[:：\s]+$/, '');
  const c = countriesIn(t);
  return c.length === 1 && t.split(/\s+/).length <= 4 ? c[0] : undefined;
}
