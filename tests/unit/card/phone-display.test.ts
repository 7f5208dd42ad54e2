import { describe, expect, it } from 'vitest';
import { displayPhone } from '../../../lib/card/phone-display';

describe('phones as a list shows them', () => {
  it('groups a stored E.164 number the way it is written internationally', () => {
    expect(displayPhone('+8657487654321')).toBe('+86 574 8765 4321');
    expect(displayPhone('+8613812345678')).toBe('+86 138 1234 5678');
    expect(displayPhone('+15038670190')).toBe('+1 503 867 0190');
    expect(displayPhone('+442079460123')).toBe('+44 20 7946 0123');
  });

  it('leaves masked numbers, numbers kept as written and other text exactly as stored', () => {
    for (const v of ['86-138****5678', '+86 138****5678', '0571 8702 3456', '', 'ext. 12', '+12']) {
      expect(displayPhone(v)).toBe(v);
    }
  });
});
