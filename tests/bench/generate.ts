// Generated cards that look like real ones for the benchmark: mixed Chinese and English companies and people,
// several contacts with phones, emails and IM handles, addresses, classification, notes, and several follow-ups
// each. Deterministic (seeded) so runs compare.

import { composeId, ID_CONTEXT_WIDTH } from '../../lib/card/ids';

export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
  };
}

const ZH_CITIES = [
  '深圳',
  '广州',
  '东莞',
  '佛山',
  '上海',
  '杭州',
  '宁波',
  '苏州',
  '义乌',
  '厦门',
  '青岛',
  '天津',
  '北京',
  '成都',
  '武汉',
];
const ZH_PROVINCES: Record<string, string> = {
  深圳: '广东',
  广州: '广东',
  东莞: '广东',
  佛山: '广东',
  上海: '上海',
  杭州: '浙江',
  宁波: '浙江',
  苏州: '江苏',
  义乌: '浙江',
  厦门: '福建',
  青岛: '山东',
  天津: '天津',
  北京: '北京',
  成都: '四川',
  武汉: '湖北',
};
const ZH_WORDS = [
  '华强',
  '宏发',
  '金源',
  '恒通',
  '鑫达',
  '永盛',
  '天诚',
  '博远',
  '海纳',
  '瑞丰',
  '嘉禾',
  '中联',
  '新世纪',
  '东方',
  '银河',
  '长江',
  '立信',
  '飞龙',
  '国泰',
  '联创',
];
const ZH_TRADES = [
  '电子',
  '五金',
  '塑胶',
  '纺织',
  '照明',
  '机械',
  '包装',
  '家具',
  '化工',
  '陶瓷',
  '服装',
  '光电',
  '汽配',
  '玩具',
  '食品',
];
const ZH_SUFFIX = ['有限公司', '科技有限公司', '贸易有限公司', '实业有限公司', '制品厂', '商行'];
const ZH_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
];
const ZH_GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '建华',
  '志强',
  '海燕',
];
const ZH_TITLES = ['总经理', '采购经理', '销售经理', '业务员', '厂长', '外贸经理', '财务'];
const EN_FIRST = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'Hans',
  'Sofia',
  'Luca',
  'Emma',
  'Noah',
  'Olivia',
  'Raj',
  'Priya',
  'Ahmed',
  'Fatima',
];
const EN_LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Müller',
  'Schmidt',
  'Rossi',
  'Dubois',
  'Patel',
  'Khan',
  'Nguyen',
  'Kim',
  'Silva',
  'Novak',
  'Jensen',
  'Cohen',
];
const EN_WORDS = [
  'Northwind',
  'Alpine',
  'Blue Ridge',
  'Summit',
  'Pacific',
  'Atlas',
  'Evergreen',
  'Harbor',
  'Pioneer',
  'Silverline',
  'Redwood',
  'Crescent',
  'Vertex',
  'Orion',
  'Keystone',
  'Meridian',
  'Sterling',
  'Apex',
  'Lakeside',
  'Granite',
];
const EN_TRADES = [
  'Valve',
  'Tools',
  'Electronics',
  'Textiles',
  'Lighting',
  'Machinery',
  'Packaging',
  'Furniture',
  'Chemicals',
  'Ceramics',
  'Apparel',
  'Optics',
  'Auto Parts',
  'Toys',
  'Foods',
];
const EN_SUFFIX = ['Company', 'Inc.', 'LLC', 'GmbH', 'Ltd.', 'Trading Co.', 'S.r.l.', 'B.V.'];
const EN_PLACES: [string, string, string][] = [
  ['Chicago', 'IL', 'US'],
  ['Houston', 'TX', 'US'],
  ['Los Angeles', 'CA', 'US'],
  ['Hamburg', 'Hamburg', 'DE'],
  ['Munich', 'Bavaria', 'DE'],
  ['Milan', 'Lombardy', 'IT'],
  ['Lyon', 'Auvergne-Rhône-Alpes', 'FR'],
  ['Rotterdam', 'South Holland', 'NL'],
  ['Manchester', 'England', 'GB'],
  ['Toronto', 'ON', 'CA'],
  ['Sydney', 'NSW', 'AU'],
];
const SITES_ZH = [
  '1688.com',
  'made-in-china.com',
  'hc360.com',
  'myseller.taobao.com',
  'shop.jd.com',
  'mms.pinduoduo.com',
];
const SITES_EN = [
  'alibaba.com',
  'globalsources.com',
  'europages.com',
  'kompass.com',
  'thomasnet.com',
  'sellercentral.amazon.com',
  'admin.shopify.com',
  'ebay.com',
];
const TAGS = [
  'vip',
  'trade-show',
  'referral',
  'samples-sent',
  'price-sensitive',
  'oem',
  'distributor',
  '展会',
  '老客户介绍',
  '样品',
  '大客户',
  '待报价',
];
const GRADES = ['A', 'B', 'C', undefined] as const;
const TIERS = ['key', 'normal', 'minor', undefined] as const;
const LIFE = ['prospect', 'new', 'existing', undefined] as const;
const STAGES = ['contact', 'needs', 'proposal', 'contract', 'ended', undefined] as const;
const NOTES_ZH = [
  '客户要求先寄样品，确认质量后下单。',
  '对价格比较敏感，需要阶梯报价。',
  '年底有大批量采购计划。',
  '决策人是老板，采购经理负责初步筛选。',
  '',
];
const NOTES_EN = [
  'Asked for samples before the first order.',
  'Price-sensitive; wants tiered pricing.',
  'Plans a large order before year end.',
  'Owner decides; buyer shortlists suppliers.',
  '',
];
const METHODS = ['phone', 'visit', 'email', 'im', 'other'] as const;

const DAY = 86_400_000;

// Numbers are unique per card and slot (i, c), so no two generated cards share a phone by chance: a shared phone
// would make the archive merge them, as it should for real duplicates.
function cnMobile(r: ReturnType<typeof rng>, i: number, c: number): string {
  const n = String(i * 4 + c).padStart(8, '0');
  return `+86 1${r.pick(['3', '5', '8', '9'])}${r.int(10)} ${n.slice(0, 4)} ${n.slice(4)}`;
}
function usPhone(r: ReturnType<typeof rng>, i: number, c: number): string {
  const n = String(i * 4 + c).padStart(7, '0');
  return `+1 ${r.pick(['312', '713', '213', '415', '646', '206'])} ${n.slice(0, 3)} ${n.slice(3)}`;
}
function ascii(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * An id of newId's format (lib/card/ids.ts) for a record made at `ms`. An archive is filled by many pages and
 * workers over time: here each run of 256 cards stands for one of them (its context digits drawn from a seeded
 * stream of its own, so the card's other fields are the same as before ids took this shape), and a card, its
 * contacts and its follow-ups are told apart by the sequence digits.
 */
function benchId(ms: number, seed: number, i: number, salt: number): string {
  const block = Math.floor(i / 256);
  const r = rng(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + block);
  // The block number itself leads the context digits, so two blocks never share one.
  const tail = Array.from({ length: ID_CONTEXT_WIDTH - 3 }, () => r.int(36).toString(36)).join('');
  const context = block.toString(36).padStart(3, '0').slice(-3) + tail;
  return composeId(ms, context, (i % 256) * 16 + salt);
}

export interface GeneratedCard {
  card: Record<string, unknown> & { id: string; number: string; name: string };
  followUps: Record<string, unknown>[];
}

/**
 * Card `i` of a set of `total` (stable for a seed): about half Chinese, half English. An archive is filled over two
 * years a card at a time, so card i is captured at its share of that span (less up to a day): ids, minted at
 * capture, grow in the order cards are stored, as they do in a real archive (random-order ids made IndexedDB's
 * writes ~1.8× slower at 100,000 cards, which no real archive pays).
 */
export function generateCard(i: number, seed: number, now: number, total = 100_000): GeneratedCard {
  const r = rng(seed * 1_000_003 + i);
  const zh = r.next() < 0.55;
  r.int(730); // the draw the capture day once took, kept so every later field stays as it was
  const createdAt = now - 730 * DAY + Math.floor((Math.min(i, total) / Math.max(1, total)) * 730 * DAY) - r.int(DAY);
  const id = benchId(createdAt, seed, i, 0);
  const updatedAt = createdAt + r.int(Math.max(1, now - createdAt));
  const contacts = [];
  const nContacts = 1 + r.int(3);
  const word = zh ? r.pick(ZH_WORDS) : r.pick(EN_WORDS);
  const domain = `${ascii(zh ? `${r.pick(EN_WORDS)}${i}` : `${word}${i}`)}.example.com`;
  for (let c = 0; c < nContacts; c++) {
    const name = zh ? r.pick(ZH_SURNAMES) + r.pick(ZH_GIVEN) : `${r.pick(EN_FIRST)} ${r.pick(EN_LAST)}`;
    const local = zh ? `${['wang', 'li', 'zhang', 'liu', 'chen'][r.int(5)]}${r.int(1000)}` : ascii(name.split(' ')[0]);
    contacts.push({
      id: benchId(createdAt, seed, i, 1 + c),
      name,
      title: zh ? r.pick(ZH_TITLES) : r.pick(['Purchasing Manager', 'CEO', 'Sales Director', 'Buyer', 'Owner']),
      phones: [{ value: zh ? cnMobile(r, i, c) : usPhone(r, i, c) }],
      emails: [{ value: `${local}@${domain}` }],
      im: zh
        ? [
            {
              kind: r.pick(['wechat', 'qq'] as const),
              value: r.next() < 0.5 ? `wx_${local}_${i}` : String(100000000 + i * 10 + c),
            },
          ]
        : [],
      primary: c === 0,
    });
  }
  const city = zh ? r.pick(ZH_CITIES) : '';
  const place = zh ? null : r.pick(EN_PLACES);
  const name = zh
    ? `${city}${r.next() < 0.5 ? '市' : ''}${word}${r.pick(ZH_TRADES)}${r.pick(ZH_SUFFIX)}`
    : `${word} ${r.pick(EN_TRADES)} ${r.pick(EN_SUFFIX)}`;
  const site = zh ? r.pick(SITES_ZH) : r.pick(SITES_EN);
  const tags = r.next() < 0.6 ? [r.pick(TAGS), ...(r.next() < 0.3 ? [r.pick(TAGS)] : [])] : [];
  const person =
    r.next() < 0.15
      ? {
          birthday: `19${60 + r.int(40)}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`,
        }
      : {};
  const card = {
    id,
    number: `C-B${seed}-${String(i).padStart(6, '0')}`,
    kind: 'company',
    name,
    phones: [
      {
        value: zh ? `+86 ${r.pick(['755', '20', '769', '21', '571'])} ${String(10000000 + i)}` : usPhone(r, i, 3),
      },
    ],
    faxes: [],
    emails: [{ value: `${zh ? 'sales' : r.pick(['sales', 'info', 'orders'])}@${domain}` }],
    websites: [{ value: `https://www.${domain}/` }],
    im: [],
    platformIds: [],
    contacts,
    addresses: [
      zh
        ? {
            street: `${r.pick(['工业', '科技', '建设', '人民'])}路${1 + r.int(999)}号`,
            city,
            region: ZH_PROVINCES[city],
            country: 'CN',
            kind: 'office',
          }
        : {
            street: `${1 + r.int(9999)} ${r.pick(['Main', 'Oak', 'Harbor', 'Industrial'])} St`,
            city: place![0],
            region: place![1],
            country: place![2],
            kind: 'office',
          },
    ],
    company: { industry: zh ? r.pick(ZH_TRADES) : r.pick(EN_TRADES), mainProducts: [], certifications: [] },
    person,
    sources: [{ site, url: `https://${site}/company/${i}`, capturedAt: createdAt, extractor: 'adapter' }],
    classification: {
      grade: r.pick(GRADES),
      valueTier: r.pick(TIERS),
      lifecycle: r.pick(LIFE),
      stage: r.pick(STAGES),
      tags,
    },
    needs: {},
    business: { orders: [], credit: {} },
    complaints: [],
    notes: { text: zh ? r.pick(NOTES_ZH) : r.pick(NOTES_EN) },
    createdAt,
    updatedAt,
    rev: 0,
  };
  const followUps = [];
  const nFu = 2 + r.int(3);
  for (let f = 0; f < nFu; f++) {
    const date = createdAt + Math.floor(((f + 1) / (nFu + 1)) * (now - createdAt));
    const last = f === nFu - 1;
    const nextDate = date + (3 + r.int(20)) * DAY;
    followUps.push({
      id: benchId(date, seed, i, 8 + f),
      cardId: id,
      date,
      method: r.pick(METHODS),
      summary: zh
        ? r.pick(['电话沟通报价', '寄送样品', '确认需求', '发送方案', '催款'])
        : r.pick(['Called about the quote', 'Sent samples', 'Confirmed needs', 'Sent proposal']),
      ...(last ? { nextStep: zh ? '再次跟进' : 'Follow up again', nextDate } : {}),
      done: !last || r.next() < 0.5,
    });
  }
  return { card: card as GeneratedCard['card'], followUps };
}
