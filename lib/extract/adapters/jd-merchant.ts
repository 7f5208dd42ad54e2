import { defineSellerAdapter } from './kit/seller';

// JD merchant back end (京东商家后台 / 京麦) order detail and order list. The buyer's account (用户账号, the JD
// "pin") is the dedupe key; the consignee's mobile is masked unless the merchant decrypts it, and stays as shown.
export default defineSellerAdapter({
  id: 'jd-merchant',
  name: 'JD merchant back end (京东商家后台)',
  matches: ['*://shop.jd.com/*', '*://porder.shop.jd.com/*'],
  platform: 'jd',
  country: 'CN',
  currency: 'CNY',
  addressStyle: 'cn',
  pages: [
    {
      type: 'order-list',
      path: /order-list|orderList|\/list/i,
      items: [
        '[data-order-id]', // order card hook
        'tr[data-orderid]', // legacy table row
      ],
      labels: [['订单编号', '订单号']],
    },
    {
      type: 'order-detail',
      path: /detail/i,
      labels: [
        ['订单编号', '订单号'],
        ['收货地址', '客户地址'],
        ['收货人', '客户姓名'],
      ],
    },
  ],
  buyer: {
    selectors: [
      '[data-section="consignee"]', // 收货人信息 card
      'section[aria-label="收货人信息"]',
    ],
    headings: ['收货人信息', '客户信息'],
  },
  fields: {
    orderNo: ['订单编号', '订单号'],
    date: ['下单时间', '订单创建时间'],
    amount: ['应付总额', '订单金额', '实付金额'],
    platformId: ['用户账号', '买家账号', '下单账号'],
    name: ['收货人', '客户姓名'],
    phone: ['手机号码', '联系电话', '手机'],
    address: ['收货地址', '客户地址'],
  },
  items: { columns: { name: ['商品名称', '商品'], qty: ['数量', '商品数量'], price: ['京东价', '单价'] } },
});
