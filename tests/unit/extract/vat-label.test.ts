import { describe, expect, it } from 'vitest';
import { toContractLead } from '../../../lib/extract';
import { scrubRegistrations } from '../../../lib/extract/phone';
import { extractHtml } from './helpers';

// A VAT number after its label is not a phone; the label is a whole word (any case) followed by a number-like
// label (No., Nr., Reg., ID, number, a colon), so VAT/IVA/UID inside INNOVATION, PRIVATE or FLUID is no label.

const card = (html: string, url = 'http://example.com/contact') => toContractLead(extractHtml(html, url).leads[0]);
// Phones compared by their last eight digits (a national number is shown as written).
const tail = (a: string[]) => a.map((p) => p.replace(/\D/g, '').slice(-8));

describe('VAT labels', () => {
  it('keeps a phone after a word that merely contains VAT, IVA or UID', () => {
    expect(
      tail(card('<p>SUNRISE INNOVATION PRIVATE LIMITED, MOB 98765 43210</p>', 'http://example.in/').phones),
    ).toEqual(['76543210']);
    expect(tail(card('<p>ACME RENOVATION LTD · TEL 020 7946 0000</p>', 'http://example.co.uk/').phones)).toEqual([
      '79460000',
    ]);
    expect(tail(card('<p>FLUID DERIVATIVE SYSTEMS GMBH, TEL 030 12345678</p>', 'http://example.de/').phones)).toEqual([
      '12345678',
    ]);
    for (const s of [
      'SUNRISE INNOVATION PRIVATE LIMITED, MOB 98765 43210',
      'ACME RENOVATION LTD · TEL 020 7946 0000',
      'FLUID DERIVATIVE SYSTEMS GMBH, TEL DE 030 12345678',
    ])
      expect(scrubRegistrations(s), s).toBe(s);
  });
  it('wipes a VAT number after its label in any case, with or without a country prefix', () => {
    for (const s of [
      'Vat No. GB 212 3456 78',
      'vat no: 212 3456 78',
      'VAT Reg. No. GB 812 3456 78',
      'VAT number: GB812345678',
      'VAT ID: DE 123456789',
      'USt-IdNr.: DE 298765432',
      'USt-IdNr. gemäß § 27a UStG: DE 298765432',
      'Umsatzsteuer-Identifikationsnummer: DE 298765432',
      'MwSt-Nr. CHE 123 456 789',
      'BTW-nummer: NL 123456789B01',
      'N° TVA : FR 12 345678901',
      'Partita IVA: IT 01234567890',
      'UID-Nr. ATU 12345678',
    ]) {
      expect(scrubRegistrations(s), s).not.toMatch(/\d{3}/);
    }
    const c = card('<p>Tel: 0113 496 0123</p><p>Vat No. 0113 496 0999</p>', 'http://example.co.uk/');
    expect(tail(c.phones)).toEqual(['34960123']);
  });
  it('needs a number label after the word: prose about VAT keeps the phone after it', () => {
    expect(
      tail(card('<p>Prices exclude VAT. Call GB orders on 0113 496 0123</p>', 'http://example.co.uk/').phones),
    ).toEqual(['34960123']);
  });
});
