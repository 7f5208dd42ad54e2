import type { CountryCode } from 'libphonenumber-js';
import type { Budget } from '../budget';
import type { LeadBuilder } from '../draft';
import { findEmails } from '../email';
import { segments, type LabelKind, type Segment } from '../labels';
import { looksLikeName, looksLikeTitle } from '../names';
import { findPhones } from '../phone';
import { parseLabelledAddress } from './address';
import { FIELD } from '../walk';
import { countriesIn, sectionCountry } from './country-hint';

// Labelled fields and free text, line by line: "Tel: …", "联系人：…", a label cell followed by its value cell, a
// label line followed by its value line, and phones/e-mails in unlabelled text.

const IM_KINDS = new Set<LabelKind>(['qq', 'wechat', 'whatsapp', 'skype', 'wangwang', 'telegram', 'line']);
const FAX_AFTER = /^\s*[(（[]?\s*(fax|f|传真)\b/i;
const HANDLE = /^[\w.@+-]{3,40}/;
const WECHAT_SAME = /微信同号|同微信|微信同步|wechat\s*(?:same|too)/i;

export interface LineContext {
  region: CountryCode;
  budget: Budget;
  orgCandidates: { value: string; conf: number }[];
  /** Index of the first line that gave a labelled phone or address (where the contact block starts). */
  firstContactLine?: number;
  /** Index of the first line that gave any phone or address, labelled or not. */
  firstFindLine?: number;
  /** Countries the current line or its section names: tried after the page's region for foreign numbers. */
  also?: CountryCode[];
}

const NUMBER_ONLY = /^[\d\s()+\-–.、,，/]{7,40}$/;
/** How many lines a country heading ("Australia:") governs. */
const SECTION_LINES = 8;

export function readLines(lines: string[], ctx: LineContext, b: LeadBuilder) {
  let pending: Segment | null = null;
  let continued: Segment | null = null;
  let section: { code: CountryCode; until: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    if ((i & 63) === 0 && !ctx.budget.ok()) return;
    if (lines[i].length > 2000) continue;
    const line = withoutCredit(lines[i]);
    if (!line) continue;
    const heads = sectionCountry(line);
    if (heads) section = { code: heads, until: i + SECTION_LINES };
    else if (section && i > section.until) section = undefined;
    const named = /\d{3}/.test(line) ? countriesIn(line) : [];
    ctx.also = section ? [section.code, ...named] : named;
    if (line === FIELD) {
      // A form field: the label before it was a form label, not a value's label.
      pending = null;
      continue;
    }
    const segs = segments(line);
    if (pending && segs.length && !segs[0].kind) {
      segs[0] = { ...pending, value: segs[0].value };
    } else if (continued && segs.length === 1 && !segs[0].kind && NUMBER_ONLY.test(segs[0].value)) {
      // "电话：158… / 022-26551913": a bare number on the line after a phone label is that label's next value.
      segs[0] = { ...continued, value: segs[0].value };
    }
    pending = null;
    const lastPhone = segs[segs.length - 1];
    continued = lastPhone?.value && (lastPhone.kind === 'phone' || lastPhone.kind === 'mobile') ? lastPhone : null;
    const lastSeg = segs[segs.length - 1];
    if (lastSeg && lastSeg.kind && !lastSeg.value) pending = lastSeg;
    for (let s = 0; s < segs.length; s++) {
      const seg = segs[s];
      if (!seg.value) continue;
      const before = b.lead.phones.length + b.lead.addresses.length;
      handle(seg, ctx, b, lines, i);
      if (b.lead.phones.length + b.lead.addresses.length > before) {
        if (ctx.firstContactLine === undefined && seg.kind) ctx.firstContactLine = i;
        ctx.firstFindLine ??= i;
      }
    }
  }
}

function handle(seg: Segment, ctx: LineContext, b: LeadBuilder, lines: string[], i: number) {
  // A value the next label cut short ("…508室（邮政编码：…") keeps no dangling bracket or comma.
  const v = seg.value.replace(/^[|\s:：-]+|[|\s,;，；、(（]+$/g, '');
  if (!v) return;
  switch (seg.kind) {
    case 'phone':
    case 'mobile':
      for (const p of findPhones(v, ctx.region, ctx.also)) {
        b.phone(p, 'label');
        if (seg.also === 'fax') b.fax(p, 'label');
        // "13927775985（微信同号）": the same number is the WeChat ID.
        if (WECHAT_SAME.test(v) || seg.also === 'wechat') b.im('wechat', p.value.replace(/^\+86/, ''), 'label');
      }
      emailsIn(v, b);
      return;
    case 'fax':
      for (const p of findPhones(v, ctx.region, ctx.also)) {
        b.fax(p, 'label');
        if (seg.also === 'phone' || seg.also === 'mobile') b.phone(p, 'label');
      }
      return;
    case 'postcode': {
      const pc = v.match(/^(\d{6}|\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/i);
      if (!pc) return;
      const last = b.lead.addresses[b.lead.addresses.length - 1];
      if (last && !last.value.postcode) last.value.postcode = pc[1];
      else if (!last) b.address({ postcode: pc[1] }, 'label');
      return;
    }
    case 'email':
      emailsIn(v, b, 'label');
      return;
    case 'person': {
      const name = v.split(/\s*[|,，;；/(（]\s*|\s{2,}/)[0].replace(/\s*(tel|phone|mobile|电话|手机).*$/i, '');
      // "王丽（外贸经理）", "John Smith (Sales Manager)": a title in brackets after the name is the person's.
      const bracketed = v.match(/[(（]\s*([^()（）]{2,40}?)\s*[)）]/)?.[1];
      // "Mr. Raymond Chan, Sales Director (+852 …)": a title after the name's comma is the person's too.
      const second = v
        .split(/\s*[,，;；|]\s*/)[1]
        ?.replace(/\s*[(（].*$/, '')
        .trim();
      const title =
        bracketed && looksLikeTitle(bracketed)
          ? bracketed
          : second && second.length <= 60 && looksLikeTitle(second)
            ? second
            : undefined;
      if (looksLikeName(name)) b.person({ name, ...(title ? { title } : {}), phones: [], emails: [] }, 'label');
      phonesIn(v, ctx, b);
      return;
    }
    case 'role': {
      // "Managing Directors: Dr. Markus Schäfer, Julia Schäfer": each name, with the label as its title.
      const title = seg.label.replace(/\s+/g, ' ').replace(/(director|manager|owner)s$/i, '$1');
      for (const part of v.split(/\s*(?:[,;，；、|/]|\band\b|&)\s*/).slice(0, 6)) {
        const name = part.replace(/\s*[(（].*$/, '').trim();
        if (looksLikeName(name)) b.person({ name, title: roleTitle(title), phones: [], emails: [] }, 'label');
      }
      return;
    }
    case 'title': {
      const last = b.lead.persons[b.lead.persons.length - 1];
      const t = v.split(/\s*[|,，;；]\s*/)[0];
      if (last && !last.value.title && t.length <= 60) last.value.title = t;
      return;
    }
    case 'org':
      if (v.length >= 2 && v.length <= 100 && !/^(us|about)$/i.test(v))
        ctx.orgCandidates.push({ value: v.split(/\s*\|\s*/)[0], conf: 0.85 });
      return;
    case 'address': {
      const next = lines[i + 1] ?? '';
      const a = parseLabelledAddress(v, ctx.region, next);
      if (a) b.address(a, 'label');
      phonesIn(v, ctx, b);
      return;
    }
    case 'website': {
      const m = v.match(/(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s|]*)?/i);
      if (m) b.website(/^https?:/i.test(m[0]) ? m[0] : 'http://' + m[0], 'label');
      return;
    }
    case 'registration':
    case 'creditCode':
    case 'hours':
      return;
    case 'products':
      b.lead.profile.mainProducts ??= {
        value: v
          .split(/[,，、;；]\s*/)
          .filter(Boolean)
          .slice(0, 30),
        src: 'label',
        conf: 0.85,
      };
      return;
    case 'businessType':
      b.lead.profile.businessType ??= { value: v.slice(0, 100), src: 'label', conf: 0.85 };
      return;
    case 'founded':
      b.lead.profile.founded ??= { value: v.slice(0, 40), src: 'label', conf: 0.85 };
      return;
    case 'industry':
      b.lead.profile.industry ??= { value: v.slice(0, 100), src: 'label', conf: 0.85 };
      return;
    case 'staff':
      b.lead.profile.staff ??= { value: v.slice(0, 60), src: 'label', conf: 0.85 };
      return;
    case null:
      phonesIn(v, ctx, b);
      emailsIn(v, b);
      return;
    default:
      if (seg.kind === 'whatsapp') {
        // A WhatsApp handle is a phone number.
        const p = findPhones(v, ctx.region, ctx.also)[0];
        if (p) b.im('whatsapp', p.value, 'label');
        return;
      }
      if (seg.kind && IM_KINDS.has(seg.kind)) {
        const m = v.match(HANDLE);
        if (m && (seg.kind !== 'qq' || /^\d{5,12}$/.test(m[0]))) b.im(seg.kind as 'qq', m[0], 'label');
        return;
      }
      phonesIn(v, ctx, b);
      emailsIn(v, b);
  }
}

/** A role label as a title: "CEO" stays, "managing director" becomes "Managing Director". */
function roleTitle(label: string): string {
  if (/\p{Lu}/u.test(label)) return label.trim();
  return label.trim().replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
}

function phonesIn(v: string, ctx: LineContext, b: LeadBuilder) {
  for (const p of findPhones(v, ctx.region, ctx.also)) {
    // "(323) 725-6100 (fax)": a label after the number.
    const digits = p.value.replace(/\D/g, '').slice(-4);
    const at = v.indexOf(digits);
    if (at >= 0 && FAX_AFTER.test(v.slice(at + 4, at + 14))) b.fax(p, 'label');
    else b.phone(p, 'text');
  }
}

// The web designer's or platform's credit ("Site by …", "Designed by …", "技术支持：…网络科技"): another party's
// contacts, so the line is read only up to it. A Latin credit starts the line or follows a separator, so prose
// ("the winery designed by …") is left alone. "技术支持" is also a company's own tech-support desk ("技术支持：李先生
// 138…"): it is a credit only in a copyright/ICP line or when a web firm or site follows it.
const CREDIT =
  /(?:^|[|·•,，.。©]\s*|\s[-–—]\s*|\s{2,})(?:(?:web\s*)?site\s+(?:designed\s+|built\s+|developed\s+)?by\b|(?:web\s*)?design(?:ed)?\s+by\b|(?:developed|built|powered|hosted|created|maintained)\s+by\b|web\s*design\b)|网站(?:建设|设计|制作)(?=[:：])/i;
const ZH_SUPPORT = /技术支持/;
const COPYRIGHT_LINE = /版权|copyright|©|ICP|all rights/i;
const WEB_FIRM =
  /^\s*[:：]?\s*(?:[[【(（]|www\.|https?:|[^\s，,|]{0,16}?(?:网络|科技|信息|传媒|建站|设计|互联|软件|数码|网\b|网$|studio))/i;

const MAYBE_CREDIT = /by|design|技术支持|网站/i;

export function withoutCredit(line: string): string {
  if (!MAYBE_CREDIT.test(line)) return line;
  const m = CREDIT.exec(line);
  let end = m ? m.index : line.length;
  const zh = ZH_SUPPORT.exec(line);
  if (zh && zh.index < end && (COPYRIGHT_LINE.test(line) || WEB_FIRM.test(line.slice(zh.index + 4)))) end = zh.index;
  return end < line.length ? line.slice(0, end).trim() : line;
}

// Mailboxes nobody reads: never a lead's contact (a webmaster@ may well be the owner of a small business).
const SITE_MAILBOX = /^(no-?reply|donotreply|do-not-reply|mailer-daemon)@/i;

function emailsIn(v: string, b: LeadBuilder, src: 'label' | 'text' = 'text') {
  for (const e of findEmails(v, src === 'label')) if (!SITE_MAILBOX.test(e)) b.email(e, src);
}

export { looksLikeTitle };
