// Does a piece of text look like a person's name or a job title? Used to keep labels such as "Contact | About"
// from inventing people.

const NAME_STOP =
  /\b(us|our|we|the|form|page|info|information|details|sales|support|service|services|department|team|office|company|inc|llc|ltd|corp|customer|home|about|news|email|phone|fax|address|click|here|map|directions|hours|more|online|today|now|request|quote|get|send|message|submit|menu|search|login|privacy|policy|terms|copyright|rights|reserved|welcome|contact|center|centre|group|hotel|restaurant|street|avenue|road|suite|floor|box)\b/i;
const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof|sir)\.?\s+/i;

export function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 60 || /\d|@|https?:/.test(t)) return false;
  if (/^\p{Script=Han}{2,4}$/u.test(t)) return true;
  if (/^\p{Script=Han}{1,3}(先生|女士|小姐|经理|总|工)$/u.test(t)) return true;
  const words = t.replace(HONORIFIC, '').split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  if (NAME_STOP.test(t)) return false;
  return (
    words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|[A-Z]\.|de|van|von|da|del|la|le|di|bin)$/u.test(w)) && words.length >= 2
  );
}

export const TITLE_WORDS =
  /\b(president|vice president|vp|ceo|cfo|coo|cto|cmo|chief|officer|director|manager|owner|founder|co-founder|partner|principal|chair(?:man|woman|person)?|secretary|treasurer|head|lead|coordinator|administrator|assistant|associate|executive|supervisor|superintendent|agent|broker|representative|rep|specialist|consultant|engineer|editor|attorney|counsel|accountant|pastor|chef|sommelier|curator|dean|professor|principal|clerk|receptionist|sales|marketing|publisher|proprietor|general manager|gm|md|esq)\b/i;
export const ZH_TITLE =
  /(总经理|经理|总监|董事长|董事|主管|主任|厂长|部长|销售|业务员|业务|客服|总裁|副总|会计|财务|采购|工程师|技术|商务|外贸)/u;

export function looksLikeTitle(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 80 || /\d{3,}|@/.test(t)) return false;
  return TITLE_WORDS.test(t) || ZH_TITLE.test(t);
}
