import { defineDirectoryAdapter } from './kit/directory';

// YP.com / Yellow Pages business pages (www.yellowpages.com/<city-st>/mip/<slug>-<id>) and search results. Result
// cards mark phone and address with hCard classes (tel, adr, street-address, locality), which are semantic hooks;
// their category links carry only a presentational class, so categories are read on business pages only.
export default defineDirectoryAdapter({
  id: 'yellowpages',
  name: 'Yellow Pages (yellowpages.com)',
  matches: ['*://www.yellowpages.com/*'],
  platform: 'yp',
  idFromUrl: /\/mip\/[\w-]*?-(\d+)(?:\?|$)/,
  country: 'US',
  addressStyle: 'western',
  pages: [
    {
      type: 'search-results',
      path: /^\/search\?|^\/[\w-]+\/[\w-]+$/,
      items: ['[data-ypid]', 'div[id^="lid-"]'],
      labels: [['Phone', 'Categories', 'Website']],
    },
    { type: 'supplier-profile', path: /\/mip\//, labels: [['Phone'], ['Address', 'General Info', 'Categories']] },
  ],
  organization: ['[itemprop="name"]', 'h1', 'h2 a[href*="/mip/"]'],
  hooks: {
    phone: ['[itemprop="telephone"]', '.tel'],
    address: ['[itemprop="address"]', '.adr'],
    website: ['a[data-analytics*="website"]', 'a[rel~="nofollow"][href^="http"]'],
  },
  fields: {
    phone: ['Phone'],
    email: ['Email', 'Email Business'],
    website: ['Website'],
    address: ['Address'],
    industry: ['Categories'],
    founded: ['Year Established', 'Years in Business'],
    contact: ['Owner', 'Contact'],
  },
});
