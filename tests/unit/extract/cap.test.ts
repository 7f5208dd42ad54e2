import { describe, expect, it } from 'vitest';
import { capResult } from '../../../lib/extract/cap';
import { emptyLead, type ExtractResult } from '../../../lib/extract/types';

const found = (value: string) => ({ value, src: 'text' as const, conf: 0.5 });

describe('capResult', () => {
  it('keeps a normal result as it is', () => {
    const lead = { ...emptyLead(), phones: [found('+12065550100')] };
    const r: ExtractResult = { url: 'u', title: 't', leads: [lead], ms: 1 };
    expect(capResult(r)).toBe(r);
  });
  it('cuts fields past the limit and marks the result partial', () => {
    const many = Array.from({ length: 100 }, (_, i) => found(`a${i}@x.com`));
    const lead = { ...emptyLead(), emails: many, im: { qq: many } };
    const r = capResult({ url: 'u', title: 't', leads: [lead], ms: 1 }, 10);
    expect(r.partial).toBe(true);
    expect(r.leads[0].emails).toHaveLength(10);
    expect(r.leads[0].im.qq).toHaveLength(10);
    expect(r.leads[0].emails[9].value).toBe('a9@x.com');
    expect(lead.emails).toHaveLength(100);
  });
});
