// E-mail addresses: found in text with a linear-time pattern, then checked against the RFC 5321 limits that
// matter in practice (dot-atom local part, a domain of labels with a letter TLD). Quoted local parts, comments and
// IP-literal domains are valid in theory but never a lead's address, so they are refused.

const FIND =
  /[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+/g;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const SPELLED =
  /\b([A-Za-z0-9._-]{1,64}) at ([A-Za-z0-9-]{1,63}(?: dot [A-Za-z0-9-]{1,63}){0,3} dot (?:com|org|net|edu|gov|mil|biz|info|co|us|uk|ca|cn|de|fr|au|io))\b/gi;
const FILE_EXT = /\.(png|jpe?g|gif|webp|svg|css|js)$/i;

export function isEmail(s: string): boolean {
  if (s.length > 254) return false;
  const at = s.lastIndexOf('@');
  if (at < 1) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || domain.length > 253) return false;
  if (!labels.every((l) => LABEL.test(l))) return false;
  const tld = labels[labels.length - 1];
  if (!/^[A-Za-z]{2,24}$/.test(tld) && !/^xn--[a-z0-9-]{1,59}$/i.test(tld)) return false;
  return !FILE_EXT.test(s);
}

/** E-mail addresses in a line of text (also "name [at] host [dot] com" and full-width ＠). */
export function findEmails(text: string): string[] {
  let t = text.length > 4000 ? text.slice(0, 4000) : text;
  if (!/[@＠]|\bat\b/i.test(t)) return [];
  t = t
    .replace(/＠/g, '@')
    .replace(/\s*[[(]at[\])]\s*/gi, '@')
    .replace(/\s*[[(]dot[\])]\s*/gi, '.')
    // "info at example dot com": only when a "dot" follows and ends on a known top-level domain.
    .replace(SPELLED, (_m, user: string, host: string) => `${user}@${host.replace(/\s+dot\s+/gi, '.')}`);
  const out: string[] = [];
  for (const m of t.match(FIND) ?? []) {
    const e = m.replace(/^[.'-]+|[.'-]+$/g, '');
    if (isEmail(e)) out.push(e.toLowerCase());
  }
  return out;
}
