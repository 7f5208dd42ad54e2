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

  it('reads the state as WooCommerce shows it, never its internal code', () => {
    // The live page: WooCommerce's script turns the state field into a list and sets it by property.
    const doc = parse(page, URL_);
    const input = doc.querySelector('[name="_shipping_state"]')!;
    const select = doc.createElement('select');
    select.setAttribute('name', '_shipping_state');
    for (const [value, text] of [
      ['', 'Select an option…'],
      ['OR', 'Oregon'],
    ]) {
      const o = doc.createElement('option');
      o.setAttribute('value', value);
      o.textContent = text;
      select.append(o);
    }
    input.replaceWith(select);
    (select as unknown as HTMLSelectElement).value = 'OR';
    doc.querySelector('[name="_shipping_address_1"]')!.closest('div')!.previousElementSibling!.remove();
    const [lead] = adapter.extract(doc, new URL(URL_)).map(project) as { addresses: Record<string, string>[] }[];
    expect(lead.addresses.find((a) => a.kind === 'shipping')?.region).toBe('Oregon');
    // A Chinese address in the plain field ("CN2" is WooCommerce's code for Beijing), no formatted address shown:
    // the code is not stored as a region.
    const cn = parse(
      page.replace(
        'name="_billing_state" id="_billing_state" value="OR"',
        'name="_billing_state" id="_billing_state" value="CN2"',
      ),
      URL_,
    );
    cn.querySelector('[name="_billing_address_1"]')!.closest('div')!.previousElementSibling!.remove();
    const billing = (
      adapter.extract(cn, new URL(URL_)).map(project) as { addresses: Record<string, string>[] }[]
    )[0].addresses.find((a) => a.kind === 'billing');
    expect(billing?.street).toBe('742 Alder Street, Suite 3');
    expect(billing?.region).toBeUndefined();
  });
});
