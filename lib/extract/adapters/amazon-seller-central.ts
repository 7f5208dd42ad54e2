import { defineSellerAdapter } from './kit/seller';

// Amazon Seller Central order details (orders-v3) and Manage Orders. The buyer is the "Ship to" block (name, then
// the address lines) and "Contact Buyer"; Amazon hides the real email behind a per-buyer relay address
// (…@marketplace.amazon.com), which is kept as the buyer's email.
export default defineSellerAdapter({
  id: 'amazon-seller-central',
  name: 'Amazon Seller Central',
  matches: [
    '*://sellercentral.amazon.com/orders-v3/*',
    '*://sellercentral.amazon.co.uk/orders-v3/*',
    '*://sellercentral.amazon.de/orders-v3/*',
    '*://sellercentral-europe.amazon.com/orders-v3/*',
    '*://sellercentral.amazon.ca/orders-v3/*',
  ],
  platform: 'amazon',
  country: 'US',
  currency: 'USD',
  addressStyle: 'western',
  pages: [
    {
      type: 'order-list',
      path: /orders-v3\/?(?:mfn|afn|\?|$)/,
      items: [
        'tr[data-test-id="order-row"]', // Manage Orders table row
        '[data-order-id]',
      ],
      labels: [['Order ID']],
    },
    {
      type: 'order-detail',
      path: /orders-v3\/order\//,
      labels: [['Order ID'], ['Ship to', 'Shipping address']],
    },
  ],
  buyer: {
    selectors: [
      '[data-test-id="shipping-section-buyer-address"]', // Ship to block
    ],
    headings: ['Ship to', 'Shipping address'],
  },
  fields: {
    orderNo: ['Order ID', 'Order #'],
    date: ['Purchase date', 'Order date'],
    amount: ['Grand total', 'Item total', 'Order total'],
    shipTo: ['Ship to', 'Shipping address'],
    name: ['Buyer name', 'Contact Buyer'],
    phone: ['Phone', 'Phone number'],
    email: ['Buyer email', 'Email'],
  },
  items: { columns: { name: ['Product name', 'Product'], qty: ['Quantity', 'Qty'], price: ['Unit price', 'Price'] } },
});
