// The label vocabulary of contact blocks, English and Chinese, by the field each label introduces.

export type LabelKind =
  | 'phone'
  | 'mobile'
  | 'fax'
  | 'email'
  | 'person'
  | 'title'
  /** A label that is itself the person's title: "Managing Director: Dr. Markus Schäfer", "Owner: Jane Doe". */
  | 'role'
  | 'department'
  | 'org'
  | 'address'
  | 'postcode'
  | 'city'
  | 'region'
  | 'country'
  | 'qq'
  | 'wechat'
  | 'whatsapp'
  | 'skype'
  | 'wangwang'
  | 'telegram'
  | 'line'
  | 'website'
  | 'products'
  | 'businessType'
  | 'founded'
  | 'staff'
  | 'industry'
  | 'ownership'
  | 'creditCode'
  | 'registration'
  | 'hours';

export const VOCAB: [LabelKind, string[]][] = [
  [
    'fax',
    ['fax', 'facsimile', 'fax no', 'fax number', 'telefax', 'f', '传真', '传 真', '传真号码', 'télécopieur', 'téléc'],
  ],
  [
    'mobile',
    [
      'mobile',
      'mobile phone',
      'cell',
      'cell phone',
      'cellphone',
      'mob',
      'm',
      '手机',
      '手 机',
      '移动电话',
      '手机号码',
      'mobil',
      'handy',
      'cellulaire',
    ],
  ],
  [
    'phone',
    [
      'tel',
      'tel no',
      'telephone',
      'telephone number',
      'phone',
      'phone number',
      'ph',
      'call',
      'call us',
      'main',
      'office',
      'toll free',
      'toll-free',
      'hotline',
      't',
      'p',
      'direct',
      'voice',
      'reservations',
      'phone no',
      '电话',
      '电 话',
      '联系电话',
      '座机',
      '固话',
      '热线',
      '服务热线',
      '客服热线',
      '咨询热线',
      '全国热线',
      '销售热线',
      '办公电话',
      '总机',
      '联系方式',
      '免费热线',
      '订购热线',
      '售后电话',
      '400电话',
      // French and German (Canadian, Swiss, German and Austrian suppliers)
      'téléphone',
      'tél',
      'sans frais',
      'telefon',
    ],
  ],
  [
    'email',
    [
      'email',
      'e-mail',
      'e mail',
      'mail',
      'email address',
      'e',
      '邮箱',
      '邮 箱',
      '电子邮箱',
      '电子邮件',
      '邮件',
      'e-mail address',
      'courriel',
    ],
  ],
  [
    'person',
    [
      'contact person',
      'contact',
      'contact name',
      'attn',
      'attention',
      'name',
      '联系人',
      '联 系 人',
      '联系 人',
      '负责人',
      '姓名',
      '法人代表',
      '法定代表人',
      'ansprechpartner',
      'ansprechpartnerin',
    ],
  ],
  ['title', ['position', 'job title', 'title', 'designation', 'role', '职位', '职务', '职 位', '岗位']],
  [
    'role',
    [
      'managing director',
      'managing directors',
      'general manager',
      'owner',
      'owners',
      'proprietor',
      'president',
      'ceo',
      'chief executive',
      'founder',
      'geschäftsführer',
      'geschäftsführung',
      'inhaber',
    ],
  ],
  ['department', ['department', 'dept', '部门']],
  [
    'org',
    [
      'company',
      'company name',
      'organization',
      'organisation',
      'business name',
      'firm',
      '公司名称',
      '公司',
      '企业名称',
      '单位名称',
      '单位',
      '名称',
      '公司名',
    ],
  ],
  [
    'address',
    [
      'address',
      'addr',
      'add',
      'location',
      'office address',
      'mailing address',
      'street address',
      'headquarters',
      'visit us',
      'our address',
      'adresse',
      'anschrift',
      '地址',
      '地 址',
      '公司地址',
      '联系地址',
      '厂址',
      '办公地址',
      '通讯地址',
      '工厂地址',
    ],
  ],
  ['postcode', ['zip', 'zip code', 'zipcode', 'postcode', 'postal code', 'post code', '邮编', '邮 编', '邮政编码']],
  ['city', ['city', '城市', '所在城市']],
  ['region', ['state', 'province', '省份', '所在地区', '地区']],
  ['country', ['country', 'country/region', '国家', '国家/地区']],
  ['qq', ['qq', 'qq号', 'qq号码', '在线qq', '客服qq']],
  ['wechat', ['wechat', 'we chat', 'weixin', '微信', '微信号', 'wechat id']],
  ['whatsapp', ['whatsapp', 'whats app']],
  ['skype', ['skype', 'skype id']],
  ['wangwang', ['旺旺', '阿里旺旺', 'aliwangwang', 'wangwang', 'trademanager']],
  ['telegram', ['telegram']],
  ['line', ['line id']],
  [
    'website',
    [
      'website',
      'web',
      'web site',
      'url',
      'http',
      'homepage',
      'home page',
      'site',
      '网址',
      '网 址',
      '公司网址',
      '网站',
      '官网',
      '主页',
    ],
  ],
  [
    'products',
    [
      'main products',
      'main product',
      'products',
      'product range',
      '主营产品',
      '主营',
      '主要产品',
      '经营范围',
      '主营业务',
    ],
  ],
  ['businessType', ['business type', 'type of business', 'business model', '经营模式', '企业类型', '公司类型']],
  ['founded', ['year established', 'established', 'founded', 'since', '成立时间', '成立日期', '注册时间', '创立时间']],
  ['staff', ['number of employees', 'employees', 'staff', 'total employees', '员工人数', '企业规模', '公司规模']],
  ['industry', ['industry', '所属行业', '行业']],
  ['ownership', ['ownership', '企业性质', '公司性质']],
  ['creditCode', ['统一社会信用代码', '信用代码', 'unified social credit code']],
  [
    'registration',
    [
      'icp',
      'icp备案号',
      '备案号',
      '注册号',
      '营业执照',
      '工商注册号',
      '税号',
      'registration no',
      'reg no',
      'vat',
      'vat no',
      'ein',
      'license',
      'licence',
    ],
  ],
  ['hours', ['hours', 'opening hours', 'business hours', 'office hours', '营业时间', '工作时间']],
];
