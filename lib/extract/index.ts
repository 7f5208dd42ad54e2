import { adapters } from './adapters/registry';
import { Budget, guarded } from './budget';
import { isEmptyLead, LeadBuilder } from './draft';
import { readLinks } from './links';
import { readJsonLd } from './structured/jsonld';
import { readMicrodata } from './structured/microdata';
import { readMicroformats } from './structured/microformats';
import { readRdfa } from './structured/rdfa';
import { thingsToLeads } from './structured/schema-map';
import { findAddresses } from './text/find-address';
import { readLines } from './text/lines';
import { copyrightHolder, legalNameHeadings, orgCandidates, type OrgCandidate } from './text/org';
import { readPeople } from './text/people';
import { readStaffTables } from './text/staff-table';
import { findListItems, readListItems } from './text/list';
import { pageRegion } from './region';
import { readOrderPage } from './order-page';
import { runAdapters } from './run-adapters';
import type { ContractLead, DraftLead, ExtractResult } from './types';
import { walkPage, type PageText } from './walk';

export { toContractLead } from './contract';

/**
 * Everything a person can read on the page about who to contact, as draft leads with provenance. Pure over the
 * Document (no extension globals); never throws; stops at the time budget and says so (partial: true).
 */
export function extractPage(doc: Document, url: string, opts: { budgetMs?: number } = {}): ExtractResult {
  const budget = new Budget(opts.budgetMs ?? 600);
  const result: ExtractResult = { url, title: '', leads: [], ms: 0 };
  try {
    const page = walkPage(doc, budget);
    result.title = page.title;
    const region = pageRegion(url, page.lang, page.lines.slice(0, 200).join('\n').slice(0, 20000));

    // No site adapter for this URL: an order page is still recognised by its labels (any shop's back end).
    const adapted = guarded(() => runAdapters(adapters, doc, url) ?? readOrderPage(doc, url, page.lines, region), null);
    if (adapted) result.adapter = adapted.info;
    // Standalone page types (a seller's order page, a list): the adapter's leads are the whole answer; the generic
    // layers' page-wide finds (the seller's own phone and return address, another item's phone) must not join them.
    if (adapted?.standalone) return standaloneResult(result, adapted.leads, budget, page.truncated);

    const structured: DraftLead[] = [
      ...guarded(() => thingsToLeads(readJsonLd(page.jsonld), 'jsonld', region), []),
      ...guarded(() => thingsToLeads(readMicrodata(doc, budget), 'microdata', region), []),
      ...guarded(() => thingsToLeads(readRdfa(doc, budget), 'rdfa', region), []),
      ...guarded(() => thingsToLeads(readMicroformats(doc, budget), 'microformat', region), []),
    ];

    const text = new LeadBuilder();
    // The site's footer is read apart: on a directory entry or a marketplace profile its phone and e-mail are the
    // site's own, not the subject's (see footerValues).
    const footer = new LeadBuilder();
    const labelledOrgs: OrgCandidate[] = [];
    const lineCtx = { region, budget, orgCandidates: labelledOrgs } as Parameters<typeof readLines>[1];
    const footerCtx = { region, budget, orgCandidates: labelledOrgs } as Parameters<typeof readLines>[1];
    const inChrome = chromeTest(page.chrome);
    if (page.chrome.length) {
      guarded(
        () =>
          readLines(
            page.lines.map((l, i) => (inChrome(i) ? '' : l)),
            lineCtx,
            text,
          ),
        undefined,
      );
      guarded(
        () =>
          readLines(
            page.lines.map((l, i) => (inChrome(i) ? l : '')),
            footerCtx,
            footer,
          ),
        undefined,
      );
      lineCtx.firstContactLine ??= footerCtx.firstContactLine;
      lineCtx.firstFindLine ??= footerCtx.firstFindLine;
    } else guarded(() => readLines(page.lines, lineCtx, text), undefined);
    guarded(
      () =>
        readLinks(
          page.links.filter((l) => !l.chrome),
          region,
          text,
        ),
      undefined,
    );
    guarded(
      () =>
        readLinks(
          page.links.filter((l) => l.chrome),
          region,
          footer,
        ),
      undefined,
    );
    const firstAddress = guarded(() => findAddresses(page.lines, region, budget, text, page.chrome), undefined);
    guarded(() => readPeople(page.lines, budget, text), undefined);
    guarded(() => readStaffTables(page.lines, budget, text), undefined);

    // A clear list page gives one lead per item instead of one for the whole page.
    const items =
      text.lead.phones.length + footer.lead.phones.length >= 3 ? guarded(() => findListItems(doc, budget), null) : null;
    const listed = items ? guarded(() => readListItems(doc, items, region, budget), []) : [];
    const leads = isClearList(listed)
      ? [...(adapted?.leads ?? []), ...structured, ...listed]
      : mergeLeads(adapted?.leads ?? [], structured, text.lead);
    const primary = leads[0];
    // A bare host name ("bookstore.example.org") is a name of last resort, even from structured data.
    const hostOnly = primary?.organization && HOST_NAME.test(primary.organization.value);
    if (primary && (!primary.organization || hostOnly) && primary.kind === 'company') {
      const best = guarded(
        () =>
          orgCandidates(
            page,
            labelledOrgs,
            lineCtx.firstContactLine ?? lineCtx.firstFindLine,
            lineCtx.firstContactLine !== undefined,
            firstAddress,
          ),
        [],
      )
        .filter((c) => !hostOnly || (c.conf >= 0.7 && !HOST_NAME.test(c.value)))
        .sort((a, b) => b.conf - a.conf)[0];
      if (best)
        primary.organization = { value: best.value, src: best.conf >= 0.85 ? 'label' : 'meta', conf: best.conf };
    }
    if (primary && !isClearList(listed))
      LeadBuilder.wrap(primary).absorb(footerValues(footer.lead, text.lead, primary, page, url));
    for (const l of leads) dropLabelGlued(l);
    result.leads = leads.filter((l) => !isEmptyLead(l));
    result.partial = budget.exceeded || page.truncated || undefined;
  } catch {
    result.partial = true;
  }
  if (!result.partial) delete result.partial;
  result.ms = Math.round(budget.elapsed() * 1000) / 1000;
  return result;
}

const HOST_NAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,24}$/i;

/** A label the page wrote flush against its value ("<span>Email</span><span>vivian@…</span>" reads "Emailvivian@…"). */
const GLUED_LABEL = /^(?:e-?mail|mail|email address|e-mail address|邮箱|电子邮件|电子邮箱|电邮)$/i;

/**
 * Drops an address that is another one of the lead's with its label glued on the front: the clean one was found too
 * (its mailto: link, its labelled field). A real address that merely starts with "mail" is kept, as nothing else
 * on the page is its tail.
 */
function dropLabelGlued(lead: DraftLead): void {
  const values = lead.emails.map((e) => e.value.toLowerCase());
  lead.emails = lead.emails.filter((e) => {
    const v = e.value.toLowerCase();
    return !values.some((f) => f !== v && v.endsWith(f) && GLUED_LABEL.test(v.slice(0, v.length - f.length)));
  });
}

/**
 * Items are separate leads only when each names a different business; blocks without names, or with repeated
 * names (one company's branches, a staff list), stay one card with several contacts and addresses.
 */
function isClearList(items: DraftLead[]): boolean {
  if (items.length < 3) return false;
  const names = items.map((l) => l.organization?.value.toLowerCase());
  return names.every(Boolean) && new Set(names).size === names.length;
}

function chromeTest(chrome: [number, number][]) {
  return (i: number) => chrome.some(([f, t]) => i >= f && i < t);
}

const orgWords = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .flatMap((w) => (/\p{Script=Han}/u.test(w) ? [...w] : [w]))
      .filter((w) => w && !LEGAL_WORD.test(w)),
  );
const LEGAL_WORD = /^(?:inc|llc|ltd|co|corp|corporation|company|limited|plc|llp|gmbh|the|and|of|有|限|公|司)$/;

/** Do two organisation names name the same body (one's words all in the other's, or most words shared)? */
function sameOrg(a: string, b: string): boolean {
  // "HomeSeekers.com" and "Home Seekers": the same letters once spaces and a host's ending are gone.
  const compact = (s: string) =>
    s
      .toLowerCase()
      .replace(/\.[a-z]{2,6}$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const ca = compact(a);
  const cb = compact(b);
  if (ca.length >= 3 && cb.length >= 3 && (ca.includes(cb) || cb.includes(ca))) return true;
  const A = orgWords(a);
  const B = orgWords(b);
  if (!A.size || !B.size) return false;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return shared === Math.min(A.size, B.size) || shared / (A.size + B.size - shared) >= 0.5;
}

// Words that do not tell one business from another: legal forms, "group", trade words.
const COMMON_WORD =
  /^(?:inc|llc|ltd|co|corp|corporation|company|limited|plc|llp|gmbh|ag|sa|pty|bhd|the|and|of|group|holdings?|international|intl|global|services?|solutions?|industries|industrial|trading|technology|technologies|products|systems|enterprises?|www|com|net|org)$/;
// The same in Chinese names: legal forms (longest first) and trade words. They are taken off the name before it is
// read as two-character words, so no pair straddles the brand and its legal form (技有 of 科技有限公司).
const HAN_LEGAL_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限合伙',
  '有限公司',
  '株式会社',
  '分公司',
  '总公司',
  '公司',
  '集团',
  '商行',
  '工厂',
  '厂',
];
const HAN_TRADE_WORDS = [
  '有限',
  '股份',
  '责任',
  '集团',
  '电子',
  '科技',
  '实业',
  '贸易',
  '国际',
  '技术',
  '工业',
  '机械',
  '制品',
  '发展',
  '网络',
  '信息',
  '中国',
  '控股',
  '企业',
  '工厂',
];
const COMMON_HAN = new RegExp(`^(?:${HAN_TRADE_WORDS.join('|')})$`);
const HAN_TRADE_WORD = new RegExp(HAN_TRADE_WORDS.join('|'), 'g');

/**
 * A Chinese name's distinctive part: the place prefix ("深圳市"), then legal forms and trade words at either end
 * ("有限公司", "科技", "中国") taken off; trade words left inside the name split it.
 */
function hanBrandParts(w: string): string[] {
  let han = w.replace(/^[\p{Script=Han}]{2,3}?[省市区县](?=[\p{Script=Han}]{2})/u, '');
  for (let changed = true; changed && han;) {
    changed = false;
    for (const suffix of [...HAN_LEGAL_SUFFIXES, ...HAN_TRADE_WORDS])
      if (han.endsWith(suffix)) {
        han = han.slice(0, -suffix.length);
        changed = true;
        break;
      }
    for (const prefix of HAN_TRADE_WORDS)
      if (han.startsWith(prefix)) {
        han = han.slice(prefix.length);
        changed = true;
        break;
      }
  }
  return han.split(HAN_TRADE_WORD).filter(Boolean);
}

/**
 * The words that tell a business apart: Latin words of three letters or more without legal forms and trade words;
 * in Chinese, the two-character runs of the name without its place prefix, legal form and trade words (a name whose
 * brand is one character is that character).
 */
function distinctiveWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    if (/\p{Script=Han}/u.test(w)) {
      const parts = hanBrandParts(w);
      if (parts.length === 1 && parts[0].length === 1) out.add(parts[0]);
      for (const han of parts)
        for (let i = 0; i + 1 < han.length; i++) {
          const bi = han.slice(i, i + 2);
          if (!COMMON_HAN.test(bi)) out.add(bi);
        }
    } else if (w.length >= 3 && !COMMON_WORD.test(w)) out.add(w);
  }
  return out;
}

const scripts = (s: string) =>
  new Set(
    ['Han', 'Latin', 'Cyrillic', 'Arabic', 'Hangul', 'Hiragana', 'Katakana'].filter((sc) =>
      new RegExp(`\\p{Script=${sc}}`, 'u').test(s),
    ),
  );

/**
 * The footer's copyright holder is the site's operator and not the lead's company: the two names can be compared
 * (a script in common: a Chinese holder on an English page of a Chinese company is the company's own name), share no
 * distinctive word ("Brightline Group plc" owns "Brightline Lighting Ltd"), and the holder is the site's (a host
 * name, or the page's host) or the page lists another business by its legal name (a directory entry).
 */
function footerIsOperators(holder: string, org: string, page: PageText, url: string): boolean {
  const hs = scripts(holder);
  if (![...scripts(org)].some((sc) => hs.has(sc))) return false;
  if (sameOrg(holder, org)) return false;
  const own = distinctiveWords(org);
  const holderWords = distinctiveWords(holder);
  if ([...holderWords].some((w) => own.has(w))) return false;
  if (HOST_NAME.test(holder.replace(/\s+/g, ''))) return true;
  const compact = holder
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !LEGAL_WORD.test(w))
    .join('');
  if (compact.length >= 4 && hostLabels(url).some((l) => compact.includes(l) || l.includes(compact))) return true;
  return legalNameHeadings(page).some((h) => {
    if (sameOrg(h, holder) || ![...scripts(h)].some((sc) => hs.has(sc))) return false;
    const hw = distinctiveWords(h);
    return ![...holderWords].some((w) => hw.has(w));
  });
}

/** The page host's distinctive labels ("www.pickarestaurant.com" → pickarestaurant); none for an IP or localhost. */
function hostLabels(url: string): string[] {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return [];
  }
  if (!host.includes('.') || /^[\d.]+$|^\[/.test(host)) return [];
  const labels = host.split('.').slice(0, -1);
  return labels.filter((l) => l.length >= 4 && !/^(?:www\d?|shop|store|blog|mail|info|home)$/.test(l));
}

/**
 * What the site's footer adds to the page's lead. When the footer is the site operator's and not the lead's
 * company (see footerIsOperators: a directory, a marketplace), its phones and e-mails are left out wherever the main
 * content already gave the lead its own (a footer address is handled the same way by findAddresses). Otherwise, or
 * for kinds the main content lacks, the footer's values are the lead's.
 */
function footerValues(footer: DraftLead, main: DraftLead, lead: DraftLead, page: PageText, url: string): DraftLead {
  const owner = copyrightHolder(page);
  const org = lead.organization?.value;
  if (!owner?.inChrome || !org || !footerIsOperators(owner.value, org, page, url)) return footer;
  const kept = { ...footer };
  if (main.phones.length || lead.phones.length) kept.phones = [];
  if (main.faxes.length || lead.faxes.length) kept.faxes = [];
  if (main.emails.length || lead.emails.length) {
    // An address at the lead's own domain is the lead's wherever it is written.
    const own = new Set([...main.emails, ...lead.emails].map((e) => e.value.split('@')[1]?.toLowerCase()));
    kept.emails = footer.emails.filter((e) => own.has(e.value.split('@')[1]?.toLowerCase()));
  }
  return kept;
}

/** Adapter leads first, then structured leads; the text layers' values join the first lead. */
function mergeLeads(adapted: DraftLead[], structured: DraftLead[], text: DraftLead): DraftLead[] {
  const leads = [...adapted, ...structured];
  if (!leads.length) return [text];
  LeadBuilder.wrap(leads[0]).absorb(text);
  return leads;
}

/**
 * The result of a standalone adapter page: its leads alone, finished as extractPage finishes every result. A buyer
 * known only by platform id and order (an eBay order-list row) is still a lead.
 */
function standaloneResult(result: ExtractResult, leads: DraftLead[], budget: Budget, truncated: boolean) {
  result.leads = leads.filter((l) => !isEmptyLead(l) || l.platformIds?.length || l.orders?.length);
  if (budget.exceeded || truncated) result.partial = true;
  result.ms = Math.round(budget.elapsed() * 1000) / 1000;
  return result;
}

export type { ContractLead, DraftLead, ExtractResult };
