import fc from 'fast-check';
import { Card, type CardInput } from '../../../lib/card/schema';

// Test cards: a builder for readable examples and a fast-check arbitrary for the properties.

export function card(input: Partial<CardInput> & { name: string }): Card {
  return Card.parse({
    id: crypto.randomUUID(),
    number: 'C-2026-0001',
    kind: 'company',
    createdAt: 1764000000000,
    updatedAt: 1764000000000,
    ...input,
  });
}

/** Text that spreadsheets and CSV get wrong: delimiters, quotes, newlines, Chinese, formula starts. */
export const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ',',
        '"',
        '\n',
        '\r\n',
        ';',
        "'",
        '=',
        '+',
        '-',
        '@',
        '\t',
        '客户',
        '有限公司',
        '😀',
        ' ',
        '=1+1',
        '+86 138',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);

const phone = fc.integer({ min: 13000000000, max: 13999999999 }).map((n) => `+86${n}`);
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/), fc.constantFrom('example.com', 'qq.com', '163.com'))
  .map(([u, d]) => `${u}@${d}`);

export const arbCard = fc
  .record({
    number: fc.integer({ min: 1, max: 99999 }).map((n) => `C-2026-${String(n).padStart(5, '0')}`),
    kind: fc.constantFrom('company' as const, 'person' as const),
    name: trickyText,
    phones: fc.uniqueArray(phone, { maxLength: 3 }),
    emails: fc.uniqueArray(email, { maxLength: 2 }),
    notes: fc.option(trickyText, { nil: undefined }),
    industry: fc.option(trickyText, { nil: undefined }),
    contact: fc.option(fc.record({ name: trickyText, title: fc.option(trickyText, { nil: undefined }) }), {
      nil: undefined,
    }),
    city: fc.option(trickyText, { nil: undefined }),
    tags: fc.uniqueArray(fc.stringMatching(/^[a-z\u4e00-\u4e09]{1,5}$/), { maxLength: 3 }),
    createdAt: fc.integer({ min: 1500000000000, max: 1900000000000 }),
  })
  .map((r) =>
    card({
      number: r.number,
      kind: r.kind,
      name: r.name,
      phones: r.phones.map((value) => ({ value })),
      emails: r.emails.map((value) => ({ value })),
      notes: { text: r.notes },
      company: { industry: r.industry },
      contacts: r.contact ? [{ id: 'k1', name: r.contact.name, title: r.contact.title, primary: true }] : [],
      addresses: r.city ? [{ city: r.city }] : [],
      classification: { tags: r.tags },
      createdAt: r.createdAt,
      updatedAt: r.createdAt,
    }),
  );
