import { defineSellerAdapter } from './kit/seller';

// Shopify admin: an order (`/orders/123`) and a customer (`/customers/456`), on admin.shopify.com/store/<shop>/ or
// the legacy <shop>.myshopify.com/admin/. The customer id in the URL (or the order's customer link) is the
// dedupe key `shopify:<id>`. Shopify shows the order number without a label, as the page title "#1001".
export default defineSellerAdapter({
  id: 'shopify-admin',
  name: 'Shopify admin',
  matches: ['*://admin.shopify.com/store/*', '*://*.myshopify.com/admin/*'],
  platform: 'shopify',
  country: 'US',
  addressStyle: 'western',
  pages: [
    {
      type: 'order-list',
      path: /\/orders\/?(?:\?|$)/,
      items: ['tr[data-order-id]', '[data-resource-type="order"]'],
      labels: [['Order']],
    },
    { type: 'order-detail', path: /\/orders\/\d+/, labels: [['Customer'], ['Shipping address']] },
    { type: 'customer', path: /\/customers\/\d+/, labels: [['Contact information'], ['Default address']] },
  ],
  buyer: {
    selectors: [
      '[data-section="customer"]', // Customer card on an order / the customer page itself
      'section[aria-label="Customer"]',
    ],
    headings: ['Customer'],
  },
  fields: {
    orderNo: ['Order number', 'Order'],
    date: ['Date'],
    amount: ['Total', 'Paid by customer'],
    name: ['Customer name', 'Customer'],
    email: ['Email', 'Contact information'],
    phone: ['Phone'],
    shipTo: ['Shipping address', 'Default address'],
  },
  idFromUrl: /\/customers\/(\d+)/,
  idFromLink: /\/customers\/(\d+)/,
  orderNoFrom: [
    'h1[data-order-name]', // title hook
    'main h1', // "#1001"
  ],
  nameFrom: [
    'a[href*="/customers/"]', // the customer's name links to their page
    'main h1', // a customer page's title is the name
  ],
  dateFrom: ['[data-order-date]', 'main h1 ~ p', 'main header time'],
  items: { columns: { name: ['Product'], qty: ['Quantity'], price: ['Price'] } },
});
