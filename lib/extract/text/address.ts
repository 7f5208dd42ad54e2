import type { CountryCode } from 'libphonenumber-js';
import type { DraftAddress } from '../types';

// Addresses split into street / city / region / postcode / country for US, Canadian, UK and Chinese formats.
// Every pattern is anchored on something definite (a state and ZIP, a postcode, 省/市/区) and has bounded
// repetition only.

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const CA_PROV = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
const STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Nova Scotia|Saskatchewan|New Brunswick';
const ABBR =
  'Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo';

/**
 * "City, ST 12345" (also full state names, Canadian "City, ON K1A 0B1" and Canada Post's French "Montréal (Québec)
 * H2X 3J6"). Groups: city, state, postcode.
 */
export const CITY_STATE_ZIP = new RegExp(
  `(?:^|[,\\s|•·])((?:[A-ZÀ-Ý][A-Za-zÀ-ÿ.'’-]{1,20}\\s){0,3}[A-ZÀ-Ý][A-Za-zÀ-ÿ.'’-]{1,20})\\s{0,2},?\\s{0,2}\\(?(${US_STATES}|${CA_PROV}|${STATE_NAMES}|D\\.\\s?C|(?:${ABBR})\\.?)\\)?\\.?,?\\s{1,3}(\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)(?![\\dA-Za-z])`,
);
export const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/;
const STREET_LINE =
  /^(?:\d{1,6}[A-Za-z]?(?:-\d{1,5})?,?\s+|(?:P\.?\s?O\.?\s+Box|One|Two)\s+)[\p{L}\d.'’#&,()/\s-]{2,80}$/iu;
/** "59811 Wallowa Lake Hwy, Joseph, OR" (or "… Avenue - Miami Beach, FL"): street, city and state without a ZIP. */
export const STREET_CITY_STATE = new RegExp(
  `^(\\d{1,6}\\s[^,–—]{3,60}?)(?:,|\\s[-–—])\\s{0,2}([A-Z][A-Za-z.' -]{1,30}),\\s{0,2}(${US_STATES}|${CA_PROV})\\.?$`,
);
/** A line that is a Canadian or UK postcode, maybe after its county/province ("HAMPSHIRE. GU32 3QF"). */
export const POSTCODE_ONLY =
  /^(?:([A-Za-z][A-Za-z .'-]{1,30}?)[.,]?\s{1,3})?([A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$/;
export const STREET_WORD =
  /\b(street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|parkway|pkwy|highway|hwy|suite|ste|floor|fl|plaza|square|sq|circle|cir|terrace|ter|trail|trl|pike|route|rte|broadway|row|box|center|centre|building|bldg|rue|chemin|bureau)\b\.?/i;
const COUNTRY_TAIL =
  /[,\s]*(USA|U\.S\.A\.|U\.S\.|United States(?: of America)?|Canada|United Kingdom|UK|England)\.?\s*$/i;
const ZH_ADDR =
  /(\p{Script=Han}{2,7}(?:省|自治区))?(\p{Script=Han}{1,7}?(?:市|自治州|地区|盟))?(\p{Script=Han}{1,7}?(?:区|县|旗))?/u;

export function looksLikeStreet(s: string): boolean {
  const t = s.trim();
  return t.length <= 90 && STREET_LINE.test(t) && (STREET_WORD.test(t) || /^\d{2,6}\s+\p{Lu}/u.test(t));
}

// Provinces and municipalities are often written without 省/市 ("湖北武汉市…", "天津北辰区…").
const ZH_BARE_PROVINCE =
  /^(河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆)(?![省市区县路街道自壮回维])/u;
const ZH_BARE_MUNICIPALITY = /^(北京|上海|天津|重庆)(?![市路街道])/u;

function zhAddress(raw: string): DraftAddress {
  const t = raw.replace(/^\s*(中国|中华人民共和国)\s*/, '').trim();
  const a: DraftAddress = { street: t.slice(0, 200), country: 'CN' };
  const bareProvince = t.match(ZH_BARE_PROVINCE)?.[1];
  const bareCity = t.match(ZH_BARE_MUNICIPALITY)?.[1];
  const rest = bareProvince || bareCity ? t.slice((bareProvince || bareCity)!.length) : t;
  const m = rest.match(ZH_ADDR);
  if (bareProvince) a.region = bareProvince;
  if (bareCity) a.city = a.region = bareCity;
  if (m) {
    if (m[1] && !a.region) a.region = m[1];
    if (m[2] && !a.city) a.city = m[2];
    if (m[3]) a.district = m[3];
    if (!a.region && a.city && /^(北京|上海|天津|重庆)市$/.test(a.city)) a.region = a.city;
  }
  // The street is what follows the province, city and district taken above (the card shows those in their own
  // fields, as site adapters read them); the address as written stays in `raw`.
  const head = (bareProvince || bareCity || '').length + (m?.[0].length ?? 0);
  const street = t.slice(head).replace(/^[\s,，、]+/, '');
  if (street && head) {
    a.raw = t.slice(0, 200);
    a.street = street.slice(0, 200);
  }
  const pc = raw.match(/(?:邮编|邮政编码)[:：]?\s*(\d{6})/);
  if (pc) {
    a.postcode = pc[1];
    a.street = a.street!.replace(/[\s,，(（]*(?:邮编|邮政编码)[:：]?\s*\d{6}[)）]?/, '');
  }
  // A label cut the line ("…3 幢，邮编 201100" read as two fields): no separator is left at the end.
  a.street = a.street!.replace(/[\s,，、;；。]+$/, '').trim();
  return a;
}

/**
 * One address written on a line (or a line and the next one): "1723 North Halsted, Chicago, IL 60614",
 * "3 Charlotte Road, London EC2A 3PE", "四川省成都市新都区蓉都大道南四段199号".
 */
export function parseAddress(raw: string, region: CountryCode, next = ''): DraftAddress | null {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, 300);
  if (text.length < 4) return null;
  if (/\p{Script=Han}/u.test(text) && /(省|市|区|县|路|街|道|号|镇|村|楼|室)/u.test(text)) return zhAddress(text);
  const m = text.match(CITY_STATE_ZIP);
  if (!m && next && looksLikeStreet(text)) {
    const n = next.match(CITY_STATE_ZIP);
    if (n && n.index! < 3) {
      const { moved, ...cs } = cityState(n);
      return {
        street: [text.replace(/[,\s]+$/, ''), moved].filter(Boolean).join(' '),
        ...cs,
        country: countryOf(next),
      };
    }
  }
  if (m) {
    const before = text.slice(0, m.index! + (m[0].length - m[0].trimStart().length)).replace(/[,\s|•·]+$/, '');
    const { moved, ...cs } = cityState(m);
    const street = [withoutAddressee(before.split(/\s*[|•·]\s*/).pop() || ''), moved].filter(Boolean).join(' ');
    return { street: street || undefined, ...cs, country: countryOf(text) };
  }
  const uk = text.match(UK_POSTCODE);
  if (uk && (region === 'GB' || /\b(UK|United Kingdom|England|London)\b/.test(text))) {
    const parts = withoutAddressee(text.slice(0, uk.index).trim())
      .split(/\s*,\s*/)
      .filter(Boolean);
    const city = parts.length > 1 ? parts.pop() : undefined;
    return { street: parts.join(', ') || undefined, city, postcode: uk[1], country: 'GB' };
  }
  if (looksLikeStreet(text)) return { street: text.replace(COUNTRY_TAIL, '').replace(/[,\s]+$/, '') };
  // "No. 88 Jiangnan Road, Hi-Tech Zone, Ningbo, Zhejiang, China": street…, city, province, country.
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  if (parts.length >= 4 && /^(China|P\.?\s?R\.?\s?China|PRC)$/i.test(parts[parts.length - 1])) {
    const [city, province] = parts.slice(-3, -1);
    return { street: parts.slice(0, -3).join(', '), city, region: province, country: 'CN' };
  }
  return null;
}

// A building's name is part of its address ("Riverside House, 12 High Street"); a firm's is not.
const BUILDING =
  /\b(?:house|building|bldg|court|centre|center|park|estate|works|mill|tower|chambers|hall|lodge|farm|unit|suite|floor|plaza|square|place|mall|arcade|wharf|yard|barn)\b/i;

/**
 * "Marlow & Reed Architects, 12 High Street": a name without a number or a street or building word, before a part
 * that starts with a house number, is the addressee written on the address line, not the street.
 */
function withoutAddressee(street: string): string {
  const parts = street.split(/\s*,\s*/);
  let k = 0;
  while (k < parts.length - 1 && !/\d/.test(parts[k]) && !STREET_WORD.test(parts[k]) && !BUILDING.test(parts[k])) k++;
  return k > 0 && /^\d/.test(parts[k]) ? parts.slice(k).join(', ') : street;
}

/** A labelled address that no pattern could split is still kept, as written. */
export function parseLabelledAddress(raw: string, region: CountryCode, next = ''): DraftAddress | null {
  const a = parseAddress(raw, region, next);
  if (a) return a;
  const t = raw.replace(/\s+/g, ' ').trim();
  return t.length >= 6 && t.length <= 200 && /\d|\p{Script=Han}/u.test(t) ? { raw: t } : null;
}

const DIRECTION = /^(N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?$/;

/** City, region, postcode of a match; words the city pattern took from the street ("Circle SE Leesburg") go back. */
function cityState(m: RegExpMatchArray) {
  const words = m[1].trim().split(/\s+/);
  let cut = 0;
  const exact = new RegExp(`^${STREET_WORD.source}$`, 'i');
  words.forEach((w, i) => {
    if (exact.test(w)) cut = i + 1;
  });
  // "Circle SE Leesburg": a direction right after the street word belongs to the street ("North Las Vegas" keeps it).
  while (cut > 0 && cut < words.length - 1 && DIRECTION.test(words[cut])) cut++;
  // "…Avenue, N.W. Washington": an abbreviated direction opening the city is the street's quadrant.
  while (cut < words.length - 1 && /^[NS]\.?\s?[EW]\.?$/.test(words[cut])) cut++;
  if (cut >= words.length) cut = words.length - 1;
  return {
    moved: words.slice(0, cut).join(' '),
    city: words.slice(cut).join(' '),
    region: m[2].replace(/\.$/, ''),
    postcode: m[3],
  };
}

function countryOf(t: string): string | undefined {
  const c = t.match(COUNTRY_TAIL);
  if (c) return /canada/i.test(c[1]) ? 'CA' : /uk|kingdom|england/i.test(c[1]) ? 'GB' : 'US';
  return undefined;
}
