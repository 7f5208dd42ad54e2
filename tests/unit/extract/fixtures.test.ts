import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, FIXTURES } from './helpers';

// Pages written for the tests (tests/fixtures/extract/NAME.html), each with NAME.expected.json beside it: the card a
// reader would write down. Every field the expectation names must come out exactly (as a set for lists).

const pages = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
const sorted = (xs: unknown[]) => [...xs].map((x) => JSON.stringify(x)).sort();

describe('own test pages', () => {
  it('has pages, each marked as written for the tests, each with an expected card', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) {
      expect(fs.readFileSync(path.join(FIXTURES, p), 'utf8').slice(0, 300)).toMatch(/written for the tests/i);
      expect(fs.existsSync(path.join(FIXTURES, p.replace(/\.html$/, '.expected.json')))).toBe(true);
    }
  });

  for (const page of pages) {
    it(page, () => {
      const want = JSON.parse(fs.readFileSync(path.join(FIXTURES, page.replace(/\.html$/, '.expected.json')), 'utf8'));
      const { result, leads } = extractFile(path.join(FIXTURES, page));
      expect(leads).toHaveLength(1);
      const got = leads[0];
      if (want.organization) expect(got.organization).toBe(want.organization);
      for (const k of ['persons', 'phones', 'faxes', 'emails', 'websites', 'addresses'] as const)
        if (want[k]) expect(sorted(got[k])).toEqual(sorted(want[k]));
      for (const [kind, handles] of Object.entries(want.im ?? {}))
        expect(sorted(got.im[kind as keyof typeof got.im])).toEqual(sorted(handles as string[]));
      if (want.postcode) expect(got.addresses.map((a) => a.postcode)).toContain(want.postcode);
      const profile = result.leads[0].profile;
      for (const [k, v] of Object.entries(want.profile ?? {}))
        expect(profile[k as keyof typeof profile]?.value).toEqual(v);
    });
  }
});
