import { defineDirectoryAdapter } from './kit/directory';

// Kompass company pages (www.kompass.com/c/<name>/<id>/) and company search results. The Kompass id (such as
// fr123456) is the last path part of a company page.
export default defineDirectoryAdapter({
  id: 'kompass',
  name: 'Kompass',
  matches: ['*://www.kompass.com/*', '*://*.kompass.com/*'],
  platform: 'kompass',
  idFromUrl: /\/c\/[^/]+\/([\w-]+)\/?$/,
  addressStyle: 'western',
  pages: [
    {
      type: 'search-results',
      path: /searchCompanies|\/a\/|\/s\//,
      items: ['[data-company-id]', 'div[id^="company-"]'],
      labels: [['Activities', 'Activity', 'Type of company']],
    },
    {
      type: 'supplier-profile',
      path: /^\/c\//,
      labels: [
        ['Year established', 'Legal form', 'Type of company'],
        ['Address', 'Activities', 'Activity'],
      ],
    },
  ],
  organization: ['[itemprop="name"]', 'h1', 'h2 a[href*="/c/"]'],
  contactBlock: { headings: ['Contact details', 'Contact'] },
  hooks: { address: ['[itemprop="address"]', 'address'] },
  fields: {
    contact: ['Executives', 'Manager', 'Contact'],
    title: ['Function', 'Position'],
    phone: ['Phone', 'Telephone', 'Tel'],
    fax: ['Fax'],
    website: ['Website'],
    address: ['Address'],
    businessType: ['Type of company', 'Activities', 'Activity'],
    mainProducts: ['Products & services', 'Products and services'],
    founded: ['Year established', 'Year of establishment'],
    staff: ['Employees at this address', 'Number of employees', 'Employees'],
    ownership: ['Legal form'],
    industry: ['Industry', 'Main sector'],
    certifications: ['Certifications'],
  },
});
