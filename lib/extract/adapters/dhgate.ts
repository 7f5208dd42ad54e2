import { defineDirectoryAdapter } from './kit/directory';

// DHgate store pages (www.dhgate.com/store/<id> and its "About us" / store profile). DHgate hides sellers' phones
// and emails; what a store page shows is the store, its seller, location, opening year and main products.
export default defineDirectoryAdapter({
  id: 'dhgate',
  name: 'DHgate stores',
  matches: ['*://www.dhgate.com/store/*'],
  platform: 'dhgate',
  idFromUrl: /\/store\/(?:[a-z-]+\/)?(\d+)/,
  addressStyle: 'western',
  pages: [
    {
      type: 'supplier-profile',
      path: /^\/store\//,
      labels: [
        ['Store name', 'Seller', 'Store'],
        ['Location', 'Open since', 'Main Products'],
      ],
    },
  ],
  organization: ['[data-store-name]', 'h1'],
  fields: {
    organization: ['Store name'],
    contact: ['Seller', 'Contact'],
    address: ['Location'],
    founded: ['Open since', 'Opened'],
    mainProducts: ['Main Products', 'Main products'],
    businessType: ['Business Type', 'Seller type'],
  },
});
