import { describe, expect, it } from 'vitest';
import { counterScope, formatNumber, isValidPattern } from '../../../lib/card/number';
import { Card, FollowUp, HistoryEntry } from '../../../lib/card/schema';

describe('customer numbers', () => {
  const d = new Date(2026, 10, 23);
  it('fills the default pattern C-YYYY-NNNN and grows past the width instead of wrapping', () => {
    expect(formatNumber('C-YYYY-NNNN', d, 15)).toBe('C-2026-0015');
    expect(formatNumber('C-YYYY-NNNN', d, 12345)).toBe('C-2026-12345');
    expect(formatNumber('KH-YYMMDD-NNN', d, 7)).toBe('KH-261123-007');
  });
  it('keeps one counter per date scope', () => {
    expect(counterScope('C-YYYY-NNNN', d)).toBe('C-2026-#');
    expect(counterScope('C-YYYY-NNNN', new Date(2027, 0, 1))).toBe('C-2027-#');
  });
  it('accepts patterns with exactly one counter', () => {
    expect(isValidPattern('C-YYYY-NNNN')).toBe(true);
    expect(isValidPattern('C-YYYY')).toBe(false);
    expect(isValidPattern('NN-YYYY-NNNN')).toBe(false);
  });
});

describe('card schema round trip', () => {
  it('parses a full card, then JSON, then parses to the same value', () => {
    const card = Card.parse({
      id: 'c',
      number: 'C-2026-0001',
      kind: 'person',
      name: '王磊',
      phones: [{ value: '+8613800138000', label: '手机', prov: { src: 'user', conf: 1 } }],
      im: [{ kind: 'line', value: 'wang' }],
      addresses: [{ city: '深圳', kind: 'shipping' }],
      person: { gender: 'male', birthday: '1990-05-01' },
      business: { orders: [{ number: 'O1', items: [{ name: 'x', quantity: 2 }] }], credit: { rating: 'A' } },
      complaints: [{ id: 'k', date: '2026-01-01', content: 'late' }],
      createdAt: 1,
      updatedAt: 2,
    });
    expect(Card.parse(JSON.parse(JSON.stringify(card)))).toEqual(card);
    expect(card.rev).toBe(0);
    expect(card.complaints[0].status).toBe('open');
    const f = FollowUp.parse({ id: 'f', cardId: 'c', date: 3, method: 'phone', summary: 'called' });
    expect(FollowUp.parse(JSON.parse(JSON.stringify(f)))).toEqual(f);
    const h = HistoryEntry.parse({ cardId: 'c', at: 3, field: 'phones', old: [], new: ['+86'] });
    expect(HistoryEntry.parse(JSON.parse(JSON.stringify(h)))).toEqual(h);
  });
  it('refuses a card with a bad value', () => {
    expect(Card.safeParse({ id: 'c', number: 'n', kind: 'robot', name: '', createdAt: 1, updatedAt: 1 }).success).toBe(
      false,
    );
  });
});
