import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeDraft } from '../../../lib/card/merge';
import { Card } from '../../../lib/card/schema';
import { CardDraft } from '../../../lib/messages';
import { normalizeCard } from '../../../lib/card/normalize-card';

// Properties of merging a capture into a kept card: nothing is ever dropped, and merging the same capture twice
// changes nothing the second time.

const mobile = fc.stringMatching(/^1[3-9]\d{9}$/).map((m) => `+86${m}`);
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), fc.constantFrom('acme.cn', 'example.com', 'qq.com'))
  .map(([u, d]) => `${u}@${d}`);
const tag = fc.constantFrom('vip', 'cables', 'fair', 'valves');
const values = <T>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { maxLength: 5 });

const draftArb = fc
  .record({
    phones: values(mobile),
    emails: values(email),
    tags: values(tag),
    note: fc.option(fc.string({ maxLength: 20 })),
    people: fc.array(fc.constantFrom('Li Lei', 'LI LEI', '王磊', '-', '...', ' x '), { maxLength: 3 }),
  })
  .map(({ phones, emails, tags, note, people }) =>
    normalizeCard(
      CardDraft.parse({
        kind: 'company',
        name: 'Acme',
        phones: phones.map((value) => ({ value })),
        emails: emails.map((value) => ({ value })),
        classification: { tags },
        contacts: people.map((name, i) => ({ id: `p${i}`, name })),
        notes: note ? { text: note } : {},
        sources: [{ url: 'https://acme.cn' }],
      }),
    ),
  );

function asCard(d: CardDraft): Card {
  return Card.parse({ ...d, id: 'c', number: 'C-2026-0001', createdAt: 1, updatedAt: 1 });
}

describe('mergeDraft properties', () => {
  it('keeps every value of the card and of the draft', () => {
    fc.assert(
      fc.property(draftArb, draftArb, (a, b) => {
        const { card } = mergeDraft(asCard(a), b, 2);
        const phones = new Set(card.phones.map((p) => p.value));
        const emails = new Set(card.emails.map((p) => p.value));
        for (const v of [...a.phones, ...b.phones]) expect(phones.has(v.value)).toBe(true);
        for (const v of [...a.emails, ...b.emails]) expect(emails.has(v.value)).toBe(true);
        for (const t of [...a.classification.tags, ...b.classification.tags])
          expect(card.classification.tags).toContain(t);
        expect(card.phones.length).toBe(phones.size);
        for (const n of [a.notes.text, b.notes.text]) if (n?.trim()) expect(card.notes.text).toContain(n.trim());
        expect(Card.safeParse(card).success).toBe(true);
      }),
    );
  });

  it('changes nothing when the same capture is merged again', () => {
    fc.assert(
      fc.property(draftArb, draftArb, (a, b) => {
        const once = mergeDraft(asCard(a), b, 2).card;
        const twice = mergeDraft(once, b, 3);
        expect(twice.history).toEqual([]);
      }),
    );
  });
});
