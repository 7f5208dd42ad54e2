import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDbs, draft } from './helpers';
import {
  findMatches,
  findMatchesMany,
  saveDraft,
  saveDraftsMany,
  trashCards,
  cardHistory,
} from '../../../lib/archive/store';
import type { ArchiveDb } from '../../../lib/db';
import { MessageError, type CardDraft } from '../../../lib/messages';

// The list page's batch requests against the per-item ones they replace: the same answers, item by item.

const db = freshDbs();

const T0 = Date.UTC(2026, 10, 23, 10);

async function perItem(d: ArchiveDb, drafts: CardDraft[]) {
  const out = [];
  for (const x of drafts) out.push(await findMatches(x, { db: d }));
  return out;
}

/** An archive with strong-key, name-only, shared-key, tie and trashed matches, and a buyer known by full phone. */
async function seeded(d: ArchiveDb) {
  const save = (partial: Parameters<typeof draft>[0], at = T0) =>
    saveDraft(draft(partial), { asNew: true }, { db: d, now: at }).then((r) => r.card);
  const full = await save({ kind: 'person', name: '王先生', phones: [{ value: '+8613812345678' }] });
  const shop = await save({ name: 'Lakeside Plumbing', phones: [{ value: '+16085550142' }] });
  // Same name, no key in common: a name-only match; two of them updated at the same time (a tie).
  const twinA = await save({ name: 'Badger Drain', emails: [{ value: 'a@badger.example' }] }, T0 + 5);
  const twinB = await save({ name: 'Badger Drain', emails: [{ value: 'b@badger.example' }] }, T0 + 5);
  // Shares the email with one draft and the phone with another: ranked by keys shared, then by latest.
  const both = await save(
    { name: 'Atwood Supply', phones: [{ value: '+16085550199' }], emails: [{ value: 'sales@atwood.example' }] },
    T0 + 9,
  );
  const older = await save({ name: 'Atwood Old', emails: [{ value: 'sales@atwood.example' }] }, T0 + 1);
  const trashed = await save({ name: 'Gone Ltd', phones: [{ value: '+16085550111' }] });
  await trashCards([trashed.id], { db: d, now: T0 + 20 });
  const buyer = await save({ kind: 'person', name: '张小姐', platformIds: ['taobao:tb_zhang2019'] });
  const masked = await save({ kind: 'person', name: '李女士', phones: [{ value: '139****0001' }] });
  return { full, shop, twinA, twinB, both, older, trashed, buyer, masked };
}

const drafts = (): CardDraft[] => [
  // A masked phone showing the same first and last digits as a stored full number: not that customer by phone.
  draft({ kind: 'person', name: '陈先生', phones: [{ value: '138****5678' }] }),
  draft({ name: 'Lakeside Plumbing & Heating', phones: [{ value: '+1 (608) 555-0142' }] }),
  draft({ name: 'BADGER   drain' }),
  draft({ name: 'Someone', phones: [{ value: '+1 608 555 0199' }], emails: [{ value: 'Sales@Atwood.example' }] }),
  draft({ name: 'Gone Ltd', phones: [{ value: '+16085550111' }] }),
  draft({ kind: 'person', name: '张小姐', platformIds: ['taobao:tb_zhang2019'], phones: [{ value: '138****5678' }] }),
  draft({ kind: 'person', name: '李女士', phones: [{ value: '139****0001' }] }),
  draft({ name: 'Nobody Known', emails: [{ value: 'x@new.example' }] }),
  draft({ name: 'Lakeside Plumbing & Heating', phones: [{ value: '+1 (608) 555-0142' }] }),
];

describe('findMatchesMany', () => {
  it('answers every draft as findMatches does, in order, masked phones matched by nothing they do not show', async () => {
    const d = db();
    const s = await seeded(d);
    const batch = await findMatchesMany(drafts(), { db: d });
    expect(batch).toEqual(await perItem(d, drafts()));

    const ids = batch.map((ms) => ms.map((m) => m.id));
    expect(ids[0]).toEqual([]); // 138****5678 is not +8613812345678
    expect(ids[1]).toEqual([s.shop.id]);
    expect(batch[1][0].matchedKeys).toEqual(['tel:+16085550142']);
    expect(ids[2]).toEqual([s.twinA.id, s.twinB.id].sort());
    expect(batch[2].map((m) => m.matchedKeys)).toEqual([['name:badgerdrain'], ['name:badgerdrain']]);
    expect(ids[3]).toEqual([s.both.id, s.older.id]); // two keys shared beat one
    expect(ids[4]).toEqual([]); // trashed cards never match
    expect(ids[5]).toEqual([s.buyer.id]);
    expect(batch[5][0].matchedKeys).toEqual(['pid:taobao:tb_zhang2019', 'name:张小姐']);
    // A masked phone is no key: the same masked number finds its card by name only, never by digits.
    expect(batch[6].map((m) => [m.id, m.matchedKeys])).toEqual([[s.masked.id, ['name:李女士']]]);
    expect(ids[7]).toEqual([]);
    expect(batch[8]).toEqual(batch[1]);
  });

  it('never "corrects" a masked phone: the stored card keeps it as shown', async () => {
    const d = db();
    const s = await seeded(d);
    await findMatchesMany(drafts(), { db: d });
    const stored = await d.cards.get(s.masked.id);
    expect(stored!.phones.map((p) => [p.value, p.masked])).toEqual([['139****0001', true]]);
    expect(stored!.keys.some((k) => k.startsWith('tel:'))).toBe(false);
  });

  it('answers an empty list and an empty archive', async () => {
    const d = db();
    expect(await findMatchesMany([], { db: d })).toEqual([]);
    expect(await findMatchesMany(drafts(), { db: d })).toEqual(drafts().map(() => []));
  });

  it('agrees with findMatches on random archives and lists (property)', async () => {
    const phones = ['+16085550100', '+16085550101', '+8613800138000', '138****8000', '+442079460000'];
    const emails = ['a@x.example', 'b@x.example', 'c@y.example'];
    const names = ['Acme', 'ACME ', 'Beta Co', '贝塔', 'Gamma'];
    const pick = <T>(xs: T[]) => fc.subarray(xs, { maxLength: 2 });
    const lead = fc.record({
      name: fc.constantFrom(...names),
      phones: pick(phones).map((v) => v.map((value) => ({ value }))),
      emails: pick(emails).map((v) => v.map((value) => ({ value }))),
      at: fc.integer({ min: 0, max: 3 }),
      trash: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(lead, { maxLength: 8 }), fc.array(lead, { maxLength: 8 }), async (archive, list) => {
        const d = db();
        for (const a of archive) {
          const { card } = await saveDraft(
            draft({ name: a.name, phones: a.phones, emails: a.emails }),
            { asNew: true },
            { db: d, now: T0 + a.at },
          );
          if (a.trash) await trashCards([card.id], { db: d, now: T0 + a.at });
        }
        const ds = list.map((l) => draft({ name: l.name, phones: l.phones, emails: l.emails }));
        expect(await findMatchesMany(ds, { db: d })).toEqual(await perItem(d, ds));
        await d.delete();
      }),
      { numRuns: 40 },
    );
  });
});

describe('saveDraftsMany', () => {
  it('saves in order, as one save after another would: a repeated customer ends on one card', async () => {
    const d = db();
    const s = await seeded(d);
    const before = await d.cards.count();
    const saved = await saveDraftsMany(
      [
        { draft: draft({ name: 'New One', phones: [{ value: '+16085550300' }] }) },
        { draft: draft({ name: 'New One again', phones: [{ value: '+16085550300' }] }) },
        {
          draft: draft({ name: 'Lakeside Plumbing', emails: [{ value: 'info@lakeside.example' }] }),
          mergeInto: s.shop.id,
        },
        { draft: draft({ kind: 'person', name: '陈先生', phones: [{ value: '138****5678' }] }) },
      ],
      { db: d, now: T0 + 30 },
    );
    expect(saved.map((x) => x.created)).toEqual([true, false, false, true]);
    expect(saved[1].id).toBe(saved[0].id);
    expect(saved[2].id).toBe(s.shop.id);
    expect(await d.cards.count()).toBe(before + 2);
    const shop = await d.cards.get(s.shop.id);
    expect(shop!.emails.map((e) => e.value)).toEqual(['info@lakeside.example']);
    expect((await cardHistory(s.shop.id, d)).map((h) => h.field)).toContain('emails');
    const chen = await d.cards.get(saved[3].id);
    expect(chen!.phones.map((p) => [p.value, p.masked])).toEqual([['138****5678', true]]);
    expect(new Set(saved.map((x) => x.number)).size).toBe(3);
  });

  it('is all or nothing: a failing item leaves the archive as it was and is named in the error', async () => {
    const d = db();
    await seeded(d);
    const cards = await d.cards.toArray();
    const history = await d.history.count();
    const meta = await d.meta.toArray();
    const err = await saveDraftsMany(
      [
        { draft: draft({ name: 'First New', phones: [{ value: '+16085550400' }] }) },
        { draft: draft({ name: 'Second New' }) },
        { draft: draft({ name: 'Vanished Co' }), mergeInto: 'no-such-card' },
      ],
      { db: d, now: T0 + 40 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MessageError);
    expect((err as MessageError).code).toBe('not-found');
    expect((err as MessageError).message).toMatch(/^Item 3 \(Vanished Co\): /);
    expect((err as MessageError).data).toEqual({ index: 2 });
    expect(await d.cards.toArray()).toEqual(cards);
    expect(await d.history.count()).toBe(history);
    expect(await d.meta.toArray()).toEqual(meta);
  });
});
