import { defineDirectoryAdapter } from './kit/directory';

// Europages company pages (www.europages.<tld>/<COMPANY>/<id>.html) and search results (/companies/…). The
// company id in the URL is the Europages id.
export default defineDirectoryAdapter({
  id: 'europages',
  name: 'Europages',
  matches: [
    '*://www.europages.co.uk/*',
    '*://www.europages.com/*',
    '*://www.europages.fr/*',
    '*://www.europages.de/*',
    '*://www.europages.it/*',
    '*://www.europages.es/*',
  ],
  platform: 'europages',
  idFromUrl: /\/([\w-]+)\.html$/,
  addressStyle: 'western',
  pages: [
    {
      type: 'search-results',
      path: /^\/(?:[a-z]{2}\/)?companies\//,
      items: ['[data-test="company-card"]', 'article[data-company-id]'],
      labels: [['Main activity', 'Company type', 'Products and services']],
    },
    {
      type: 'supplier-profile',
      path: /\.html$/,
      labels: [
        ['Main activity', 'Company type'],
        ['Year established', 'Staff', 'Website'],
      ],
    },
  ],
  organization: ['[data-test="company-name"]', 'h1', 'h2 a[href$=".html"]', 'h3 a[href$=".html"]'],
  hooks: {
    address: ['address', '[itemprop="address"]'],
    website: ['a[data-test="website-link"]', 'a[rel~="nofollow"][target="_blank"]'],
  },
  fields: {
    contact: ['Contact person'],
    phone: ['Phone', 'Telephone', 'Tel'],
    fax: ['Fax'],
    website: ['Website'],
    address: ['Address'],
    businessType: ['Main activity', 'Company type'],
    mainProducts: ['Products and services', 'Main products', 'Keywords'],
    founded: ['Year established'],
    staff: ['Staff', 'Number of employees', 'Employees'],
    industry: ['Sector', 'Industry'],
    certifications: ['Certifications', 'Quality certifications'],
  },
});
