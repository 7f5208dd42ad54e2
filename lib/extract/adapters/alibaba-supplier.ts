import { defineDirectoryAdapter } from './kit/directory';

// Alibaba.com supplier minisites (<company>.en.alibaba.com): company profile and contact page, and supplier search
// results on www.alibaba.com. The minisite subdomain is the supplier's id (`alibaba:<subdomain>`).
export default defineDirectoryAdapter({
  id: 'alibaba-supplier',
  name: 'Alibaba.com suppliers',
  matches: ['*://*.en.alibaba.com/*', '*://www.alibaba.com/trade/search*', '*://www.alibaba.com/corporations/*'],
  platform: 'alibaba',
  idFromUrl: /^([\w-]+)\.en\.alibaba\.com/,
  addressStyle: 'western',
  pages: [
    {
      type: 'search-results',
      path: /trade\/search|corporations\//,
      items: [
        '[data-spm="supplier"] > *', // supplier tab result cards
        '[data-role="supplier-card"]',
        'article[data-company-id]',
      ],
      labels: [['Main Products', 'Main products', 'Business Type']],
    },
    { type: 'contact', path: /contactinfo/, labels: [['Telephone', 'Mobile Phone', 'Phone'], ['Address']] },
    { type: 'supplier-profile', path: /company_profile|\/$/, labels: [['Business Type'], ['Main Products']] },
  ],
  organization: [
    '[data-role="company-name"]', // minisite header
    'h1[title]', // company name heading carries the full name as title
    'h1',
    'h2 a[href*=".en.alibaba.com"]', // result card title link
  ],
  contactBlock: {
    selectors: ['[data-role="contact-person"]'],
    headings: ['Contact Information', 'Contact Person'],
  },
  fields: {
    organization: ['Company Name'],
    contact: ['Contact Person', 'Contact'],
    title: ['Job Title', 'Position', 'Department'],
    phone: ['Telephone', 'Tel', 'Phone'],
    mobile: ['Mobile Phone', 'Mobile'],
    fax: ['Fax'],
    email: ['Email', 'E-mail'],
    website: ['Website', 'Company Website'],
    address: ['Address', 'Company Address', 'Operational Address'],
    postcode: ['Zip', 'Zip Code', 'Postcode'],
    country: ['Country/Region', 'Country / Region', 'Location'],
    businessType: ['Business Type'],
    mainProducts: ['Main Products', 'Main products'],
    founded: ['Year Established', 'Year established'],
    staff: ['Total Employees', 'Employees', 'Number of Employees'],
    certifications: ['Certifications', 'Management Certification', 'Product Certifications'],
  },
});
