import type { Budget } from '../budget';
import type { LeadBuilder } from '../draft';
import { looksLikeName, looksLikeTitle, looksLikeZhName } from '../names';

// People without a "Contact person:" label: a staff block ("Jane Doe" then "General Manager", or
// "Jane Doe, General Manager"), and Chinese "彭先生 151…" / "销售经理：王女士" forms.

const ZH_PERSON = /(?:^|[^\p{Script=Han}])(\p{Script=Han}{1,2}(?:先生|女士|小姐|经理|总))(?![\p{Script=Han}])/u;
const ZH_ROLE_PERSON = /^([\p{Script=Han}]{2,8})[:：]\s*(\p{Script=Han}{1,2}(?:先生|女士|小姐|经理|总))/u;
/** "商务联系 : 18681251779（彭先生）": a role, its number, and the person in brackets. */
const ZH_ROLE_PHONE_PERSON =
  /^(\p{Script=Han}{2,8})\s*[:：]\s*[\d\s+-]{7,20}\s*[（(](\p{Script=Han}{1,2}(?:先生|女士|小姐|经理|总|工))[）)]/u;
// Labels that name a channel (phone, fax, mail, address), not a role: "联系电话：田经理" gives no title.
const CHANNEL = /联系人|负责人|姓名|电话|热线|手机|座机|传真|号码|邮箱|地址|微信|QQ/u;

/** "Ansprechpartnerin Vertrieb: Katrin Wolff", "Contact Sales: Jane Doe": a contact label with its desk. */
const QUALIFIED_CONTACT =
  /^(?:contact|ansprechpartner(?:in)?|interlocuteur|interlocutrice|contacto)\s+(?!(?:person|persons|name|details|us|info|information|form|page)\b)(\p{L}[\p{L}&/ -]{1,29}?)\s*[:：]\s*([^,;(|]{3,40})/iu;

export function readPeople(lines: string[], budget: Budget, b: LeadBuilder) {
  for (let i = 0; i < lines.length; i++) {
    if ((i & 63) === 0 && !budget.ok()) return;
    const line = lines[i];
    if (line.length > 120) continue;
    const zr = line.match(ZH_ROLE_PERSON);
    if (zr && !CHANNEL.test(zr[1]) && looksLikeZhName(zr[2])) {
      b.person({ name: zr[2], title: zr[1], phones: [], emails: [] }, 'text');
      continue;
    }
    const zrp = line.match(ZH_ROLE_PHONE_PERSON);
    if (zrp && !CHANNEL.test(zrp[1]) && looksLikeZhName(zrp[2])) {
      b.person({ name: zrp[2], title: zrp[1], phones: [], emails: [] }, 'text');
      continue;
    }
    const qc = line.match(QUALIFIED_CONTACT);
    if (qc) {
      const name = qc[2].replace(/\s+(?:tel|phone|telefon|tél)\b.*$/i, '').trim();
      if (looksLikeName(name)) {
        b.person({ name, title: qc[1].trim(), phones: [], emails: [] }, 'label');
        continue;
      }
    }
    const zp = line.match(ZH_PERSON);
    if (zp && looksLikeZhName(zp[1]) && /\d{7,}|电话|手机/.test(line)) {
      b.person({ name: zp[1], phones: [], emails: [] }, 'text');
      continue;
    }
    // "Jane Doe, General Manager" / "Jane Doe – Owner", maybe followed by more ("…, answers within a day",
    // "Plant Manager: j.ortiz {at} …"): the title ends at the next separator.
    const comma = line.match(/^([^,–—|:：]{3,40}?)\s*[,–—|]\s*([^,|:：;(（]{2,60}?)\s*(?:[,:：;(（|].{0,200})?$/);
    if (comma && looksLikeName(comma[1]) && looksLikeTitle(comma[2])) {
      b.person({ name: comma[1].trim(), title: comma[2].trim(), phones: [], emails: [] }, 'text');
      continue;
    }
    // "Max Pulsinelli, mpulsinelli@wcs.org or (718) 220-5182": a name, then how to reach that person.
    const reach = line.match(/^([^,–—|:：@]{3,40}?)\s*[,–—|:：]\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/);
    if (reach && looksLikeName(reach[1])) {
      b.person({ name: reach[1].trim(), phones: [], emails: [reach[2].toLowerCase()] }, 'text');
      continue;
    }
    // A name line followed by a title line ("Carlos Mendoza:" / "Sales Manager, ext. 210": the name may carry the
    // colon of a <dt>, the title the person's extension or number after it).
    const next = lines[i + 1];
    // …or a trailing comma and the letters after a name ("Daniel C. Goldie, CFA, CFP" / "Dirk Gilliard,").
    const name = line.replace(/(?:\s*,\s*(?:[A-Z]{2,5}|Ph\.?\s?D|M\.?\s?D|Esq|Jr|Sr)\.?)*\s*[:：,]?$/, '');
    const title = next?.replace(/\s*(?:[,;|–—-]\s*)?(?:ext\b|x\s?\d|tel\b|phone\b|direct\b|\+?\(?\d{3}).*$/i, '');
    if (title && name.length <= 40 && looksLikeName(name) && title.length <= 60 && looksLikeTitle(title)) {
      b.person({ name, title, phones: [], emails: [] }, 'text');
      i++;
    }
  }
}
