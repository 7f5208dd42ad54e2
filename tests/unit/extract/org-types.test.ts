import { describe, expect, it } from 'vitest';
import { isOrgType } from '../../../lib/extract/structured/org-types';
import { extractHtml } from './helpers';

// schema.org's organisation and local-business subtypes name the card; parts of another thing (a store's
// department, a booking's restaurant, an event's band) do not become cards of their own. Pages written for the tests.

const jsonld = (data: unknown, body = '') =>
  `<html><head><title>Contact us</title><script type="application/ld+json">${JSON.stringify(data)}</script></head>` +
  `<body><h1>Contact us</h1><h2>Showroom</h2>${body}</body></html>`;

describe('organisation types in structured data', () => {
  it('takes the name of a LocalBusiness subtype over the page headings', () => {
    const r = extractHtml(
      jsonld({
        '@context': 'https://schema.org',
        '@type': 'FurnitureStore',
        name: 'Harbor & Pine Furniture Inc.',
        telephone: '+1 503-867-0190',
        location: { '@type': 'PostalAddress', streetAddress: '2150 NW Raleigh Street', addressLocality: 'Portland' },
      }),
    );
    expect(r.leads).toHaveLength(1);
    expect(r.leads[0].organization?.value).toBe('Harbor & Pine Furniture Inc.');
    // `location` given as the address itself is read as the address.
    expect(r.leads[0].addresses.map((a) => a.value.street)).toEqual(['2150 NW Raleigh Street']);
  });

  it('keeps a nested department and an event’s performers from becoming cards', () => {
    const r = extractHtml(
      jsonld({
        '@context': 'https://schema.org',
        '@type': 'Store',
        name: "Delia's Daily Supplies",
        telephone: '+1 555 0100 1110',
        department: { '@type': 'Pharmacy', name: "Philippa's Pharmacy", telephone: '+1 555 0100 1111' },
        event: { '@type': 'MusicEvent', name: 'Open day', performer: { '@type': 'MusicGroup', name: 'The Typhoons' } },
      }),
    );
    expect(r.leads.map((l) => l.organization?.value)).toEqual(["Delia's Daily Supplies"]);
    // The department's phone still belongs to the store's card.
    expect(r.leads[0].phones).toHaveLength(2);
  });

  it('knows the types by name, by schema.org URL and by naming pattern, and not services or groups', () => {
    for (const t of ['Dentist', 'Attorney', 'HVACBusiness', 'https://schema.org/WholesaleStore', 'BoatStore'])
      expect(isOrgType(t), t).toBe(true);
    for (const t of ['GovernmentService', 'MusicGroup', 'Event', 'Product', 'Airport', 'Apartment'])
      expect(isOrgType(t), t).toBe(false);
    expect(isOrgType('Pharmacy', true)).toBe(false);
    expect(isOrgType('Organization', true)).toBe(true);
  });
});
