import { defineSellerAdapter } from './kit/seller';

// Taobao / Tmall seller centre (千牛 / 卖家中心): sold-order detail and the sold-items list. The buyer is the
// 买家 (nick, an Aliwangwang handle) and the 收货信息 block, which Taobao writes as one line "name，phone，address，
// postcode"; the phone is masked (138****5678) unless the seller clicked 查看, and is kept as shown.
export default defineSellerAdapter({
  id: 'taobao-seller',
  name: 'Taobao / Tmall seller centre (千牛)',
  matches: [
    '*://trade.taobao.com/trade/*',
    '*://trade.tmall.com/*',
    '*://myseller.taobao.com/*',
    '*://qn.taobao.com/*',
  ],
  platform: 'taobao',
  country: 'CN',
  currency: 'CNY',
  addressStyle: 'cn',
  idIsIm: 'wangwang',
  pages: [
    {
      type: 'order-list',
      path: /list_sold_items|\/sold\b|trade-platform\/tp\/sold/,
      items: [
        '[data-biz-order-id]', // 2023+ React list: one block per order
        'tbody[data-orderid]', // classic table list
      ],
      labels: [['订单号', '订单编号']],
    },
    {
      type: 'order-detail',
      path: /detail|orderDetail/i,
      labels: [
        ['订单编号', '订单号'],
        ['收货地址', '收货信息', '收货人'],
      ],
    },
  ],
  buyer: {
    selectors: [
      '[data-section="buyer"]', // new seller centre
      'section[aria-label="收货信息"]',
    ],
    headings: ['收货信息', '买家信息'],
  },
  fields: {
    orderNo: ['订单编号', '订单号'],
    date: ['成交时间', '下单时间', '创建时间'],
    amount: ['实收款', '实付款', '买家实付'],
    platformId: ['买家', '买家昵称', '买家旺旺'],
    name: ['收货人'],
    phone: ['联系电话', '手机号码', '手机'],
    consignee: ['收货地址', '收货信息'],
  },
  items: {
    columns: { name: ['宝贝', '商品'], qty: ['数量'], price: ['单价'] },
    rows: ['[data-item-id]'],
    name: ['[data-role="item-title"]', 'a[href*="item.htm"]'],
    qty: ['[data-role="item-quantity"]'],
    price: ['[data-role="item-price"]'],
  },
});
