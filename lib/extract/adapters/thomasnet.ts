import { defineDirectoryAdapter } from './kit/directory';

// ThomasNet supplier profiles (www.thomasnet.com/company/<slug>-<id>/profile) and supplier search results
// (/suppliers/… , /nsearch.html). The ThomasNet id is the number at the end of the company slug.
export default defineDirectoryAdapter({
  id: 'thomasnet',
  name: 'ThomasNet',
  matches: ['*://www.thomasnet.com/*'],
  platform: 'thomasnet',
  idFromUrl: /\/company\/[\w-]*?-(\d+)\//,
  country: 'US',
  addressStyle: 'western',
  pages: [
    {
      type: 'search-results',
      path: /^\/suppliers\/|nsearch/,
      items: ['[data-testid="supplier-search-result"]', '[data-supplier-id]'],
      labels: [['Company Type', 'Primary Company Type', 'Annual Sales', 'Year Founded']],
    },
    {
      type: 'supplier-profile',
      path: /^\/company\//,
      labels: [
        ['Primary Company Type', 'Company Type'],
        ['Year Founded', 'Number of Employees', 'Annual Sales'],
      ],
    },
  ],
  organization: ['[data-testid="company-name"]', 'h1', 'h2 a[href*="/company/"]'],
  contactBlock: { headings: ['Contact Information', 'Key Personnel'] },
  hooks: { address: ['address', '[itemprop="address"]'], website: ['a[data-testid="website-link"]'] },
  fields: {
    contact: ['President', 'Owner', 'CEO', 'General Manager', 'Contact'],
    title: ['Title'],
    phone: ['Phone', 'Telephone'],
    fax: ['Fax'],
    website: ['Website'],
    address: ['Address', 'Location'],
    businessType: ['Primary Company Type', 'Company Type'],
    mainProducts: ['Product & Services', 'Products & Services', 'Products'],
    founded: ['Year Founded'],
    staff: ['Number of Employees', 'Employees'],
    certifications: ['Certifications', 'Quality Certifications', 'Quality'],
    ownership: ['Ownership', 'Diversity'],
  },
});
