import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draft, freshDbs } from '../archive/helpers';
import type { ArchiveDb } from '../../../lib/db';
import { fromRecord } from '../../../lib/db';
import { addFollowUp, saveDraft } from '../../../lib/archive/store';
import { exportJson, importCommit, importDryRun } from '../../../lib/archive/transfer';
import { SHARD_KEYS } from '../../../lib/archive/presence';

// The commit checks, plans and writes a file a slice at a time (so checking overlaps writing). Whatever the slice,
// the archive must end exactly as the dry run planned it and as a commit of the whole file at once leaves it:
// later records see the archive as it was before the import, not the cards the commit itself just wrote.

const db = freshDbs();
const T0 = Date.UTC(2026, 10, 23, 10);
const PHONES = ['+8613800138000', '+8613900139000', '+13125550100', '+442079460000'];
const EMAILS = ['a@acme.example', 'b@globex.example', 'c@initech.example'];

const person = fc.record({
  name: fc.constantFrom('华强电子', 'Acme', 'Globex', 'Initech', '张伟'),
  phones: fc.subarray(PHONES, { maxLength: 2 }),
  emails: fc.subarray(EMAILS, { maxLength: 2 }),
  followUp: fc.boolean(),
});
type Person = { name: string; phones: string[]; emails: string[]; followUp: boolean };

async function fill(d: ArchiveDb, people: Person[], at: number) {
  for (const [i, p] of people.entries()) {
    const { card } = await saveDraft(
      draft({
        name: p.name,
        phones: p.phones.map((value) => ({ value })),
        emails: p.emails.map((value) => ({ value })),
      }),
      { asNew: true },
      { db: d, now: at + i },
    );
    if (p.followUp) {
      await addFollowUp(
        { id: `f-${card.id}`, cardId: card.id, date: at + i, method: 'phone', summary: 'call', done: true },
        { db: d, now: at + i },
      );
    }
  }
}

/** The archive's content; history ids are left out (they count rows, and rows are written in another order). */
async function dump(d: ArchiveDb) {
  return {
    cards: (await d.cards.orderBy('id').toArray()).map(fromRecord),
    followUps: await d.followUps.orderBy('id').toArray(),
    history: (await d.history.toArray())
      .map(({ id: _id, ...h }) => h)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

describe('import commit in slices', () => {
  it('ends as the whole file committed at once, and as the dry run said, whatever the slice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { maxLength: 4 }),
        fc.array(person, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(20), { maxLength: 3 }),
        fc.boolean(),
        async (kept, incoming, repeats, bumpKept) => {
          const base = db();
          await fill(base, kept, T0);
          const baseText = await exportJson(base);
          const src = db();
          await fill(src, incoming, T0 + 100);
          const file = JSON.parse(await exportJson(src));
          // Records repeated (same id), and the kept archive's own cards, newer, so they replace.
          for (const r of repeats) if (file.leads.length) file.leads.push(file.leads[r % file.leads.length]);
          if (bumpKept) {
            // First in the file, without their phones and emails: later records must still meet those keys.
            for (const lead of JSON.parse(baseText).leads.slice(0, 2)) {
              file.leads.unshift({
                ...lead,
                name: `${lead.name} (new)`,
                phones: [],
                emails: [],
                updatedAt: lead.updatedAt + 1000,
              });
            }
          }
          const text = JSON.stringify(file);
          const results = [];
          // Each slice with the presence filter and without it (every value then looked up in the archive).
          for (const [slice, filter] of [
            [100_000, true],
            [1, true],
            [2, true],
            [1, false],
            [3, false],
          ] as const) {
            const d = db();
            await importCommit(baseText, { db: d, now: T0 });
            if (!filter) await d.meta.delete(SHARD_KEYS[0]);
            const planned = await importDryRun(text, d);
            const done = await importCommit(text, { db: d, now: T0 + 5000, slice });
            expect(done.created).toBe(planned.created);
            expect(done.updated).toBe(planned.updated);
            results.push(await dump(d));
          }
          for (const r of results.slice(1)) expect(r).toEqual(results[0]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('import commit: records that meet each other', () => {
  it('a follow-up id carried by a new record and by a later replace ends on the same card, sliced or not', async () => {
    const base = db();
    await fill(base, [{ name: 'Kept', phones: [PHONES[0]], emails: [], followUp: false }], T0);
    const kept = JSON.parse(await exportJson(base)).leads[0];
    const src = db();
    await fill(src, [{ name: 'New', phones: [PHONES[1]], emails: [], followUp: true }], T0 + 100);
    const fresh = JSON.parse(await exportJson(src)).leads[0];
    const shared = fresh.followUps[0];
    const newer = {
      ...kept,
      name: 'Kept (new)',
      updatedAt: kept.updatedAt + 1000,
      followUps: [{ ...shared, cardId: kept.id, date: shared.date + 5 }],
    };
    const text = JSON.stringify({ ...JSON.parse(await exportJson(src)), leads: [fresh, newer] });
    const results = [];
    for (const slice of [100_000, 1]) {
      const d = db();
      await importCommit(await exportJson(base), { db: d, now: T0 });
      expect(await importCommit(text, { db: d, now: T0 + 5000, slice })).toEqual({
        created: 1,
        updated: 1,
        skipped: 0,
      });
      results.push(await dump(d));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0].followUps.filter((f) => f.id === shared.id)).toHaveLength(1);
  });

  it('keeps history rows whose ids are 0 or below, giving a clashing one a new id', async () => {
    const d = db();
    const src = db();
    await fill(src, [{ name: 'A', phones: [PHONES[0]], emails: [], followUp: false }], T0);
    const file = JSON.parse(await exportJson(src));
    const row = { cardId: file.leads[0].id, at: T0, field: 'name', old: null, new: 'A' };
    const a = { ...file.leads[0], history: [{ ...row, id: 0 }] };
    const b = {
      ...file.leads[0],
      id: 'other-card',
      number: 'X-1',
      phones: [{ value: PHONES[1] }],
      history: [{ ...row, cardId: 'other-card', id: 0 }],
    };
    await importCommit(JSON.stringify({ ...file, leads: [a] }), { db: d, now: T0 });
    expect(await importCommit(JSON.stringify({ ...file, leads: [b] }), { db: d, now: T0 })).toMatchObject({
      created: 1,
    });
    const rows = await d.history.toArray();
    expect(rows.map((h) => h.cardId).sort()).toEqual([a.id, 'other-card'].sort());
    expect(rows.find((h) => h.cardId === a.id)?.id).toBe(0);
  });

  it('a newer copy carrying a number another kept card holds keeps its own number, as the dry run says', async () => {
    const d = db();
    await fill(
      d,
      [
        { name: 'X', phones: [PHONES[0]], emails: [], followUp: false },
        { name: 'Y', phones: [PHONES[1]], emails: [], followUp: false },
      ],
      T0,
    );
    const file = JSON.parse(await exportJson(d));
    const [x, y] = file.leads;
    const moved = { ...x, name: 'X renamed', number: y.number, updatedAt: x.updatedAt + 1000 };
    const text = JSON.stringify({ ...file, leads: [moved] });
    expect(await importDryRun(text, d)).toMatchObject({ updated: 1, created: 0 });
    expect(await importCommit(text, { db: d, now: T0 + 5000 })).toEqual({ created: 0, updated: 1, skipped: 0 });
    const after = await d.cards.get(x.id);
    expect(after).toMatchObject({ name: 'X renamed', number: x.number });
    expect((await d.cards.get(y.id))?.number).toBe(y.number);
  });
});
