import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDbs, draft } from '../archive/helpers';
import type { ArchiveDb } from '../../../lib/db';
import { addFollowUp, saveDraft, trashCards, updateCard } from '../../../lib/archive/store';
import { exportJson, importCommit, importDryRun } from '../../../lib/archive/transfer';
import { TransferError } from '../../../lib/transfer/errors';

const db = freshDbs();
afterEach(() => {
  vi.restoreAllMocks();
});

const T0 = Date.UTC(2026, 10, 23, 10);

async function sample(d: ArchiveDb) {
  const a = await saveDraft(
    draft({
      name: '深圳市华强电子有限公司',
      phones: [{ value: '+8675588880000', prov: { src: 'jsonld', conf: 0.95, at: 0 } }],
      sources: [{ url: 'https://hq.cn' }],
    }),
    {},
    { db: d, now: T0 },
  );
  await saveDraft(
    draft({ name: 'Huaqiang', phones: [{ value: '+8675588880000' }], emails: [{ value: 'x@hq.cn' }] }),
    {},
    { db: d, now: T0 + 1 },
  );
  const b = await saveDraft(
    draft({ name: 'Alinea', kind: 'person', emails: [{ value: 'a@alinea.com' }] }),
    {},
    { db: d, now: T0 + 2 },
  );
  await updateCard({ ...b.card, classification: { grade: 'B', tags: ['restaurant'] } }, b.card.rev, {
    db: d,
    now: T0 + 3,
  });
  await addFollowUp(
    { id: 'f1', cardId: a.card.id, date: T0, method: 'visit', summary: '见面', done: false, nextDate: T0 + 86400000 },
    { db: d, now: T0 + 4 },
  );
  const c = await saveDraft(draft({ name: 'Trashed', emails: [{ value: 't@t.com' }] }), {}, { db: d, now: T0 + 5 });
  await trashCards([c.card.id], { db: d, now: T0 + 6 });
}

async function dump(d: ArchiveDb) {
  return {
    cards: await d.cards.orderBy('id').toArray(),
    followUps: await d.followUps.orderBy('id').toArray(),
    history: await d.history.orderBy('id').toArray(),
  };
}

describe('export → import', () => {
  it('imports into an empty archive as identical cards, follow-ups and history', async () => {
    const src = db();
    await sample(src);
    const text = await exportJson(src, new Date(T0));
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'lead-archive', version: 1, exportedAt: new Date(T0).toISOString() });
    expect(file.leads).toHaveLength(3);
    expect(Object.keys(file.leads[0])).not.toContain('keys');

    const dst = db();
    const report = await importDryRun(text, dst);
    expect(report).toMatchObject({
      ok: true,
      total: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      duplicates: [],
      invalid: [],
    });
    expect(await dst.cards.count()).toBe(0);
    expect(await importCommit(text, { db: dst })).toEqual({ created: 3, updated: 0, skipped: 0 });
    expect(await dump(dst)).toEqual(await dump(src));
    // Exporting again gives the same document.
    expect(await exportJson(dst, new Date(T0))).toBe(text);
    // Importing the same file again changes nothing.
    expect(await importDryRun(text, dst)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await importCommit(text, { db: dst })).toEqual({ created: 0, updated: 0, skipped: 3 });
    expect(await dump(dst)).toEqual(await dump(src));
  });

  it('dry run counts new, would-update, duplicates within the file and invalid records, writing nothing', async () => {
    const src = db();
    await sample(src);
    const file = JSON.parse(await exportJson(src));
    const dst = db();
    await saveDraft(draft({ name: 'Mine', emails: [{ value: 'a@alinea.com' }] }), {}, { db: dst, now: T0 });
    const before = await dump(dst);
    const leads = [
      ...file.leads,
      { ...file.leads[0] },
      { ...file.leads[0], id: 'other-id', number: 'C-9', history: [], followUps: [] },
      { ...file.leads[0], id: 'bad', kind: 'robot' },
    ];
    const text = JSON.stringify({ ...file, leads });
    const report = await importDryRun(text, dst);
    // Index 4 shares every key with index 0 but is another card (its own id): an archive may hold two customers
    // sharing a phone, so it is created, not dropped; index 3 repeats index 0's id and is the duplicate.
    expect(report).toMatchObject({
      total: 6,
      created: 3,
      updated: 1,
      duplicates: [{ index: 3, of: 0 }],
    });
    expect(report.invalid).toEqual([{ index: 5, row: 6, reason: expect.stringMatching(/^kind/) }]);
    expect(await dump(dst)).toEqual(before);

    expect(await importCommit(text, { db: dst, now: T0 + 10 })).toEqual({ created: 3, updated: 1, skipped: 2 });
    const mine = (await dst.cards.toArray()).find((c) => c.name === 'Mine')!;
    expect(mine.classification.grade).toBe('B');
    expect(mine.rev).toBe(1);
    expect(await dst.cards.count()).toBe(4);
  });

  it('gives a renumbered card a fresh number when its number is taken', async () => {
    const src = db();
    await saveDraft(draft({ name: 'A', emails: [{ value: 'a@a.com' }] }), {}, { db: src, now: T0 });
    const dst = db();
    await saveDraft(draft({ name: 'B', emails: [{ value: 'b@b.com' }] }), {}, { db: dst, now: T0 });
    await importCommit(await exportJson(src), { db: dst, now: T0 });
    expect((await dst.cards.toArray()).map((c) => c.number).sort()).toEqual(['C-2026-0001', 'C-2026-0002']);
  });

  it('renumbers a record whose number an earlier record of the same file took', async () => {
    const src = db();
    await saveDraft(draft({ name: 'A', emails: [{ value: 'a@a.com' }] }), {}, { db: src, now: T0 });
    const file = JSON.parse(await exportJson(src));
    const twin = { ...file.leads[0], id: 'twin', name: 'Z', emails: [{ value: 'z@z.com' }], history: [] };
    const dst = db();
    const text = JSON.stringify({ ...file, leads: [file.leads[0], twin] });
    expect(await importDryRun(text, dst)).toMatchObject({ created: 2, duplicates: [] });
    expect(await importCommit(text, { db: dst, now: T0 })).toEqual({ created: 2, updated: 0, skipped: 0 });
    expect((await dst.cards.orderBy('number').toArray()).map((c) => [c.name, c.number])).toEqual([
      ['A', 'C-2026-0001'],
      ['Z', 'C-2026-0002'],
    ]);
  });

  it('writes all or nothing: a failure midway leaves the archive as it was', async () => {
    const src = db();
    await sample(src);
    const text = await exportJson(src);
    const dst = db();
    await saveDraft(draft({ name: 'Kept' }), {}, { db: dst, now: T0 });
    const before = await dump(dst);
    // New cards are written in one bulk request after the merges: the disk fills up there.
    vi.spyOn(dst.cards, 'bulkAdd').mockImplementation(
      () => Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' })) as never,
    );
    await expect(importCommit(text, { db: dst })).rejects.toMatchObject({ code: 'quota' });
    expect(await dump(dst)).toEqual(before);
  });

  it('refuses a bad file before touching the archive', async () => {
    const dst = db();
    await expect(importDryRun('nope', dst)).rejects.toBeInstanceOf(TransferError);
    await expect(importCommit('{"format":"lead-archive","version":99,"leads":[]}', { db: dst })).rejects.toMatchObject({
      code: 'newer-version',
    });
    expect(await dst.cards.count()).toBe(0);
  });
});
