import { defineDirectoryAdapter } from './kit/directory';

// Global Sources supplier pages (www.globalsources.com/<Supplier>/…): company profile / "About us" and contact
// details, and supplier search results. The supplier id is the number in the profile URL (`…_1234567890.htm`).
export default defineDirectoryAdapter({
  id: 'global-sources',
  name: 'Global Sources suppliers',
  matches: ['*://www.globalsources.com/*'],
  platform: 'globalsources',
  idFromUrl: /_(\d{6,})\.htm/,
  addressStyle: 'western',
  pages: [
    {
      type: 'search-results',
      path: /searchList\/suppliers|\/suppliers\?/i,
      items: ['[data-supplier-id]', 'li[data-supplier]'],
      labels: [['Main Products', 'Business Type']],
    },
    {
      type: 'contact',
      path: /contact/i,
      labels: [
        ['Contact Person', 'Contact'],
        ['Tel', 'Telephone', 'Phone'],
      ],
    },
    {
      type: 'supplier-profile',
      path: /company-profile|about-us|homepage/i,
      labels: [['Business Type'], ['Main Products']],
    },
  ],
  organization: ['[data-supplier-name]', 'h1', 'h2 a[href*="globalsources.com"]'],
  contactBlock: { headings: ['Contact Details', 'Contact Information'] },
  fields: {
    contact: ['Contact Person', 'Contact'],
    title: ['Job Title', 'Position'],
    phone: ['Tel', 'Telephone', 'Phone'],
    mobile: ['Mobile'],
    fax: ['Fax'],
    email: ['Email'],
    website: ['Website', 'Homepage'],
    address: ['Address', 'Office Address'],
    postcode: ['Zip', 'Postal Code'],
    businessType: ['Business Type'],
    mainProducts: ['Main Products', 'Key Products'],
    founded: ['Year Established', 'Year Founded'],
    staff: ['Total No. Employees', 'No. of Total Staff', 'Total Employees'],
    certifications: ['Company Certifications', 'Certifications'],
    ownership: ['Ownership Type', 'Ownership'],
  },
});
