import { defineSellerAdapter } from './kit/seller';

// eBay Seller Hub order details (/sh/ord/details) and the orders list. The buyer's eBay username is the dedupe
// key `ebay:<username>`; "Ship to" holds the name, address lines and, when the buyer gave one, a phone.
export default defineSellerAdapter({
  id: 'ebay-seller-hub',
  name: 'eBay Seller Hub',
  matches: ['*://www.ebay.com/sh/ord*', '*://www.ebay.co.uk/sh/ord*', '*://www.ebay.de/sh/ord*'],
  platform: 'ebay',
  country: 'US',
  currency: 'USD',
  addressStyle: 'western',
  pages: [
    {
      type: 'order-list',
      path: /\/sh\/ord\/?(?:\?|$)/,
      items: ['tr[data-order-id]', '[data-testid="order-row"]'],
      labels: [['Order number']],
    },
    {
      type: 'order-detail',
      path: /\/sh\/ord\/details/,
      labels: [
        ['Order number', 'Order no.'],
        ['Ship to', 'Shipping address'],
      ],
    },
  ],
  buyer: {
    selectors: ['[data-testid="buyer-info"]', 'section[aria-label="Buyer"]'],
    headings: ['Buyer', 'Buyer information'],
  },
  fields: {
    orderNo: ['Order number', 'Order no.'],
    date: ['Date sold', 'Sold', 'Order date'],
    amount: ['Order total', 'Total'],
    platformId: ['Username', 'Buyer username', 'User ID'],
    name: ['Name', 'Buyer name'],
    email: ['Email'],
    shipTo: ['Ship to', 'Shipping address'],
    phone: ['Phone'],
  },
  items: { columns: { name: ['Item', 'Item title'], qty: ['Quantity', 'Qty'], price: ['Price', 'Item price'] } },
});
