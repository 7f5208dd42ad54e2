import { describe, expect, it } from 'vitest';
import { extractHtml } from './helpers';

// People written as lines without a label (pages written for the tests).

const people = (body: string) =>
  extractHtml(`<html><head><title>Contact</title></head><body>${body}</body></html>`, 'https://example.com/contact')
    .leads.flatMap((l) => l.persons.map((p) => p.value))
    .map(({ name, title, emails }) => ({ name, title, emails }));

describe('people on plain lines', () => {
  it('a name, then how to reach that person on the same line', () => {
    expect(
      people('<p>Press enquiries</p><p>Max Pulsinelli, mpulsinelli@wcs.example.org or (718) 220-5182</p>'),
    ).toEqual([{ name: 'Max Pulsinelli', title: undefined, emails: ['mpulsinelli@wcs.example.org'] }]);
  });

  it('a name line with a trailing comma or letters after the name, then the title line', () => {
    expect(
      people(
        '<p>Daniel C. Goldie, CFA, CFP<br>President</p><p>Dirk Gilliard,<br>Partner</p><p>Ann Lee, PhD<br>Chief Scientist</p>',
      ),
    ).toEqual([
      { name: 'Daniel C. Goldie', title: 'President', emails: [] },
      { name: 'Dirk Gilliard', title: 'Partner', emails: [] },
      { name: 'Ann Lee', title: 'Chief Scientist', emails: [] },
    ]);
  });

  it('a team or desk with its address is not a person', () => {
    expect(people('<p>Customer Service, help@acme.example.com</p><p>Sales Team: sales@acme.example.com</p>')).toEqual(
      [],
    );
  });
});
