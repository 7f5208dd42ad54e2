import { defineSellerAdapter } from './kit/seller';

// 1688 seller order detail (卖家 > 已卖出的货品 > 订单详情) and the sold-order list. The page shows the buyer's
// company and member name (买家会员名, a Wangwang handle) in 买家信息 and the consignee in 收货信息; the seller's
// own details sit in a separate 卖家信息 block that must not be mistaken for the buyer.
export default defineSellerAdapter({
  id: 'alibaba1688-order',
  name: '1688 seller orders (1688 卖家订单)',
  matches: ['*://trade.1688.com/order/*', '*://work.1688.com/*trade*'],
  platform: '1688',
  country: 'CN',
  currency: 'CNY',
  addressStyle: 'cn',
  idIsIm: 'wangwang',
  pages: [
    {
      type: 'order-list',
      path: /seller_order_list|order_list|sold/i,
      items: [
        '[data-order-id]', // current list: one block per order
        'tbody[data-id]', // older table list
      ],
      labels: [['订单号', '订单编号']],
    },
    {
      type: 'order-detail',
      path: /detail/i,
      labels: [
        ['订单号', '订单编号'],
        ['收货人', '收货地址'],
        ['买家会员名', '买家'],
      ],
    },
  ],
  buyer: {
    selectors: [
      '[data-section="buyer"]', // buyer card hook
      'section[aria-label="收货信息"]',
    ],
    headings: ['收货信息', '买家信息'],
  },
  fields: {
    orderNo: ['订单号', '订单编号'],
    date: ['下单时间', '创建时间'],
    amount: ['实付款', '订单总额', '应付款'],
    platformId: ['买家会员名', '买家旺旺', '买家'],
    name: ['收货人', '联系人'],
    phone: ['手机', '手机号码', '联系电话', '电话'],
    address: ['收货地址', '详细地址'],
  },
  items: { columns: { name: ['货品', '货品名称', '商品'], qty: ['数量'], price: ['单价', '单价(元)'] } },
});
