import { describe, expect, it } from 'vitest';
import { corpusPage, digits, extractFile, extractHtml, values } from './helpers';
import { toContractLead } from '../../../lib/extract';

// Structured data layer: JSON-LD, microdata, RDFa, h-card. Corpus pages by path with the values a reader sees.

describe('JSON-LD', () => {
  it('reads a Person with job title, phone, e-mail and a PostalAddress (schema.org eg-0001)', () => {
    const { leads } = extractFile(corpusPage('schemaorg-jsonld/eg-0001.html'));
    const v = values(leads);
    expect(v.persons).toEqual(['Jane Doe']);
    expect(v.titles).toEqual(['Professor']);
    expect(v.phones.map(digits)).toEqual(['4251234567']);
    expect(v.emails).toEqual(['jane-doe@xyz.edu']);
    expect(v.addresses[0]).toMatchObject({ city: 'Seattle', region: 'WA', postcode: '98052' });
  });

  it('takes a nested department’s phone and keeps the store as the organisation (eg-0195)', () => {
    const { leads } = extractFile(corpusPage('schemaorg-jsonld/eg-0195.html'));
    const v = values(leads);
    expect(v.org).toContain("Delia's Daily Supplies");
    expect(v.phones.map(digits).sort()).toEqual(['155501001110', '155501001111']);
  });

  it('reads @graph, nested contactPoint and faxNumber, with src jsonld', () => {
    const html = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","name":"Acme Widgets Ltd","faxNumber":"+44 20 7946 0991",
       "contactPoint":{"@type":"ContactPoint","telephone":"+44 20 7946 0990","email":"sales@acme.example"},
       "address":{"@type":"PostalAddress","streetAddress":"1 High St","addressLocality":"London","postalCode":"EC1A 1BB","addressCountry":"GB"}}]}
    </script>`;
    const r = extractHtml(html);
    const lead = r.leads[0];
    expect(lead.organization).toMatchObject({ value: 'Acme Widgets Ltd', src: 'jsonld' });
    expect(lead.phones[0]).toMatchObject({ value: '+442079460990', src: 'jsonld' });
    expect(lead.faxes[0].value).toBe('+442079460991');
    expect(toContractLead(lead).addresses[0]).toMatchObject({ street: '1 High St', postcode: 'EC1A 1BB' });
  });

  it('ignores broken JSON-LD and still reads the page text', () => {
    const html = `<script type="application/ld+json">{"@type": "Organization", "name": </script>
      <p>Tel: (312) 867-0110</p>`;
    const r = extractHtml(html);
    expect(r.leads[0].phones.map((p) => p.value)).toEqual(['+13128670110']);
  });

  it('accepts a trailing comma (a common breakage)', () => {
    const r = extractHtml(`<script type="application/ld+json">{"@type":"Organization","name":"Trailing Co",}</script>`);
    expect(r.leads[0].organization?.value).toBe('Trailing Co');
  });
});

describe('microdata and RDFa', () => {
  it('reads microdata itemprops into the same card as JSON-LD (eg-0001 microdata)', () => {
    const v = values(extractFile(corpusPage('schemaorg-microdata/eg-0001.html')).leads);
    expect(v.persons).toContain('Jane Doe');
    expect(v.phones.map(digits)).toContain('4251234567');
    expect(v.emails).toContain('jane-doe@xyz.edu');
  });

  it('reads RDFa typeof/property (eg-0001 RDFa)', () => {
    const v = values(extractFile(corpusPage('schemaorg-rdfa/eg-0001.html')).leads);
    expect(v.persons).toContain('Jane Doe');
    expect(v.addresses.some((a) => a.city === 'Seattle' && a.postcode === '98052')).toBe(true);
  });
});

describe('microformats', () => {
  it('reads an h-adr into street, locality, postcode and country', () => {
    const v = values(extractFile(corpusPage('microformats/microformats-v2__h-adr__geo.html')).leads);
    expect(v.addresses[0]).toMatchObject({
      street: '3 Charlotte Road',
      city: 'City of London',
      postcode: 'EC2A 3PE',
      country: 'UK',
    });
  });

  it('reads a v1 vcard with given/family name and role', () => {
    const r = extractFile(corpusPage('microformats/microformats-v1__hcard__single.html'));
    expect(r.leads[0].persons[0]).toEqual({ name: 'John Doe', title: 'Designer' });
    expect(r.result.leads[0].persons[0].src).toBe('microformat');
  });

  it('uses the implied name of a bare h-card', () => {
    const v = values(extractFile(corpusPage('microformats/microformats-mixed__h-card__tworoots.html')).leads);
    expect(v.persons).toEqual(['Frances Berriman']);
  });
});
