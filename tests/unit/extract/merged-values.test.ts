import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './helpers';

// Values two layers read from one page end on the card once (pages written for the tests).

const ADAPTERS = path.resolve(__dirname, '../../fixtures/adapters');

describe('one value, read twice', () => {
  it('a label written flush against its address does not add a second, glued address', () => {
    const html = fs.readFileSync(path.join(ADAPTERS, 'global-sources/contact.html'), 'utf8');
    const r = extractHtml(html, 'https://www.globalsources.com/Shenzhen-Topsound/contact-us_6008851234567.htm');
    expect(r.leads.flatMap((l) => l.emails.map((e) => e.value))).toEqual(['vivian@topsound-electronics.example']);
  });

  it('keeps an address that merely starts like a label when nothing else on the page is its tail', () => {
    const r = extractHtml('<p>Write to mailroom@acme.example.com or emailus@acme.example.com</p>');
    expect(r.leads.flatMap((l) => l.emails.map((e) => e.value)).sort()).toEqual([
      'emailus@acme.example.com',
      'mailroom@acme.example.com',
    ]);
  });

  it('the same person with and without an honorific is one contact', () => {
    const html = fs.readFileSync(path.join(ADAPTERS, 'made-in-china/contact.html'), 'utf8');
    const url = JSON.parse(fs.readFileSync(path.join(ADAPTERS, 'made-in-china/contact.expected.json'), 'utf8')).url;
    const names = extractHtml(html, url).leads.flatMap((l) => l.persons.map((p) => p.value.name));
    expect(names.filter((n) => /Kevin Sun/.test(n))).toHaveLength(1);
  });
});
