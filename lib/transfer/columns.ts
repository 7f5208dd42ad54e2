import type { Address, Card, CardInput, Contact, ContactValue, ImKind } from '../card/schema';
import { IM_KINDS } from '../card/schema';

// The flat columns of a card, used by CSV/XLSX export and by the import mapping. Each column knows how to read its
// value from a card (and the contact of the row) and how to write it back into a card being built, so that what
// our CSV writes, our CSV import reads back. Lists (phones, tags…) are joined with "; " in one cell.

export const LIST_SEPARATOR = '; ';
export function splitList(cell: string): string[] {
  return cell
    .split(/\s*[;；\n]\s*/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** A card under construction from one or more rows. */
export type CardBuild = Omit<CardInput, 'contacts' | 'addresses'> & { contacts: Contact[]; addresses: Address[] };
type Ctx = { card: Card; contact?: Contact };

export interface Column {
  id: string;
  en: string;
  zh: string;
  /** Part of the contact (one row per contact mode repeats the card columns on each row). */
  contact?: boolean;
  get(ctx: Ctx): string;
  set(card: CardBuild, value: string): void;
}

const values = (list: ContactValue[] | undefined) => (list ?? []).map((v) => v.value).join(LIST_SEPARATOR);
const toValues = (cell: string): ContactValue[] => splitList(cell).map((value) => ({ value }));
const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

function contactOf(card: CardBuild): Contact {
  if (!card.contacts.length) card.contacts.push({ id: '', name: '', phones: [], emails: [], im: [], primary: true });
  return card.contacts[card.contacts.length - 1];
}
function addressOf(card: CardBuild): Address {
  if (!card.addresses.length) card.addresses.push({});
  return card.addresses[0];
}
/** Reads and writes a nested optional text field such as company.industry. */
function nested<G extends 'company' | 'person' | 'needs' | 'notes' | 'classification'>(group: G, key: string) {
  return {
    get: ({ card }: Ctx) => String((card[group] as Record<string, unknown>)?.[key] ?? ''),
    set: (card: CardBuild, v: string) => {
      const obj = ((card as Record<string, unknown>)[group] ??= {}) as Record<string, unknown>;
      obj[key] = v;
    },
  };
}

const imColumns: Column[] = IM_KINDS.map((kind: ImKind) => ({
  id: `im.${kind}`,
  en: {
    wechat: 'WeChat',
    qq: 'QQ',
    whatsapp: 'WhatsApp',
    skype: 'Skype',
    wangwang: 'Wangwang',
    telegram: 'Telegram',
    line: 'LINE',
  }[kind],
  zh: {
    wechat: '微信',
    qq: 'QQ',
    whatsapp: 'WhatsApp',
    skype: 'Skype',
    wangwang: '旺旺',
    telegram: 'Telegram',
    line: 'LINE',
  }[kind],
  get: ({ card }) =>
    card.im
      .filter((h) => h.kind === kind)
      .map((h) => h.value)
      .join(LIST_SEPARATOR),
  set: (card, v) => {
    card.im = [...(card.im ?? []), ...splitList(v).map((value) => ({ kind, value }))];
  },
}));

const addressColumn = (key: keyof Omit<Address, 'prov' | 'kind'>, en: string, zh: string): Column => ({
  id: `address.${key}`,
  en,
  zh,
  get: ({ card }) => card.addresses[0]?.[key] ?? '',
  set: (card, v) => {
    addressOf(card)[key] = v;
  },
});

export const COLUMNS: Column[] = [
  {
    id: 'number',
    en: 'Customer number',
    zh: '客户编号',
    get: ({ card }) => card.number,
    set: (c, v) => void (c.number = v),
  },
  { id: 'kind', en: 'Kind', zh: '客户类型', get: ({ card }) => card.kind, set: (c, v) => void (c.kind = parseKind(v)) },
  { id: 'name', en: 'Customer name', zh: '客户名称', get: ({ card }) => card.name, set: (c, v) => void (c.name = v) },
  {
    id: 'creditCode',
    en: 'Credit code',
    zh: '统一社会信用代码',
    get: ({ card }) => card.creditCode ?? '',
    set: (c, v) => void (c.creditCode = v),
  },
  {
    id: 'phones',
    en: 'Phones',
    zh: '电话',
    get: ({ card }) => values(card.phones),
    set: (c, v) => void (c.phones = [...(c.phones ?? []), ...toValues(v)]),
  },
  {
    id: 'faxes',
    en: 'Fax',
    zh: '传真',
    get: ({ card }) => values(card.faxes),
    set: (c, v) => void (c.faxes = [...(c.faxes ?? []), ...toValues(v)]),
  },
  {
    id: 'emails',
    en: 'Emails',
    zh: '邮箱',
    get: ({ card }) => values(card.emails),
    set: (c, v) => void (c.emails = [...(c.emails ?? []), ...toValues(v)]),
  },
  {
    id: 'websites',
    en: 'Websites',
    zh: '网址',
    get: ({ card }) => values(card.websites),
    set: (c, v) => void (c.websites = [...(c.websites ?? []), ...toValues(v)]),
  },
  ...imColumns,
  {
    id: 'platformIds',
    en: 'Platform ids',
    zh: '平台账号',
    get: ({ card }) => card.platformIds.join(LIST_SEPARATOR),
    set: (c, v) => void (c.platformIds = [...(c.platformIds ?? []), ...splitList(v)]),
  },
  {
    id: 'contact.name',
    en: 'Contact name',
    zh: '联系人',
    contact: true,
    get: ({ contact }) => contact?.name ?? '',
    set: (c, v) => void (contactOf(c).name = v),
  },
  {
    id: 'contact.title',
    en: 'Job title',
    zh: '职位',
    contact: true,
    get: ({ contact }) => contact?.title ?? '',
    set: (c, v) => void (contactOf(c).title = v),
  },
  {
    id: 'contact.department',
    en: 'Department',
    zh: '部门',
    contact: true,
    get: ({ contact }) => contact?.department ?? '',
    set: (c, v) => void (contactOf(c).department = v),
  },
  {
    id: 'contact.phones',
    en: 'Contact phones',
    zh: '联系人电话',
    contact: true,
    get: ({ contact }) => values(contact?.phones),
    set: (c, v) => void contactOf(c).phones.push(...toValues(v)),
  },
  {
    id: 'contact.emails',
    en: 'Contact emails',
    zh: '联系人邮箱',
    contact: true,
    get: ({ contact }) => values(contact?.emails),
    set: (c, v) => void contactOf(c).emails.push(...toValues(v)),
  },
  {
    id: 'contact.role',
    en: 'Decision role',
    zh: '决策角色',
    contact: true,
    get: ({ contact }) => contact?.role ?? '',
    set: (c, v) => void (contactOf(c).role = v),
  },
  addressColumn('street', 'Street', '街道地址'),
  addressColumn('district', 'District', '区县'),
  addressColumn('city', 'City', '城市'),
  addressColumn('region', 'State/Province', '省份'),
  addressColumn('postcode', 'Postcode', '邮编'),
  addressColumn('country', 'Country', '国家'),
  { id: 'company.industry', en: 'Industry', zh: '所属行业', ...nested('company', 'industry') },
  { id: 'company.businessType', en: 'Business type', zh: '经营模式', ...nested('company', 'businessType') },
  {
    id: 'company.mainProducts',
    en: 'Main products',
    zh: '主营产品',
    get: ({ card }) => card.company.mainProducts.join(LIST_SEPARATOR),
    set: (c, v) => void ((c.company ??= {}).mainProducts = splitList(v)),
  },
  { id: 'company.staff', en: 'Staff', zh: '企业规模', ...nested('company', 'staff') },
  { id: 'classification.grade', en: 'Grade', zh: '客户等级', ...nested('classification', 'grade') },
  { id: 'classification.stage', en: 'Stage', zh: '阶段', ...nested('classification', 'stage') },
  {
    id: 'classification.tags',
    en: 'Tags',
    zh: '标签',
    get: ({ card }) => card.classification.tags.join(LIST_SEPARATOR),
    set: (c, v) => void ((c.classification ??= {}).tags = splitList(v)),
  },
  { id: 'needs.needs', en: 'Needs', zh: '需求', ...nested('needs', 'needs') },
  { id: 'needs.budget', en: 'Budget', zh: '预算', ...nested('needs', 'budget') },
  { id: 'notes.text', en: 'Notes', zh: '备注', ...nested('notes', 'text') },
  {
    id: 'source.site',
    en: 'Source site',
    zh: '来源网站',
    get: ({ card }) => card.sources[0]?.site ?? card.sources[0]?.channel ?? '',
    set: (c, v) => void (sourceOf(c).site = v),
  },
  {
    id: 'source.url',
    en: 'Source URL',
    zh: '来源网址',
    get: ({ card }) => card.sources[0]?.url ?? '',
    set: (c, v) => void (sourceOf(c).url = v),
  },
  {
    id: 'createdAt',
    en: 'Created',
    zh: '创建时间',
    get: ({ card }) => iso(card.createdAt),
    set: (c, v) => void (c.createdAt = parseTime(v) ?? c.createdAt),
  },
  {
    id: 'updatedAt',
    en: 'Updated',
    zh: '更新时间',
    get: ({ card }) => iso(card.updatedAt),
    set: (c, v) => void (c.updatedAt = parseTime(v) ?? c.updatedAt),
  },
];

export const COLUMN_BY_ID = new Map(COLUMNS.map((c) => [c.id, c]));

function sourceOf(card: CardBuild) {
  card.sources ??= [];
  if (!card.sources.length) card.sources.push({});
  return card.sources[0];
}

export function parseKind(v: string): 'company' | 'person' {
  return /^(person|individual|个人|个人客户|自然人)$/i.test(v.trim()) ? 'person' : 'company';
}

export function parseTime(v: string): number | undefined {
  const t = v.trim();
  if (!t) return undefined;
  const ms = /^\d{12,14}$/.test(t) ? Number(t) : Date.parse(t);
  return Number.isFinite(ms) ? Math.trunc(ms) : undefined;
}

/** The contact a one-row-per-card export shows: the primary one, else the first. */
export function primaryContact(card: Card): Contact | undefined {
  return card.contacts.find((c) => c.primary) ?? card.contacts[0];
}
