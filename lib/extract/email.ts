import { getCountries } from 'libphonenumber-js';

// E-mail addresses: found in text with a linear-time pattern, then checked against the RFC 5321 limits that
// matter in practice (dot-atom local part, a domain of labels with a letter TLD). Quoted local parts, comments and
// IP-literal domains are valid in theory but never a lead's address, so they are refused.
//
// Sites hide addresses from harvesters in a few stock ways, all meant to be read by a person: "name [at] host
// [dot] com", "name(at)host.com", "name AT host DOT com", "name at host dot edu", a full-width "＠", or a Chinese
// note telling the reader which symbol stands for "@" ("sales#abc.com（请把#换成@）"). Each is turned back into an
// address only when the pieces make a valid one; the spelled "at … dot …" form also needs a top-level domain
// from the known list and must be one unbroken run of words, so prose ("meet at the office dot …") stays prose.

const FIND =
  /[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+/g;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const FILE_EXT = /\.(png|jpe?g|gif|webp|svg|css|js)$/i;

/** Top-level domains a spelled-out address may end in: the common generic ones and every country code. */
const TLDS = new Set([
  ...'com net org edu gov mil int biz info name pro mobi asia travel jobs coop aero museum io co ai app dev me tv cc eu uk'.split(
    ' ',
  ),
  ...getCountries().map((c) => c.toLowerCase()),
]);

// "[at]", "(at)", "{at}", "<at>", "-at-" (any case, optional spaces inside and around) and the same for "dot"; a
// bracketed "@" or "." too. Bracketed forms are never prose, so they need no TLD check beyond isEmail's.
const AT_MARK = /\s*(?:[[({<]\s*(?:at|@)\s*[\])}>]|-at-)\s*/gi;
const DOT_MARK = /\s*(?:[[({<]\s*(?:dot|\.)\s*[\])}>]|-dot-)\s*/gi;
// "john dot smith at example dot co dot uk": words joined by single spaces, "at" once, at least one "dot" after it.
// Every piece is bounded and the separators are literal words, so matching stays linear.
const SPELLED =
  /(?<![\w.@-])((?:[A-Za-z0-9_%+-]{1,64} dot ){0,3}[A-Za-z0-9_%+-]{1,64}) at ((?:[A-Za-z0-9-]{1,63} dot ){1,4}([A-Za-z]{2,6}))(?![\w@-]|\.\w)/gi;
// Words that end prose before " at " ("look at", "we are at"): never the local part of a spelled address.
const PROSE = new Set(
  'a an and are arrive arrived be been call contact e-mail email find found here is it located look looking mail me meet or reach see stay the them there us visit was we were write you'.split(
    ' ',
  ),
);
// A word that makes the next one a noun in a sentence ("our products at …"), never a mailbox's owner.
const DETERMINER = /\b(?:our|your|their|his|her|its|my|the|a|an|this|these|those|all|more|new|latest|full)\s+$/i;
// A Chinese or English note naming the stand-in for "@": "把#换成@", "请将 ★ 替换为 @", "用@代替#", "replace # with @".
const SWAP_NOTE =
  /(?:[把将]\s*["“'‘「『(（]?\s*([#＃*＊★☆%$&!~^]|\[at\]|\(at\)|at)\s*["”'’」』)）]?\s*(?:换成|换为|改成|改为|替换成|替换为|变成)|replace\s+["“']?([#*★%$&!~^])["”']?\s+with)\s*["“'‘「『(（]?\s*[@＠]/i;
const SWAP_NOTE_REVERSED = /用\s*[@＠]\s*(?:代替|替换|替代|取代)\s*["“'‘「『(（]?\s*([#＃*＊★☆%$&!~^])/;

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

/** Could this text hold an address, plain or written out? (A cheap test before the real work.) */
const MAYBE = /[@＠]|\bat\b|[#＃*＊★☆%$&!~^](?=[\w.-]+\.[A-Za-z])|换|替|replace/i;

/**
 * E-mail addresses in a line of text, lower-cased: plain ones and the written-out forms above. `labelled` says the
 * text is an e-mail field's value ("E-mail: …"); there a bare "name at host.com" or "name#host.com" is an address
 * too, since the label already says what the text is.
 */
export function findEmails(text: string, labelled = false): string[] {
  let t = text.length > 4000 ? text.slice(0, 4000) : text;
  if (!MAYBE.test(t)) return [];
  // Full-width forms (＠, ．, full-width letters) are the same characters to a reader.
  if (/[\uFF01-\uFF5E]/.test(t)) t = t.normalize('NFKC');
  t = t.replace(AT_MARK, '@').replace(DOT_MARK, '.');
  t = t.replace(SPELLED, (m, user: string, host: string, tld: string, at: number, all: string) => {
    if (!TLDS.has(tld.toLowerCase())) return m;
    const words = user.split(' ');
    if (PROSE.has(words[words.length - 1].toLowerCase())) return m;
    // "our capabilities at lakeside dot com slash …": a noun after a determiner, and a spoken web address.
    if (DETERMINER.test(all.slice(Math.max(0, at - 12), at)) || /^ slash\b/i.test(all.slice(at + m.length))) return m;
    return `${user.replace(/ dot /gi, '.')}@${host.replace(/ dot /gi, '.')}`;
  });
  const swap = swapped(t, labelled);
  if (swap) t = swap;
  const out: string[] = [];
  for (const m of t.match(FIND) ?? []) {
    const e = m.replace(/^[.'-]+|[.'-]+$/g, '');
    if (isEmail(e)) out.push(e.toLowerCase());
  }
  return out;
}

/**
 * The text with a stand-in for "@" put back: the symbol a note names, or (in an e-mail field with no "@" at all)
 * a lone "#" or a spelled " at " before a dotted host name.
 */
function swapped(t: string, labelled: boolean): string | null {
  const note = t.match(SWAP_NOTE) ?? t.match(SWAP_NOTE_REVERSED);
  let mark = note ? (note[1] ?? note[2]) : undefined;
  if (!mark && labelled && !t.includes('@')) mark = /[\w.-]#[\w-]/.test(t) ? '#' : 'at';
  if (!mark) return null;
  mark = mark.normalize('NFKC').toLowerCase();
  const esc = mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = /^[a-z]/.test(mark);
  const re = new RegExp(
    `(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64})${word ? '\\s+' : '\\s*'}${esc}${word ? '\\s+' : '\\s*'}([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,4})`,
    'gi',
  );
  return t.replace(re, (m, user: string, host: string) => (isEmail(`${user}@${host}`) ? `${user}@${host}` : m));
}
