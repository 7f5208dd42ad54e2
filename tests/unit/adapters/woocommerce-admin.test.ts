import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import adapter from '../../../lib/extract/adapters/woocommerce-admin';
import { FIXTURES, parse, project } from './support';

// The WooCommerce order screen without its hidden edit forms (a plugin that removes them, an older version): the
// formatted address is read instead, every line of it kept. Pages derived from the test page beside the adapter's.

const URL_ = 'https://shop.example.co.uk/wp-admin/post.php?post=77&action=edit';
const page = readFileSync(join(FIXTURES, 'woocommerce-admin/order-detail.html'), 'utf8');
const withoutForms = (html: string) => html.replace(/<div class="edit_address"[\s\S]*?<\/div>/g, '');

describe('woocommerce-admin without edit forms', () => {
  it('reads the formatted addresses, name first, and the links', () => {
    const doc = parse(withoutForms(page), URL_);
    const [lead] = adapter.extract(doc, new URL(URL_)).map(project) as Record<string, unknown>[];
    expect(lead.persons).toEqual([
      { name: 'Hannah Lindqvist', phones: ['+15035550134'], emails: ['hannah.lindqvist@example.org'] },
    ]);
    expect(lead.addresses).toContainEqual(
      expect.objectContaining({ kind: 'shipping', street: '1180 Birch Lane', city: 'Bend', country: 'US' }),
    );
  });

  it('keeps every line of an address without a house number, and reads "(UK)" as GB', () => {
    const html = withoutForms(page).replace(
      '<p>Erik Lindqvist<br />1180 Birch Lane<br />Bend, OR 97701<br />United States (US)</p>',
      '<p>Erik Lindqvist<br />Rose Cottage<br />Mill Lane<br />Little Snoring<br />Fakenham<br />NR21 0AA<br />United Kingdom (UK)</p>',
    );
    const doc = parse(html, URL_);
    const [lead] = adapter.extract(doc, new URL(URL_)).map(project) as { addresses: Record<string, string>[] }[];
    const shipping = lead.addresses.find((a) => a.kind === 'shipping')!;
    expect(shipping.country).toBe('GB');
    expect(Object.values(shipping).join(' ')).toMatch(/Rose Cottage.*Mill Lane/);
    expect(Object.values(shipping).join(' ')).toContain('NR21 0AA');
  });

  it('does not fail on a malformed link', () => {
    const html = withoutForms(page).replace('mailto:hannah.lindqvist@example.org', 'mailto:hannah%ZZ@example.org');
    const doc = parse(html, URL_);
    expect(() => adapter.extract(doc, new URL(URL_))).not.toThrow();
    expect(adapter.extract(doc, new URL(URL_))).toHaveLength(1);
  });
});
