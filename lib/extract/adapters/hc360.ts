import { defineDirectoryAdapter } from './kit/directory';

// HC360 慧聪网 company shops (<shop>.b2b.hc360.com: 公司介绍 shop/company.html, 联系方式 shop/show.html) and company
// search (s.hc360.com/company). The shop subdomain is the member id.
export default defineDirectoryAdapter({
  id: 'hc360',
  name: 'HC360 慧聪网',
  matches: ['*://*.b2b.hc360.com/*', '*://s.hc360.com/company*'],
  platform: 'hc360',
  idFromUrl: /^([\w-]+)\.b2b\.hc360\.com/,
  country: 'CN',
  addressStyle: 'cn',
  pages: [
    {
      type: 'search-results',
      path: /^\/company/,
      items: ['[data-company-id]', 'li[data-mid]'],
      labels: [['主营产品', '主营']],
    },
    { type: 'contact', path: /show|contact/, labels: [['联系人'], ['电话', '手机']] },
    {
      type: 'supplier-profile',
      path: /company|intro/,
      labels: [
        ['经营模式', '主营产品'],
        ['成立时间', '注册资本', '员工人数'],
      ],
    },
  ],
  organization: ['[data-role="company-name"]', 'h1', 'h3 a[href*="hc360.com"]'],
  contactBlock: { headings: ['联系方式', '联系我们'] },
  fields: {
    organization: ['公司名称'],
    contact: ['联系人'],
    title: ['职位', '职务'],
    phone: ['电话', '联系电话', '固定电话'],
    mobile: ['手机', '移动电话'],
    fax: ['传真'],
    email: ['邮箱', '电子邮件'],
    website: ['网址', '公司网址'],
    address: ['地址', '公司地址'],
    postcode: ['邮编'],
    businessType: ['经营模式', '企业类型'],
    mainProducts: ['主营产品', '主营'],
    founded: ['成立时间'],
    staff: ['员工人数'],
    industry: ['所属行业', '主营行业'],
    qq: ['QQ'],
  },
});
