import { describe, expect, it, vi } from 'vitest';
import { freshDbs, draft } from './helpers';
import {
  findMatches,
  saveDraft,
  trashCards,
  restoreCards,
  updateCard,
  addFollowUp,
  cardHistory,
} from '../../../lib/archive/store';
import { MessageError } from '../../../lib/messages';
import { numberPattern, setNumberPattern } from '../../../lib/archive/number';

const db = freshDbs();

const T0 = Date.UTC(2026, 10, 23, 10);

describe('saveDraft', () => {
  it('creates a card with the next customer number from the default pattern', async () => {
    const d = db();
    const a = await saveDraft(draft({ phones: [{ value: '+8613800138000' }] }), {}, { db: d, now: T0 });
    const b = await saveDraft(
      draft({ name: 'Other Co', emails: [{ value: 'b@example.com' }] }),
      {},
      { db: d, now: T0 },
    );
    expect(a.created).toBe(true);
    expect(a.card.number).toBe('C-2026-0001');
    expect(b.card.number).toBe('C-2026-0002');
    expect(a.card.rev).toBe(0);
    expect(await d.cards.count()).toBe(2);
  });

  it('merges the same company captured again instead of duplicating, and records the change', async () => {
    const d = db();
    const first = await saveDraft(
      draft({
        phones: [{ value: '+86 138 0013 8000' }],
        emails: [{ value: 'Sales@Acme.cn' }],
        sources: [{ url: 'https://a.cn/1' }],
      }),
      {},
      { db: d, now: T0 },
    );
    const again = await saveDraft(
      draft({
        name: 'ACME TRADING LIMITED',
        phones: [{ value: '13800138000' }, { value: '+86 755 8888 0000' }],
        emails: [{ value: 'sales@acme.cn' }],
        company: { industry: 'Electronics', mainProducts: ['cables'], certifications: [] },
        sources: [{ url: 'https://a.cn/2' }],
      }),
      {},
      { db: d, now: T0 + 1000 },
    );
    expect(again.created).toBe(false);
    expect(again.card.id).toBe(first.card.id);
    expect(await d.cards.count()).toBe(1);
    expect(again.card.phones.map((p) => p.value)).toEqual(['+8613800138000', '+8675588880000']);
    expect(again.card.emails.map((p) => p.value)).toEqual(['sales@acme.cn']);
    expect(again.card.phones.every((p) => !p.masked)).toBe(true);
    expect(again.card.name).toBe('Acme Trading Co., Ltd.');
    expect(again.card.company.industry).toBe('Electronics');
    expect(again.card.sources).toHaveLength(2);
    expect(again.card.rev).toBe(1);
    const fields = (await cardHistory(first.card.id, d)).map((h) => h.field);
    expect(fields).toEqual(
      expect.arrayContaining(['phones', 'company.industry', 'company.mainProducts', 'sources', 'created']),
    );
    // The same capture again brings nothing new: no new revision, no history.
    const same = await saveDraft(
      draft({ emails: [{ value: 'sales@acme.cn' }], sources: [{ url: 'https://a.cn/2' }] }),
      {},
      { db: d, now: T0 + 2000 },
    );
    expect(same.card.rev).toBe(1);
    expect(same.card.updatedAt).toBe(T0 + 1000);
    const matches = await findMatches(draft({ name: 'acme trading', emails: [{ value: 'SALES@acme.cn' }] }), { db: d });
    expect(matches.map((m) => m.id)).toEqual([first.card.id]);
    expect(matches[0].matchedKeys).toEqual(['email:sales@acme.cn', 'name:acmetrading']);
  });

  it('saves as a new card when asked, and merges into a chosen card on a name-only match', async () => {
    const d = db();
    const a = await saveDraft(draft({ emails: [{ value: 'a@acme.cn' }] }), {}, { db: d, now: T0 });
    const b = await saveDraft(draft({ emails: [{ value: 'a@acme.cn' }] }), { asNew: true }, { db: d, now: T0 });
    expect(b.created).toBe(true);
    expect(b.card.id).not.toBe(a.card.id);
    const c = await saveDraft(
      draft({ phones: [{ value: '+8613900139000' }] }),
      { mergeInto: a.card.id },
      { db: d, now: T0 },
    );
    expect(c).toMatchObject({ created: false, card: { id: a.card.id } });
    await expect(saveDraft(draft(), { mergeInto: 'missing' }, { db: d })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('never reuses a customer number already taken (an imported card, a hand-set number)', async () => {
    const d = db();
    const a = await saveDraft(draft({ name: 'A', number: 'C-2026-0001' }), {}, { db: d, now: T0 });
    expect(a.card.number).toBe('C-2026-0001');
    const b = await saveDraft(draft({ name: 'B' }), {}, { db: d, now: T0 });
    const c = await saveDraft(draft({ name: 'C', number: 'C-2026-0002' }), {}, { db: d, now: T0 });
    expect(b.card.number).toBe('C-2026-0002');
    expect(c.card.number).toBe('C-2026-0003');
    const many = await Promise.all(
      Array.from({ length: 20 }, (_, i) => saveDraft(draft({ name: `N${i}` }), {}, { db: d, now: T0 })),
    );
    expect(new Set(many.map((m) => m.card.number)).size).toBe(20);
  });
});

describe('updateCard', () => {
  it('writes with the current revision and records each changed field', async () => {
    const d = db();
    const { card } = await saveDraft(draft({ emails: [{ value: 'a@acme.cn' }] }), {}, { db: d, now: T0 });
    const edited = {
      ...card,
      classification: { ...card.classification, grade: 'A' as const },
      emails: [{ value: 'B@Acme.cn' }],
    };
    const next = await updateCard(edited, card.rev, { db: d, now: T0 + 5, by: 'me' });
    expect(next.rev).toBe(card.rev + 1);
    expect(next.emails[0].value).toBe('b@acme.cn');
    expect(next.createdAt).toBe(card.createdAt);
    const h = await cardHistory(card.id, d);
    expect(h.filter((e) => e.at === T0 + 5).map((e) => [e.field, e.old, e.new, e.by])).toEqual(
      expect.arrayContaining([
        ['classification.grade', undefined, 'A', 'me'],
        ['emails', [{ value: 'a@acme.cn' }], [{ value: 'b@acme.cn' }], 'me'],
      ]),
    );
    expect((await d.cards.get(card.id))?.grade).toBe('A');
  });

  it('fails with conflict and the current card when two editors started from the same revision', async () => {
    const d = db();
    const { card } = await saveDraft(draft(), {}, { db: d, now: T0 });
    const results = await Promise.allSettled([
      updateCard({ ...card, name: 'First editor' }, card.rev, { db: d }),
      updateCard({ ...card, name: 'Second editor' }, card.rev, { db: d }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    const err = failed[0].reason as MessageError;
    expect(err).toBeInstanceOf(MessageError);
    expect(err.code).toBe('conflict');
    const current = (err.data as { card: { name: string; rev: number } }).card;
    expect(current.rev).toBe(card.rev + 1);
    expect(['First editor', 'Second editor']).toContain(current.name);
    expect((await d.cards.get(card.id))?.name).toBe(current.name);
  });

  it('refuses a customer number another card has', async () => {
    const d = db();
    const a = await saveDraft(draft({ name: 'A' }), {}, { db: d, now: T0 });
    const b = await saveDraft(draft({ name: 'B' }), {}, { db: d, now: T0 });
    await expect(updateCard({ ...b.card, number: a.card.number }, b.card.rev, { db: d })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});

describe('trash, restore, follow-ups', () => {
  it('hides trashed cards from matching and brings them back', async () => {
    const d = db();
    const { card } = await saveDraft(draft({ emails: [{ value: 'a@acme.cn' }] }), {}, { db: d, now: T0 });
    expect(await trashCards([card.id, card.id, 'nope'], { db: d, now: T0 + 1 })).toBe(1);
    expect(await findMatches(draft({ emails: [{ value: 'a@acme.cn' }] }), { db: d })).toEqual([]);
    expect((await d.cards.get(card.id))?.deletedAt).toBe(T0 + 1);
    expect(await trashCards([card.id], { db: d })).toBe(0);
    expect(await restoreCards([card.id], { db: d, now: T0 + 2 })).toBe(1);
    expect((await d.cards.get(card.id))?.deletedAt).toBeUndefined();
    expect(await findMatches(draft({ emails: [{ value: 'a@acme.cn' }] }), { db: d })).toHaveLength(1);
  });

  it('adds a follow-up to an existing card only', async () => {
    const d = db();
    const { card } = await saveDraft(draft(), {}, { db: d, now: T0 });
    const f = { id: 'f1', cardId: card.id, date: T0, method: 'phone' as const, summary: 'Called', done: false };
    await addFollowUp(f, { db: d, now: T0 + 3 });
    expect(await d.followUps.where('cardId').equals(card.id).count()).toBe(1);
    expect((await d.cards.get(card.id))?.updatedAt).toBe(T0 + 3);
    await expect(addFollowUp({ ...f, id: 'f2', cardId: 'missing' }, { db: d })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('write failures', () => {
  it('maps a full disk to quota and a closed database to db-closed', async () => {
    const d = db();
    await saveDraft(draft(), {}, { db: d, now: T0 });
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(d.cards, 'add').mockRejectedValueOnce(quota);
    await expect(saveDraft(draft({ name: 'Q' }), {}, { db: d })).rejects.toMatchObject({ code: 'quota' });
    spy.mockRestore();
    d.close();
    await expect(saveDraft(draft({ name: 'Z' }), {}, { db: d })).rejects.toMatchObject({ code: 'db-closed' });
  });
});

describe('number pattern', () => {
  it('numbers new cards with the chosen pattern and refuses one without a counter', async () => {
    const d = db();
    await saveDraft(draft({ name: 'A' }), {}, { db: d, now: T0 });
    expect(await setNumberPattern('KH-YYMM-NNN', d, new Date(T0))).toEqual({
      pattern: 'KH-YYMM-NNN',
      example: 'KH-2611-001',
    });
    const b = await saveDraft(draft({ name: 'B' }), {}, { db: d, now: T0 });
    expect(b.card.number).toBe('KH-2611-001');
    await expect(setNumberPattern('KH-YYYY', d)).rejects.toMatchObject({ code: 'invalid-request' });
    expect(await numberPattern(d)).toBe('KH-YYMM-NNN');
  });
});
