import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js';
import type { ContactValue } from '../card/schema';
import { COLUMN_BY_ID, COLUMNS, type CardBuild } from './columns';
import type { Sheet } from './csv';
import { newBuild, type Candidate } from './records';

// The column-mapping step of a CSV/XLSX import: each header is guessed to a card field from its English or
// Chinese name (our own headers, common CRM exports, Chinese spreadsheets); the user can change any of them.
// Mapping uses Maps, never object keys, so a header called `__proto__` is just a header.

/** A target: a column id of COLUMNS, a name part (joined into the contact name), or '' to skip the column. */
export type Target = string;
export const NAME_PARTS = ['contact.firstName', 'contact.lastName'] as const;
/**
 * A phone's calling code (+1) or country (US) in its own column, as Twenty writes "Phones / Primary Phone Number"
 * (national) beside "… Calling Code" and "… Country Code": it makes the row's national numbers international.
 */
export const PHONE_PARTS = ['phone.callingCode', 'phone.country'] as const;
export const TARGETS: Target[] = [...COLUMNS.map((c) => c.id), ...NAME_PARTS, ...PHONE_PARTS];

const norm = (h: string) =>
  h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./:：()（）*]+/g, '');

/**
 * Synonyms by target, beyond the column's own en/zh header. Compared after `norm`. Includes the CRM presets'
 * headers and the contact CSVs of Outlook ("Business Street", "E-mail Address") and Google ("E-mail 1 - Value",
 * "Organization 1 - Name", "Address 1 - City").
 */
const SYNONYMS: Record<string, string[]> = {
  number: ['customerno', 'customerid', 'no', '编号', '客户号', '客户代码'],
  kind: ['type', 'customertype', '类型', '客户类别'],
  name: [
    'company',
    'companyname',
    'organization',
    'organisation',
    'org',
    'account',
    'accountname',
    'organization1name',
    'name',
    '公司',
    '公司名称',
    '企业名称',
    '单位',
    '单位名称',
    '名称',
    '客户',
  ],
  creditCode: ['unifiedsocialcreditcode', 'uscc', '信用代码', '社会信用代码'],
  phones: [
    'phone',
    'phonenumber',
    'tel',
    'telephone',
    'businessphone',
    'companyphone',
    'phonesprimaryphonenumber',
    'phone1value',
    'primaryphone',
    '电话号码',
    '固话',
    '座机',
    '联系电话',
    '公司电话',
  ],
  faxes: ['fax', 'faxnumber', 'businessfax', '传真号码'],
  emails: [
    'email',
    'emailaddress',
    'mail',
    'emailsprimaryemail',
    'email1value',
    'e-mail',
    '电子邮件',
    '电子邮箱',
    '邮件',
  ],
  websites: [
    'website',
    'websiteurl',
    'url',
    'web',
    'homepage',
    'companydomain',
    'domain',
    'companydomainlinkurl',
    'domainnameprimarylinkurl',
    '网站',
    '主页',
    '官网',
  ],
  'im.wechat': ['weixin', 'wechatid', '微信号'],
  'im.qq': ['qq号', 'qqnumber'],
  'im.wangwang': ['aliwangwang', '阿里旺旺', '旺旺号'],
  'contact.name': [
    'contact',
    'contactperson',
    'fullname',
    'contactfullname',
    'person',
    '联系人姓名',
    '姓名',
    '联系人名称',
  ],
  'contact.title': ['title', 'jobtitle', 'position', 'role', 'organization1title', '职务', '岗位', '头衔'],
  'contact.department': ['dept', '所在部门'],
  'contact.phones': [
    'mobile',
    'mobilephone',
    'mobilephonenumber',
    'cell',
    'cellphone',
    '手机',
    '手机号',
    '手机号码',
    '移动电话',
  ],
  'contact.emails': ['contactemail', '联系人邮件'],
  // Twenty labels a name's parts "Name / First Name" (its export and our preset for it).
  'contact.firstName': ['firstname', 'givenname', 'first', 'namefirstname', '名'],
  'contact.lastName': ['lastname', 'surname', 'familyname', 'last', 'namelastname', '姓'],
  'phone.callingCode': ['phonesprimaryphonecallingcode', 'phonecallingcode', 'callingcode', '国际区号', '国家区号'],
  'phone.country': ['phonesprimaryphonecountrycode', 'phonecountrycode', 'phonecountry'],
  'address.street': [
    'street',
    'streetaddress',
    'address',
    'address1',
    'businessstreet',
    'address1street',
    '地址',
    '详细地址',
    '公司地址',
    '通讯地址',
  ],
  'address.district': ['county', '区', '县', '区域'],
  'address.city': ['town', 'locality', 'businesscity', 'address1city', '市', '所在城市'],
  'address.region': [
    'state',
    'province',
    'stateregion',
    'region',
    'stateprovince',
    'businessstate',
    'address1region',
    '省',
    '省份',
    '地区',
    '省市',
  ],
  'address.postcode': [
    'zip',
    'zipcode',
    'postalcode',
    'zippostalcode',
    'postcode',
    'businesspostalcode',
    'address1postalcode',
    '邮政编码',
  ],
  'address.country': ['countryregion', 'businesscountryregion', 'address1country', '国家地区', '国别'],
  'company.industry': ['sector', '行业'],
  'company.mainProducts': ['products', '产品', '主营'],
  'classification.grade': ['rating', 'level', '等级', '客户级别'],
  'classification.tags': ['tag', 'labels', 'categories', '分类'],
  'notes.text': ['note', 'description', 'comments', 'remark', 'remarks', '说明', '描述', '备注信息'],
  'source.site': ['leadsource', 'source', '来源', '客户来源'],
};

const GUESS = new Map<string, Target>();
for (const col of COLUMNS) {
  GUESS.set(norm(col.en), col.id);
  GUESS.set(norm(col.zh), col.id);
}
for (const [target, names] of Object.entries(SYNONYMS))
  for (const n of names) if (!GUESS.has(norm(n))) GUESS.set(norm(n), target);

/** A guess for each header ('' = skip); a target is used once, by its first header. */
export function guessMapping(header: string[]): Target[] {
  const used = new Set<Target>();
  return header.map((h) => {
    const t = GUESS.get(norm(h)) ?? '';
    if (!t || used.has(t)) return '';
    used.add(t);
    return t;
  });
}

/** "+1", "1" or "US" (a country libphonenumber knows) as "+1"; '' when it is neither. */
function callingPrefix(callingCode: string, country: string): string {
  const digits = /^\+?\s*(\d{1,3})$/.exec(callingCode.trim())?.[1];
  if (digits) return `+${digits}`;
  const cc = country.trim().toUpperCase();
  return isSupportedCountry(cc) ? `+${getCountryCallingCode(cc)}` : '';
}
/** The row's phones written without an international prefix, prefixed (a number with "+" or "00" is left as it is). */
function prefixPhones(card: CardBuild, before: Set<ContactValue>, prefix: string): void {
  for (const list of [card.phones ?? [], ...card.contacts.map((c) => c.phones)])
    for (const p of list)
      if (!before.has(p) && /^[\d(]/.test(p.value.trim()) && !/^00/.test(p.value.trim()))
        p.value = `${prefix} ${p.value.trim()}`;
}
const phonesOf = (card: CardBuild) => new Set([...(card.phones ?? []), ...card.contacts.flatMap((c) => c.phones)]);

const HAN = /[\u3400-\u9fff]/;
function joinName(first: string, last: string): string {
  if (!first || !last) return first || last;
  return HAN.test(first + last) ? last + first : `${first} ${last}`;
}

/**
 * Rows to cards. Consecutive rows with the same customer number are one card with several contacts (our
 * one-row-per-contact export). Row numbers are 1-based counting the header, as a spreadsheet shows them.
 */
export function applyMapping(sheet: Sheet, mapping: Target[], now = Date.now()): Candidate[] {
  const out: Candidate[] = [];
  const numberCol = mapping.indexOf('number');
  const callingCol = mapping.indexOf(PHONE_PARTS[0]);
  const countryCol = mapping.indexOf(PHONE_PARTS[1]);
  let last: { number: string; card: CardBuild } | null = null;
  sheet.rows.forEach((row, i) => {
    if (row.every((c) => c.trim() === '')) return;
    const num = numberCol >= 0 ? (row[numberCol] ?? '').trim() : '';
    const sameCard = !!num && last?.number === num;
    const card = sameCard ? last!.card : newBuild(now);
    if (sameCard) card.contacts.push({ id: '', name: '', phones: [], emails: [], im: [], primary: false });
    let first = '';
    let lastName = '';
    const prefix = callingPrefix(row[callingCol] ?? '', row[countryCol] ?? '');
    const before = prefix ? phonesOf(card) : null;
    mapping.forEach((target, col) => {
      const cell = row[col] ?? '';
      if (!target || cell === '' || (PHONE_PARTS as readonly string[]).includes(target)) return;
      if (target === 'contact.firstName') first = cell.trim();
      else if (target === 'contact.lastName') lastName = cell.trim();
      else if (sameCard && !COLUMN_BY_ID.get(target)?.contact) return;
      else COLUMN_BY_ID.get(target)?.set(card, cell);
    });
    if (before) prefixPhones(card, before, prefix);
    const full = joinName(first, lastName);
    if (full) COLUMN_BY_ID.get('contact.name')!.set(card, full);
    if (!sameCard) {
      out.push({ row: i + 2, card });
      last = { number: num, card };
    }
  });
  return out;
}
