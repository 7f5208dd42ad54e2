import { describe, expect, it } from 'vitest';
import { segments } from '../../../lib/extract/labels';
import { looksLikeName } from '../../../lib/extract/names';
import { extractHtml } from './helpers';

// A number's label alone on its line (a <dt> over its <dd>), and department headings that are not people.

describe('a number label alone on its line', () => {
  it('labels the number on the next line, also after a qualifier', () => {
    const r = extractHtml(
      '<dl><dt>Provider Services</dt><dd>800-423-0507</dd><dt>General Fax</dt><dd>916-631-0672</dd>' +
        '<dt>Fax</dt><dd>916-631-0999</dd></dl>',
    );
    expect(r.leads[0].phones.map((p) => p.value)).toEqual(['+18004230507']);
    expect(r.leads[0].faxes.map((p) => p.value)).toEqual(['+19166310672', '+19166310999']);
  });
  it('only number labels, only short lines, only a qualifier of one or two capitalised words', () => {
    expect(segments('General Fax')).toEqual([
      { kind: null, label: '', value: 'General' },
      { kind: 'fax', label: 'Fax', value: '' },
    ]);
    expect(segments('Email')).toEqual([{ kind: null, label: '', value: 'Email' }]);
    expect(segments('send us a fax')).toEqual([{ kind: null, label: '', value: 'send us a fax' }]);
    expect(segments('Please feel free to send us your questions by fax')[0].kind).toBeNull();
  });
});

describe('department headings are not people', () => {
  it.each(['Food Questions', 'Donation Requests', 'Media Inquiries', 'Group Reservations'])('%s', (t) =>
    expect(looksLikeName(t)).toBe(false),
  );
  it('still takes real names', () => expect(looksLikeName('Jani Daly')).toBe(true));
});
