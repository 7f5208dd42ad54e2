import { looksLikeName } from '../names';
import type { PageText } from '../walk';

// The organisation's name from what the page says about itself, most trustworthy first: a "Company:" label,
// og:site_name, a Chinese registered name (…有限公司), the copyright line, the logo's alt text, the title.

export interface OrgCandidate {
  value: string;
  conf: number;
}

const GENERIC =
  /^(home|contact|contact us|about|about us|welcome|index|untitled|main|page|homepage|首页|联系我们|联系方式|关于我们|网站首页)$/i;
// A registered Chinese name ends in a legal form; a bare 公司 is too often "our company" in a sentence.
const ZH_ORG =
  /[\p{Script=Han}（）()A-Za-z]{2,30}(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|工厂|厂|商行|经营部|研究院|研究所|事务所)/u;
const COPYRIGHT = /(?:©|\(c\)|copyright|版权所有)/i;
// The words around a copyright holder: the sign, the years, "by", "all rights reserved".
const COPY_NOISE = /^(?:\s|©|\(c\)|copyright|版权所有|[:：,.]|\d{4}(?:\s*[-–—~]\s*(?:\d{2,4}|present|now))?|by\b)+/i;
const ORG_SUFFIX = /\b(inc|llc|ltd|co|corp|corporation|company|limited|plc|llp|group|gmbh|associates|partners)\b\.?/i;

export function cleanOrg(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s|:：,–—-]+|[\s|:：,–—-]+$/g, '')
    .replace(/\s*,?\s*(?:all rights reserved|tous droits réservés|alle rechte vorbehalten).*$/i, '')
    .trim();
}

function titleParts(title: string): string[] {
  return title
    .split(/\s+[|–—:-]\s+|\s*[|｜_]\s*|\s+-\s*|\s*»\s*/)
    .map(cleanOrg)
    .filter((p) => p && !GENERIC.test(p) && !/^(contact|about|联系|关于)/i.test(p) && p.length <= 80);
}

/** Splits a title on its separators and drops the page-name parts ("Contact Us | Acme Inc." → "Acme Inc."). */
export function titleOrg(title: string): string | undefined {
  const parts = titleParts(title);
  if (!parts.length) return undefined;
  return parts.find((p) => ORG_SUFFIX.test(p) || ZH_ORG.test(p)) ?? parts[parts.length > 1 ? parts.length - 1 : 0];
}

const NOT_A_NAME =
  /\b(contact|about|location|hours|directions|map|office|headquarters|sales|support|department|get in touch|find us|reach us|say hello|hello|let['’]s talk|talk to us|drop us|write to us|speak to|enquiries|inquiries|review|menu|welcome|information|details|address|phone|telephone|fax|email|form|us|call|times|hours|open)\b|联系|关于|地址|电话/i;

const PAGE_KIND = /\s*[-–—|:]?\s*\b(?:reviews?|menu|profile|overview|details)\s*$/i;

/** The heading just above the contact block: on a directory entry it names the business. */
function headingBefore(page: PageText, line: number | undefined): string | undefined {
  if (line === undefined) return undefined;
  const h = page.headings.filter((x) => x.line <= line && x.line >= line - 12).pop();
  // "Maggiano's Little Italy Restaurant Review": a directory names the entry, then the page's kind.
  const t = h && cleanOrg(h.text.replace(PAGE_KIND, ''));
  if (!t || t.length < 2 || t.length > 80 || NOT_A_NAME.test(t)) return undefined;
  // A slogan over the block ("Free online quotation!", "Why choose us?"), not a name.
  if (/[!?！？]$/.test(t) && t.split(/\s+/).length >= 3) return undefined;
  // Not a person's name (two or three words: "Grant Village Dining Room" is a place), a number, or a sentence.
  const words = t.split(/\s+/).length;
  if (personLike(t, words) || /\d{3}/.test(t) || words > 6) return undefined;
  return t;
}

// A possessive ("Jim's Pizza", "Butcho's") or a trade word makes a short capitalised phrase a business, not a person.
const TRADE =
  /['’]s\b|\b(?:pizza|pizzeria|cocina|taqueria|cafe|café|bar|grill|bistro|kitchen|diner|bakery|deli|pub|inn|motel|shop|store|salon|spa|studio|gallery|garage|motors|dental|farm|sushi|bbq|barbecue|steakhouse|trattoria|brewery|winery|tavern|cantina)\b/i;
const personLike = (t: string, words: number) => words <= 3 && looksLikeName(t) && !TRADE.test(t);

const ADDRESS_PART = /\d|^(?:suite|ste|floor|unit|room|p\.?\s?o\.?\s+box)\b/i;
const STREET_END =
  /\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|parkway|pkwy|highway|hwy|plaza|square|circle|terrace|trail|pike|route)\.?$/i;

/**
 * The name an address block is written to, on the line just above its street (a directory entry's name in bold
 * type, a company's name over its address): short, no digits, no label, not a person's name, not a sentence.
 */
function nameAbove(lines: string[], address: { line: number; street: string } | undefined): string | undefined {
  if (!address) return undefined;
  const head = address.street.slice(0, 12);
  let k = address.line;
  while (k > 0 && address.line - k < 4 && !lines[k].startsWith(head)) k--;
  if (k < 1 || !lines[k].startsWith(head)) return undefined;
  const whole = cleanOrg(lines[k - 1]);
  // "PBS International Freight Ltd, PBS House": the registered name, then the building.
  const lead = whole.split(/\s*,\s*/)[0];
  const t = lead !== whole && ORG_SUFFIX.test(lead) ? lead : whole;
  if (t.length < 2 || t.length > 60 || ADDRESS_PART.test(t) || STREET_END.test(t) || NOT_A_NAME.test(t))
    return undefined;
  if (/[:：?!]|\p{Script=Han}/u.test(t) || GENERIC.test(t) || /^(?:our|other|more|view|see|all)\b/i.test(t))
    return undefined;
  const words = t.split(/\s+/).length;
  if (words > 6 || personLike(t, words)) return undefined;
  return t;
}

/**
 * A registered name written before the street on the address's own line ("PBS International Freight Ltd, PBS House
 * Charlwood Road…", "Pompeii's Plumbing & Heating Inc. 33751 Lear Industrial Parkway"): only with a legal form, so a
 * building or a district before the street is not taken for the business.
 */
function nameBeside(lines: string[], address: { line: number; street: string } | undefined): string | undefined {
  if (!address) return undefined;
  const head = address.street.slice(0, 12);
  for (let k = address.line; k >= 0 && address.line - k < 4; k--) {
    const at = lines[k].indexOf(head);
    if (at <= 0) continue;
    const t = cleanOrg(lines[k].slice(0, at).split(/\s*[,|•·]\s*/)[0]);
    if (t.length < 4 || t.length > 80 || !ORG_SUFFIX.test(t) || /\d|[:：]/.test(t)) return undefined;
    return t;
  }
  return undefined;
}

/**
 * `contactLine`: where the contact block starts; `labelledContact`: whether a label said so ("Phone: …") or only
 * an unlabelled number did, which makes the heading above it a weaker witness than the logo.
 */
export function orgCandidates(
  page: PageText,
  labelled: OrgCandidate[],
  contactLine?: number,
  labelledContact = true,
  address?: { line: number; street: string },
): OrgCandidate[] {
  const out: OrgCandidate[] = [...labelled];
  const heading = headingBefore(page, contactLine);
  if (heading) out.push({ value: heading, conf: labelledContact ? 0.68 : 0.62 });
  // The name an address is written to: with a legal form it is the registered business at that address and
  // outranks the heading and the copyright line; without one it is a weaker witness than the logo, used only when
  // no heading names the block.
  const above = nameAbove(page.lines, address);
  const registered = above && ORG_SUFFIX.test(above);
  if (above && (registered || !heading)) out.push({ value: above, conf: registered ? 0.72 : 0.61 });
  const beside = above ? undefined : nameBeside(page.lines, address);
  if (beside) out.push({ value: beside, conf: 0.72 });
  const site = page.meta.get('og:site_name') || page.meta.get('application-name');
  if (site && !GENERIC.test(site)) out.push({ value: cleanOrg(site), conf: 0.8 });
  const han = page.lines.slice(0, 3000);
  for (const line of han) {
    if (line.length > 200) continue;
    const m = line.match(ZH_ORG);
    if (m) {
      out.push({ value: m[0].replace(/^(?:版权所有|公司名称|单位名称|名称|Copyright)[:：]?/, ''), conf: 0.75 });
      break;
    }
  }
  const holder = copyrightHolder(page);
  if (holder) out.push({ value: holder.value, conf: 0.7 });
  for (const alt of page.logoAlts) {
    const v = cleanOrg(alt.replace(/\blogo\b/gi, ''));
    // A person's name on a picture near the logo is a slide or a portrait, not the organisation.
    if (v.length >= 2 && !GENERIC.test(v) && !personLike(v, v.split(/\s+/).length)) {
      out.push({ value: v, conf: 0.65 });
      break;
    }
  }
  const t = titleOrg(page.title);
  if (t) out.push({ value: t, conf: 0.6 });
  const subject = namedSubject(page);
  if (subject) out.push({ value: subject, conf: 0.78 });
  return withLegalForms(out.filter((c) => c.value.length >= 2 && c.value.length <= 100));
}

const LEGAL_ABBR = /\b(?:inc|ltd|co|corp|llc|plc|pty|bhd)$/i;

// A legal form closing a name: what a listed business's heading ends with ("… Co., Ltd.", "… GmbH", "…有限公司").
const LEGAL_END =
  /\b(?:inc|llc|ltd|co|corp|corporation|limited|plc|llp|gmbh|ag|pty|bhd|s\.?a|s\.?r\.?l|s\.?a\.?s|b\.?v|oy|ab|k\.?k)\.?$/i;

/**
 * The legal names the page's first headings outside its footer give ("Qingdao Haida Rubber Products Co., Ltd."): on
 * a directory entry or a marketplace profile, the business the page lists.
 */
export function legalNameHeadings(page: PageText): string[] {
  const inChrome = (i: number) => page.chrome.some(([f, t]) => i >= f && i < t);
  return page.headings
    .filter((h) => !inChrome(h.line))
    .slice(0, 4)
    .map((h) => cleanOrg(h.text))
    .filter(
      (t) =>
        t.length >= 4 &&
        t.length <= 100 &&
        t.split(' ').length <= 12 &&
        (LEGAL_END.test(t) || new RegExp(`^${ZH_ORG.source}$`, 'u').test(t)),
    );
}

/**
 * The holder named in the page's last copyright line ("© 2024 Acme Inc. All rights reserved." → "Acme Inc."), and
 * whether that line is in the site's footer.
 */
export function copyrightHolder(page: PageText): { value: string; inChrome: boolean } | undefined {
  for (let i = page.lines.length - 1; i >= 0 && i > page.lines.length - 400; i--) {
    const line = page.lines[i];
    if (line.length > 300) continue;
    const m = COPYRIGHT.exec(line);
    if (!m) continue;
    const after = line.slice(m.index).replace(COPY_NOISE, '');
    const raw = after.split(
      /\s*(?:\||all rights|tous droits|alle rechte|todos los derechos|版权所有|\.\s|。|powered by|\bdesigned by|\b(?:web\s*)?site\s+by\b|\bweb\s*design(?:ed)?\s+by\b|技术支持|网站建设|网站制作|\bcopyright\b|©|\s[·•]\s|,?\s+\S+\s+is\s+a\s)/i,
    )[0];
    let v = cleanOrg(raw);
    // "Marlow & Reed Architects Ltd. Company No. 08765432. © 2024": the sign closes the line, the holder opens it.
    if (!v && m.index > 0) {
      const first = cleanOrg(line.slice(0, m.index).split(/\.\s|\s[|·•]\s/)[0]);
      if (ORG_SUFFIX.test(first) && first.length <= 80) v = first;
    }
    // "Northgate Hydraulics Inc. All rights reserved.": the period after a legal form's abbreviation is the name's
    // own when only the rights notice, a separator or the end of the line follows.
    const rest = after.slice(raw.length);
    if (
      LEGAL_ABBR.test(v) &&
      /^\.(?:\s*$|\s+(?:all rights|tous droits|alle rechte|todos los derechos)|\s*[|·•])/i.test(rest)
    )
      v += '.';
    if (v.length < 2 || /^(all|the|this|site|website|\d+)$/i.test(v)) return undefined;
    const inChrome = page.chrome.some(([f, t]) => i >= f && i < t);
    return { value: v.match(ZH_ORG)?.[0] ?? v, inChrome };
  }
  return undefined;
}

/**
 * A supplier profile's or directory entry's subject: one of the page's first headings is a name with a legal form
 * ("Qingdao Haida Rubber Products Co., Ltd.", "…有限公司") and the title names it too. It outranks the copyright
 * line, which on such pages is the platform's.
 */
function namedSubject(page: PageText): string | undefined {
  const title = page.title.toLowerCase();
  for (const h of page.headings.slice(0, 3)) {
    const t = cleanOrg(h.text);
    if (t.length < 4 || t.length > 100 || !title.includes(t.toLowerCase())) continue;
    if (ORG_SUFFIX.test(t) || new RegExp(`^${ZH_ORG.source}$`, 'u').test(t)) return t;
  }
  return undefined;
}

const LEGAL_TAIL =
  /^[\s,]*(?:inc|llc|ltd|co|corp|corporation|company|limited|plc|llp|gmbh|ag|s\.?a|co\.?,?\s*ltd)\.?$/i;

/**
 * "Harrow & Finch Packaging" (og:site_name) and "Harrow & Finch Packaging Ltd" (logo, copyright): the same name,
 * one with its legal form. Whichever witness wins, the name is written in full.
 */
function withLegalForms(cands: OrgCandidate[]): OrgCandidate[] {
  const byConf = [...cands].sort((a, b) => b.conf - a.conf);
  return cands.map((c) => {
    const v = c.value.toLowerCase();
    const fuller = byConf.find((d) => {
      const w = d.value.toLowerCase();
      return w.length > v.length && w.startsWith(v) && LEGAL_TAIL.test(w.slice(v.length));
    });
    return fuller ? { ...c, value: fuller.value } : c;
  });
}
