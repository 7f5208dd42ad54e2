import { describe, expect, it } from 'vitest';
import { draftToCard } from '../../../lib/card/from-draft';
import { emptyLead } from '../../../lib/extract/types';
import { CardDraft } from '../../../lib/messages';
import {
  cleanDraft,
  firstError,
  isMaskedPhone,
  isReadablePhone,
  isWebsite,
  validateCard,
} from '../../../components/card-editor/validate';

const base = (): CardDraft => CardDraft.parse({ kind: 'company', name: 'Acme Ltd' });

describe('validateCard', () => {
  it('accepts a plain named card', () => {
    expect(validateCard(base(), { lang: 'en' })).toEqual({});
  });

  it('requires a name, in the chosen language', () => {
    const d = { ...base(), name: '  ' };
    expect(validateCard(d, { lang: 'en' }).name).toBe('Enter the customer name.');
    expect(validateCard(d, { lang: 'zh' }).name).toBe('请填写客户名称。');
  });

  it('flags an email that is not one, at its path', () => {
    const d = { ...base(), emails: [{ value: 'sales@acme.com' }, { value: 'sales at acme' }] };
    const e = validateCard(d, { lang: 'en' });
    expect(e['emails.0']).toBeUndefined();
    expect(e['emails.1']).toBe('This is not an email address.');
  });

  it('flags phones libphonenumber cannot read, allows masked ones and local numbers with a region', () => {
    const d = {
      ...base(),
      phones: [{ value: '+86 138 0013 8000' }, { value: '12' }, { value: '138****5678' }, { value: '(312) 867-0110' }],
    };
    const e = validateCard(d, { lang: 'en', defaultCountry: 'US' });
    expect(Object.keys(e)).toEqual(['phones.1']);
    expect(e['phones.1']).toMatch(/country code/);
    // Without a region a national number cannot be read.
    expect(isReadablePhone('(312) 867-0110', undefined)).toBe(false);
  });

  it('takes the region for local numbers from an ISO country on the card', () => {
    const d = { ...base(), phones: [{ value: '010 6552 9988' }], addresses: [{ country: 'CN' }] };
    expect(validateCard(d, { lang: 'en' })).toEqual({});
  });

  it('checks contact people, faxes, websites and QQ numbers', () => {
    const d = {
      ...base(),
      faxes: [{ value: 'fax please' }],
      websites: [{ value: 'www.acme.com' }, { value: 'javascript:alert(1)' }],
      im: [
        { kind: 'qq' as const, value: '12345678' },
        { kind: 'qq' as const, value: 'abc' },
      ],
      contacts: [
        { id: 'c1', name: 'Li Lei', phones: [{ value: 'x' }], emails: [{ value: 'li@' }], im: [], primary: true },
      ],
    };
    const e = validateCard(d, { lang: 'en', defaultCountry: 'CN' });
    expect(Object.keys(e).sort()).toEqual([
      'contacts.0.emails.0',
      'contacts.0.phones.0',
      'faxes.0',
      'im.1',
      'websites.1',
    ]);
  });

  it('reports schema limits (too long) as field messages', () => {
    const e = validateCard({ ...base(), name: 'x'.repeat(501) }, { lang: 'en' });
    expect(e.name).toBe('Too long.');
  });

  it('ignores empty rows, which cleanDraft drops', () => {
    const d = { ...base(), phones: [{ value: ' ' }], emails: [{ value: '' }], addresses: [{}] };
    expect(validateCard(d, { lang: 'en' })).toEqual({});
    const c = cleanDraft(d);
    expect(c.phones).toEqual([]);
    expect(c.emails).toEqual([]);
    expect(c.addresses).toEqual([]);
  });

  it('firstError gives the reason Save is disabled', () => {
    expect(firstError({})).toBeUndefined();
    expect(firstError(validateCard({ ...base(), name: '' }, { lang: 'en' }))).toBe('Enter the customer name.');
  });

  it('accepts what the data layer makes of an extracted lead', () => {
    const lead = emptyLead();
    lead.organization = { value: 'Acme Ltd', src: 'jsonld', conf: 0.95 };
    lead.phones = [{ value: '+1 312 867 0110', src: 'link', conf: 0.8 }];
    lead.emails = [{ value: 'Office@Acme.com', src: 'text', conf: 0.5 }];
    expect(validateCard(draftToCard(lead, { url: 'https://acme.com/contact' }), { lang: 'en' })).toEqual({});
  });
});

describe('value checks', () => {
  it('tells masked numbers apart', () => {
    expect(isMaskedPhone('138****5678')).toBe(true);
    expect(isMaskedPhone('+86 138 **** 5678')).toBe(true);
    expect(isMaskedPhone('****')).toBe(false);
    expect(isMaskedPhone('13800138000')).toBe(false);
  });
  it('reads phones with a country code or a region', () => {
    expect(isReadablePhone('+44 20 7946 0958')).toBe(true);
    expect(isReadablePhone('020 7946 0958', 'GB')).toBe(true);
    expect(isReadablePhone('not a phone', 'GB')).toBe(false);
  });
  it('accepts http(s) websites only', () => {
    expect(isWebsite('https://acme.com/about')).toBe(true);
    expect(isWebsite('acme.com')).toBe(true);
    expect(isWebsite('javascript:alert(1)')).toBe(false);
    expect(isWebsite('ftp://acme.com')).toBe(false);
    expect(isWebsite('localhost')).toBe(false);
  });
  it('cleanDraft trims and marks masked phones', () => {
    const c = cleanDraft({ ...base(), name: ' Acme ', phones: [{ value: ' 138****5678 ' }] });
    expect(c.name).toBe('Acme');
    expect(c.phones).toEqual([{ value: '138****5678', masked: true }]);
  });
});
