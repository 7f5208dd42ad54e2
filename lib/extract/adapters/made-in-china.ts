import { defineDirectoryAdapter } from './kit/directory';

// Made-in-China.com supplier minisites (<company>.en.made-in-china.com): company profile and contact info, and
// the supplier search results on www.made-in-china.com.
export default defineDirectoryAdapter({
  id: 'made-in-china',
  name: 'Made-in-China.com suppliers',
  matches: [
    '*://*.en.made-in-china.com/*',
    '*://www.made-in-china.com/companysearch*',
    '*://www.made-in-china.com/company-search/*',
  ],
  platform: 'made-in-china',
  idFromUrl: /^([\w-]+)\.en\.made-in-china\.com/,
  addressStyle: 'western',
  pages: [
    {
      type: 'search-results',
      path: /companysearch|company-search/,
      items: ['[data-company-id]', '[itemtype$="Organization"]'],
      labels: [['Main Products', 'Business Type']],
    },
    { type: 'contact', path: /contact/, labels: [['Telephone', 'Mobile Phone'], ['Address']] },
    { type: 'supplier-profile', path: /company-|profile|\/$/, labels: [['Business Type'], ['Main Products']] },
  ],
  organization: ['[itemprop="name"]', 'h1', 'h2 a[href*=".en.made-in-china.com"]'],
  contactBlock: { headings: ['Contact Supplier', 'Contact Info', 'Contact Information'] },
  fields: {
    contact: ['Contact Person', 'Contact'],
    title: ['Job Title', 'Position'],
    phone: ['Telephone', 'Tel', 'Phone'],
    mobile: ['Mobile Phone', 'Mobile'],
    fax: ['Fax'],
    website: ['Website', 'Showroom'],
    address: ['Address'],
    postcode: ['Zip Code', 'Zip'],
    businessType: ['Business Type'],
    mainProducts: ['Main Products'],
    founded: ['Year of Establishment', 'Year Established'],
    staff: ['Number of Employees', 'Employees'],
    certifications: ['Management System Certification', 'Certifications'],
    ownership: ['Ownership'],
  },
});
