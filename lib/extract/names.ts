// Does a piece of text look like a person's name or a job title? Used to keep labels such as "Contact | About"
// from inventing people.

const NAME_STOP =
  /\b(us|our|we|the|form|page|info|information|details|sales|support|service|services|department|team|office|company|inc|llc|ltd|corp|customer|home|about|news|email|phone|fax|address|click|here|map|directions|hours|more|online|today|now|request|quote|get|send|message|submit|menu|search|login|privacy|policy|terms|copyright|rights|reserved|welcome|contact|center|centre|group|hotel|restaurant|street|avenue|road|suite|floor|box|states|all|you|your|supplies|statistics|magazine|clinic|zoo|church|society|foundation|institute|university|college|school|association|products|solutions|systems|international|market|clear|welcome|welcomes|agent|agents|stats|director|manager|president|bank|insurance|realty|real estate|personnel|staff|management|leadership|executives|officers|key|board|directors|people|members|employees|questions|inquiries|enquiries|requests|reservations|orders|billing|careers|jobs|press|media|events|marketing|donations|factory|limited|gmbh|co|industries|industrial|manufacturing|enterprises|holdings|technology|technologies|trading|title|person|job|position|website|mobile|telephone|headquarters|hq|branch|branches|location|locations|offices|global|regional|division)\b/i;
const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof|sir)\.?\s+/i;

// The commonest Chinese surnames (about 90% of people): a bare 2–4 character word is a name only when it starts
// with one, so menu items such as 组织架构 or 联系我们 are not taken for people.
const ZH_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND_SURNAMES = /^(欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|尉迟|公孙|夏侯|端木|长孙|宇文|司徒|南宫)/u;

export function looksLikeZhName(t: string): boolean {
  if (/^\p{Script=Han}{1,2}(先生|女士|小姐|经理|总|工)$/u.test(t))
    return ZH_SURNAMES.includes(t[0]) || COMPOUND_SURNAMES.test(t);
  if (!/^\p{Script=Han}{2,4}$/u.test(t)) return false;
  return COMPOUND_SURNAMES.test(t) || (ZH_SURNAMES.includes(t[0]) && t.length <= 3);
}

export function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 60 || /\d|@|https?:/.test(t)) return false;
  if (/^\p{Script=Han}+$/u.test(t)) return looksLikeZhName(t);
  const words = t.replace(HONORIFIC, '').split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  if (NAME_STOP.test(t)) return false;
  return (
    words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|[A-Z]\.|de|van|von|da|del|la|le|di|bin)$/u.test(w)) && words.length >= 2
  );
}

export const TITLE_WORDS =
  /\b(president|vice president|vp|ceo|cfo|coo|cto|cmo|chief|officer|director|manager|owner|founder|co-founder|partner|principal|chair(?:man|woman|person)?|secretary|treasurer|coordinator|administrator|assistant|associate|executive|supervisor|superintendent|broker|representative|specialist|consultant|engineer|editor|attorney|counsel|accountant|pastor|chef|sommelier|curator|dean|professor|clerk|receptionist|publisher|proprietor|realtor|general manager|esq|controller|comptroller|buyer|merchandiser|head of|directeur|directrice|gérant|gérante|responsable|représentant|représentante|conseiller|conseillère|geschäftsführer|geschäftsführerin|leiter|leiterin|vertrieb|vertriebsleiter|einkauf|inhaber|inhaberin|prokurist)(?![\p{L}])/iu;
export const ZH_TITLE =
  /(总经理|经理|总监|董事长|董事|主管|主任|厂长|部长|销售|业务员|业务|客服|总裁|副总|会计|财务|采购|工程师|技术|商务|外贸)/u;

export function looksLikeTitle(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 80 || /\d{3,}|@/.test(t)) return false;
  return TITLE_WORDS.test(t) || ZH_TITLE.test(t);
}
