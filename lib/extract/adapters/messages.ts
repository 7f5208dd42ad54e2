import { defineMessages } from '../../i18n';
import type { PageType } from './kit/page';

// What the popup says about a site adapter: the site's name, the kind of page it recognised, and the note shown
// when an adapter's URL matched but the page's layout was not recognised (the generic layers were used instead).

type Key =
  `site.${string}` | `page.${PageType}` | 'notRecognised' | 'recognised' | 'maskedPhone' | 'listFound' | 'listCut';

const en = {
  'site.taobao-seller': 'Taobao / Tmall seller centre',
  'site.alibaba1688-order': '1688 seller orders',
  'site.jd-merchant': 'JD merchant back end',
  'site.pinduoduo-merchant': 'Pinduoduo merchant back end',
  'site.amazon-seller-central': 'Amazon Seller Central',
  'site.shopify-admin': 'Shopify admin',
  'site.ebay-seller-hub': 'eBay Seller Hub',
  'site.woocommerce-admin': 'WooCommerce admin',
  'site.alibaba-supplier': 'Alibaba.com supplier',
  'site.alibaba1688-company': '1688 company page',
  'site.made-in-china': 'Made-in-China.com',
  'site.global-sources': 'Global Sources',
  'site.hc360': 'HC360',
  'site.dhgate': 'DHgate store',
  'site.europages': 'Europages',
  'site.kompass': 'Kompass',
  'site.thomasnet': 'ThomasNet',
  'site.yellowpages': 'Yellow Pages',
  'site.order-page': "a shop's back end:",
  'page.order-detail': 'order details',
  'page.order-list': 'order list',
  'page.customer': 'customer',
  'page.supplier-profile': 'company profile',
  'page.contact': 'contact page',
  'page.search-results': 'search results',
  recognised: 'Read as {site} {page}.',
  notRecognised: 'This {site} page did not look as expected (the site may have changed); general reading was used.',
  maskedPhone: 'The phone number is masked by the site and kept as shown.',
  listFound: '{count} items found on this page.',
  listCut: 'Only the first {count} items were read.',
} satisfies Record<Key, string>;

export const adapterMessages = defineMessages<keyof typeof en>({
  en,
  zh: {
    'site.taobao-seller': '淘宝/天猫卖家中心',
    'site.alibaba1688-order': '1688 卖家订单',
    'site.jd-merchant': '京东商家后台',
    'site.pinduoduo-merchant': '拼多多商家后台',
    'site.amazon-seller-central': '亚马逊卖家平台',
    'site.shopify-admin': 'Shopify 后台',
    'site.ebay-seller-hub': 'eBay 卖家中心',
    'site.woocommerce-admin': 'WooCommerce 后台',
    'site.alibaba-supplier': '阿里巴巴国际站供应商',
    'site.alibaba1688-company': '1688 公司档案',
    'site.made-in-china': '中国制造网',
    'site.global-sources': '环球资源',
    'site.hc360': '慧聪网',
    'site.dhgate': '敦煌网店铺',
    'site.europages': 'Europages',
    'site.kompass': 'Kompass',
    'site.thomasnet': 'ThomasNet',
    'site.yellowpages': '美国黄页',
    'site.order-page': '网店后台',
    'page.order-detail': '订单详情',
    'page.order-list': '订单列表',
    'page.customer': '客户',
    'page.supplier-profile': '公司档案',
    'page.contact': '联系方式',
    'page.search-results': '搜索结果',
    recognised: '已按{site}{page}读取。',
    notRecognised: '此{site}页面与预期不同（网站可能已改版），已改用通用识别。',
    maskedPhone: '电话号码已被网站隐藏部分数字，按原样保存。',
    listFound: '本页找到 {count} 条。',
    listCut: '只读取了前 {count} 条。',
  },
});
