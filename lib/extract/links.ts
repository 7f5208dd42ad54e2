import type { CountryCode } from 'libphonenumber-js';
import type { LeadBuilder } from './draft';
import { findEmails, isEmail } from './email';
import { normalisePhone } from './phone';
import type { PageLink } from './walk';

// Contact links: mailto:, tel:/callto:, wa.me / api.whatsapp.com, skype:, tencent:// (QQ), weixin://.

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const CREDIT_LINK =
  /^\s*(?:(?:(?:web\s*)?site\s+(?:designed\s+|built\s+)?by|(?:web\s*)?design(?:ed)?\s+by|(?:developed|built|powered|hosted|created)\s+by|web\s*design)\b|技术支持|网站(?:建设|设计|制作))/i;

export function readLinks(links: PageLink[], region: CountryCode, b: LeadBuilder) {
  for (const { href, text } of links) {
    const h = href.trim();
    const scheme = h.slice(0, 12).toLowerCase();
    if (scheme.startsWith('mailto:')) {
      // A designer's credit link ("SITE BY") is another party's; a link showing a different address than its
      // href gives the shown one, which the text layer reads (the hidden href may be a stale alias).
      if (CREDIT_LINK.test(text)) continue;
      const shown = findEmails(text);
      for (const addr of safeDecode(h.slice(7).split('?')[0]).split(/[,;]/)) {
        const e = addr.trim();
        if (shown.length && !shown.includes(e.toLowerCase())) continue;
        if (isEmail(e) && !/^(no-?reply|donotreply|mailer-daemon)@/i.test(e)) b.email(e, 'link');
      }
    } else if (scheme.startsWith('tel:') || scheme.startsWith('callto:')) {
      const raw = safeDecode(h.replace(/^(tel|callto):/i, ''));
      const n = normalisePhone(raw, region, false);
      if (!n) continue;
      if (/fax|传真/i.test(text)) b.fax(n, 'link');
      else b.phone(n, 'link');
    } else if (/^(https?:)?\/\/(wa\.me|api\.whatsapp\.com|web\.whatsapp\.com)\//i.test(h)) {
      const m = h.match(/wa\.me\/\+?(\d{6,15})|phone=\+?(\d{6,15})/i);
      if (m) b.im('whatsapp', '+' + (m[1] || m[2]), 'link');
    } else if (scheme.startsWith('whatsapp:')) {
      const m = h.match(/phone=\+?(\d{6,15})/i);
      if (m) b.im('whatsapp', '+' + m[1], 'link');
    } else if (scheme.startsWith('skype:')) {
      const id = safeDecode(h.slice(6).split('?')[0]).trim();
      if (/^[\w.:,-]{3,64}$/.test(id)) b.im('skype', id, 'link');
    } else if (scheme.startsWith('tencent://')) {
      const m = h.match(/uin=(\d{5,12})/i);
      if (m) b.im('qq', m[1], 'link');
    } else if (/^(https?:)?\/\/wpa\.qq\.com\//i.test(h)) {
      const m = h.match(/uin=(\d{5,12})/i);
      if (m) b.im('qq', m[1], 'link');
    }
  }
}
