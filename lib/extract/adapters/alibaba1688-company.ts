import { defineDirectoryAdapter } from './kit/directory';

// 1688 company pages of a supplier shop (<shop>.1688.com): 公司档案 (page/creditdetail.htm) and 联系方式
// (page/contactinfo.htm), and 1688 company search (s.1688.com/company). The shop subdomain is the member id.
export default defineDirectoryAdapter({
  id: 'alibaba1688-company',
  name: '1688 company pages (1688 公司档案 / 联系方式)',
  matches: ['*://*.1688.com/page/*', '*://s.1688.com/company/*'],
  platform: '1688',
  idFromUrl: /^([\w-]+)\.1688\.com\//,
  country: 'CN',
  addressStyle: 'cn',
  pages: [
    {
      type: 'search-results',
      path: /^\/company\//,
      items: ['[data-company-id]', 'li[data-offer-company]'],
      labels: [['主营', '主营产品', '经营模式']],
    },
    { type: 'contact', path: /contactinfo/, labels: [['联系人'], ['电话', '移动电话', '手机']] },
    {
      type: 'supplier-profile',
      path: /creditdetail|companyinfo/,
      labels: [
        ['经营模式', '主营产品'],
        ['成立时间', '注册资本'],
      ],
    },
  ],
  organization: [
    '[data-role="company-name"]', // shop header
    'h1',
    'a[title][href*=".1688.com"]', // search result title link
  ],
  contactBlock: { headings: ['联系方式', '联系信息'] },
  fields: {
    organization: ['公司名称', '企业名称'],
    contact: ['联系人'],
    title: ['职位', '职务'],
    phone: ['电话', '固定电话', '联系电话'],
    mobile: ['移动电话', '手机'],
    fax: ['传真'],
    email: ['邮箱', '电子邮箱'],
    website: ['公司主页', '网址'],
    address: ['地址', '公司地址', '经营地址'],
    postcode: ['邮编', '邮政编码'],
    businessType: ['经营模式'],
    mainProducts: ['主营产品', '主营'],
    founded: ['成立时间', '成立日期'],
    staff: ['员工人数', '企业规模'],
    industry: ['主营行业', '所属行业'],
    ownership: ['企业类型', '公司类型'],
    creditCode: ['统一社会信用代码'],
    certifications: ['认证信息', '管理体系认证'],
    wangwang: ['旺旺', '阿里旺旺'],
  },
});
