import { describe, expect, it } from 'vitest';
import { adapters } from '../../../lib/extract/adapters/registry';
import { allFound, fixtures, parse, project } from './support';

// Every adapter on every one of its test pages: the page type it tells and the cards it reads, against the
// expected card kept beside the page.
describe.each(fixtures())('$id / $name', ({ id, html, expected }) => {
  const adapter = adapters.find((a) => a.id === id)!;
  const url = new URL(expected.url);
  const doc = parse(html, expected.url);

  it('is a registered adapter whose patterns match the test URL', () => {
    expect(adapter).toBeDefined();
  });
  it(`detects ${expected.pageType}`, () => {
    expect(adapter.detect(url, doc)).toBe(expected.pageType);
  });
  it('reads the expected cards, every value marked as this adapter', () => {
    const leads = adapter.extract(doc, url);
    expect(leads.map(project)).toEqual(expected.leads);
    for (const f of leads.flatMap(allFound)) expect(f).toMatchObject({ src: 'adapter', by: id });
  });
});
