import { defineSellerAdapter } from './kit/seller';

// Pinduoduo merchant back end (拼多多商家后台, mms.pinduoduo.com) order detail and order list. Pinduoduo shows no
// buyer account, only the consignee with a masked mobile; the order number (订单编号 like 260315-…) identifies it.
export default defineSellerAdapter({
  id: 'pinduoduo-merchant',
  name: 'Pinduoduo merchant back end (拼多多商家后台)',
  matches: ['*://mms.pinduoduo.com/*'],
  platform: 'pdd',
  country: 'CN',
  currency: 'CNY',
  addressStyle: 'cn',
  pages: [
    {
      type: 'order-list',
      path: /orders\/list/i,
      items: [
        '[data-order-sn]', // one row per order
        'tr[data-testid="order-row"]',
      ],
      labels: [['订单编号', '订单号']],
    },
    {
      type: 'order-detail',
      path: /orders\/detail/i,
      labels: [
        ['订单编号', '订单号'],
        ['收货人', '收件人'],
        ['收货地址', '详细地址'],
      ],
    },
  ],
  buyer: {
    selectors: [
      '[data-testid="receiver-info"]', // 收货信息 card
    ],
    headings: ['收货信息', '收货人信息'],
  },
  fields: {
    orderNo: ['订单编号', '订单号'],
    date: ['成交时间', '支付时间', '下单时间'],
    amount: ['商家实收', '实收金额', '用户实付'],
    platformId: ['买家ID', '用户ID'],
    name: ['收货人', '收件人'],
    phone: ['手机号', '联系电话', '手机号码'],
    address: ['收货地址', '详细地址'],
  },
  items: { columns: { name: ['商品', '商品名称'], qty: ['数量', '商品数量'], price: ['单价', '商品单价'] } },
});
