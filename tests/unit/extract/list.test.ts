import { describe, expect, it } from 'vitest';
import { toContractLead } from '../../../lib/extract';
import { extractHtml } from './helpers';

// A clear list page gives one lead per item; one company's branches or a staff list stay one card.

const item = (name: string, phone: string, street: string) =>
  `<div class="result"><h3>${name}</h3><p>${street}, Springfield, IL 62701</p><p>Phone: ${phone}</p></div>`;

describe('list pages', () => {
  it('search results naming different businesses: one lead each, without the directory footer', () => {
    const html = `<h1>Plumbers in Springfield</h1><div class="results">
      ${item('Ace Plumbing', '(217) 555-0101', '10 Oak St')}
      ${item('Best Drains LLC', '(217) 555-0102', '22 Elm St')}
      ${item('City Pipe Works', '(217) 555-0103', '35 Pine Ave')}
      ${item('Dry Basement Co', '(217) 555-0104', '48 Main St')}
    </div><footer>Directory HQ · Tel: (800) 555-0199</footer>`;
    const leads = extractHtml(html).leads.map(toContractLead);
    expect(leads.map((l) => l.organization)).toEqual([
      'Ace Plumbing',
      'Best Drains LLC',
      'City Pipe Works',
      'Dry Basement Co',
    ]);
    expect(leads[1].phones).toEqual(['+12175550102']);
    expect(leads[1].addresses[0]).toMatchObject({ street: '22 Elm St', city: 'Springfield', postcode: '62701' });
    expect(leads.flatMap((l) => l.phones)).not.toContain('+18005550199');
  });

  it('one company’s branches stay one card with several addresses', () => {
    const html = `<title>Contact | Acme Corp</title>
      ${item('Acme Corp', '(217) 555-0201', '1 First St')}
      ${item('Acme Corp', '(217) 555-0202', '2 Second St')}
      ${item('Acme Corp', '(217) 555-0203', '3 Third St')}`;
    const leads = extractHtml(html).leads.map(toContractLead);
    expect(leads).toHaveLength(1);
    expect(leads[0].phones).toHaveLength(3);
    expect(leads[0].addresses).toHaveLength(3);
  });
});
