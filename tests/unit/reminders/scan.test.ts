import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { withFollowUps } from '../../../lib/card/last-contact';
import { Card, type FollowUp } from '../../../lib/card/schema';
import { ArchiveDb, toRecord, V1_STORES } from '../../../lib/db';
import { DEFAULT_REMINDER_SETTINGS } from '../../../lib/reminders/rules';
import { badgeCount, scanReminders } from '../../../lib/reminders/scan';
import { searchIds } from '../../../lib/search/search';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const NOW = at(2026, 11, 23, 9);

let n = 0;
function card(over: Partial<Card> & { name: string }): Card {
  n++;
  return Card.parse({
    id: over.id ?? `c${n}`,
    number: `C-2026-${String(n).padStart(4, '0')}`,
    kind: 'company',
    createdAt: at(2026, 11, 20),
    updatedAt: at(2026, 11, 20),
    reviewedAt: at(2026, 11, 1),
    ...over,
  });
}

function followUp(over: Partial<FollowUp> & { cardId: string }): FollowUp {
  n++;
  return { id: `f${n}`, date: at(2026, 11, 1), method: 'phone', summary: 'call', done: false, ...over };
}

let db: ArchiveDb | null = null;
afterEach(() => db?.close());

async function seed(cards: Card[], fus: FollowUp[] = []) {
  db = new ArchiveDb('scan-test-' + Math.random());
  // As the archive keeps them: each card's last contact is its latest follow-up.
  await db.cards.bulkPut(
    cards.map((c) =>
      toRecord(
        withFollowUps(
          c,
          fus.filter((f) => f.cardId === c.id),
        ),
      ),
    ),
  );
  await db.followUps.bulkPut(fus);
  return db;
}

describe('scanReminders on the archive database', () => {
  it('finds due and overdue follow-ups, not done or future ones, nor those of trashed cards', async () => {
    const a = card({ id: 'a', name: 'Alpha' });
    const gone = card({ id: 'gone', name: 'Gone', deletedAt: at(2026, 11, 22) });
    const d = await seed(
      [a, gone],
      [
        followUp({ id: 'today', cardId: 'a', nextDate: at(2026, 11, 23, 17) }),
        followUp({ id: 'late', cardId: 'a', nextDate: at(2026, 11, 2) }),
        followUp({ id: 'later', cardId: 'a', nextDate: at(2026, 11, 30) }),
        followUp({ id: 'closed', cardId: 'a', nextDate: at(2026, 11, 2), done: true }),
        followUp({ id: 'trashed', cardId: 'gone', nextDate: at(2026, 11, 23) }),
      ],
    );
    const r = await scanReminders(d, NOW);
    expect(r.followUps.map((f) => [f.followUpId, f.kind])).toEqual([
      ['late', 'overdue'],
      ['today', 'followup'],
    ]);
    expect(badgeCount(r)).toBe(2);
  });

  it('a follow-up marked done stops reminding (the index drops it)', async () => {
    const d = await seed(
      [card({ id: 'a', name: 'A' })],
      [followUp({ id: 'x', cardId: 'a', nextDate: at(2026, 11, 23) })],
    );
    expect((await scanReminders(d, NOW)).followUps).toHaveLength(1);
    const f = (await d.followUps.get('x'))!;
    expect(f).not.toHaveProperty('due');
    await d.followUps.put({ ...f, done: true });
    expect((await scanReminders(d, NOW)).followUps).toHaveLength(0);
  });

  it('finds birthdays and anniversaries of today', async () => {
    const d = await seed([
      card({ id: 'b', name: '王芳', kind: 'person', person: { birthday: '1988-11-23' } }),
      card({ id: 'c', name: 'Other', kind: 'person', person: { anniversary: '11月23日', birthday: '1990-01-01' } }),
      card({ id: 'x', name: 'Not today', kind: 'person', person: { birthday: '1990-11-24' } }),
    ]);
    const r = await scanReminders(d, NOW);
    expect(r.dates.map((x) => [x.cardId, x.kind]).sort()).toEqual([
      ['b', 'birthday'],
      ['c', 'anniversary'],
    ]);
  });

  it('finds reviews due per grade and cards without contact for too long', async () => {
    const d = await seed(
      [
        card({ id: 'rA', name: 'A old review', classification: { grade: 'A', tags: [] }, reviewedAt: at(2026, 8, 1) }),
        card({
          id: 'rC',
          name: 'C recent review',
          classification: { grade: 'C', tags: [] },
          reviewedAt: at(2026, 10, 1),
        }),
        card({ id: 'never', name: 'Never reviewed', createdAt: at(2026, 1, 1), reviewedAt: undefined }),
        card({ id: 'quiet', name: 'Quiet', createdAt: at(2026, 6, 1) }),
        card({ id: 'talked', name: 'Talked', createdAt: at(2026, 6, 1) }),
      ],
      [followUp({ cardId: 'talked', date: at(2026, 11, 10) }), followUp({ cardId: 'quiet', date: at(2026, 9, 1) })],
    );
    const r = await scanReminders(d, NOW);
    expect(r.review.ids.sort()).toEqual(['never', 'rA']);
    expect(r.review.count).toBe(2);
    expect(r.noContact.ids.sort()).toEqual(['never', 'quiet']);
    expect(r.noContact.count).toBe(2);
    const settings = {
      ...DEFAULT_REMINDER_SETTINGS,
      reviewMonths: { A: 6, B: 2, C: 1, none: 0 },
      noContactDays: { A: 30, B: 30, C: 30, none: 100 },
    };
    const r2 = await scanReminders(d, NOW, settings);
    expect(r2.review.ids.sort()).toEqual(['rC']);
    expect(r2.review.count).toBe(1);
    // Ungraded cards now allow 100 days: 'quiet' was contacted 83 days ago, so only 'never' is left.
    expect(r2.noContact.ids.sort()).toEqual(['never']);
    expect(r2.noContact.count).toBe(1);
  });
});

describe('counts made from index ranges', () => {
  it('count cards without contact exactly: new cards, contacted cards and the trash left out', async () => {
    const old = at(2026, 6, 1);
    const fresh = at(2026, 11, 20);
    const d = await seed(
      [
        card({ id: 'oldQuiet', name: '1', createdAt: old }),
        card({ id: 'oldTalked', name: '2', createdAt: old }),
        card({ id: 'newTalked', name: '3', createdAt: fresh }),
        card({ id: 'newQuiet', name: '4', createdAt: fresh }),
        card({ id: 'oldQuietTrashed', name: '5', createdAt: old, deletedAt: fresh }),
        card({ id: 'oldTalkedTrashed', name: '6', createdAt: old, deletedAt: fresh }),
      ],
      [
        followUp({ cardId: 'oldTalked', date: at(2026, 11, 15) }),
        followUp({ cardId: 'newTalked', date: at(2026, 11, 21) }),
        followUp({ cardId: 'oldTalkedTrashed', date: at(2026, 11, 1) }),
        followUp({ cardId: 'oldQuiet', date: at(2026, 7, 1) }),
      ],
    );
    const r = await scanReminders(d, NOW);
    expect(r.noContact).toEqual({ count: 1, ids: ['oldQuiet'] });
  });

  it('count reviews due without the trash', async () => {
    const d = await seed([
      card({ id: 'due', name: '1', reviewedAt: at(2026, 1, 1) }),
      card({ id: 'dueTrashed', name: '2', reviewedAt: at(2026, 1, 1), deletedAt: at(2026, 11, 1) }),
      card({ id: 'fine', name: '3', reviewedAt: at(2026, 11, 1) }),
    ]);
    const r = await scanReminders(d, NOW);
    expect(r.review).toEqual({ count: 1, ids: ['due'] });
  });
});

describe('the version 2 index fields', () => {
  it('are derived on write, hidden on read, and answer search', async () => {
    const d = await seed([card({ id: 's', name: '深圳市华强电子有限公司', emails: [{ value: 'sales@hq.cn' }] })]);
    const stored = await d.cards.get('s');
    expect(stored).not.toHaveProperty('terms');
    expect(stored?.name).toBe('深圳市华强电子有限公司');
    expect((await searchIds(d.cards, '华强电子')).ids).toEqual(['s']);
    expect((await searchIds(d.cards, 'sales@')).ids).toEqual(['s']);
    // An edit through any write path re-derives the terms.
    await d.cards.put({ ...stored!, name: 'Huaqiang Electronics' });
    expect((await searchIds(d.cards, '华强')).ids).toEqual([]);
    expect((await searchIds(d.cards, 'huaq')).ids).toEqual(['s']);
    const all = await d.cards.toArray();
    expect(all[0]).not.toHaveProperty('terms');
    let cursorSaw: unknown;
    await d.cards.each((c) => (cursorSaw = c));
    expect(cursorSaw).not.toHaveProperty('terms');
  });
});

describe('upgrading a version 1 archive', () => {
  it('fills the new index fields of existing cards and follow-ups', async () => {
    const name = 'upgrade-test-' + Math.random();
    const { default: Dexie } = await import('dexie');
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1
      .table('cards')
      .put(toRecord(card({ id: 'old', name: '华强电子', classification: { grade: 'A', tags: [] } })));
    await v1.table('followUps').put(followUp({ id: 'fo', cardId: 'old', nextDate: at(2026, 11, 23) }));
    v1.close();

    db = new ArchiveDb(name);
    expect((await searchIds(db.cards, '华强')).ids).toEqual(['old']);
    const r = await scanReminders(db, NOW);
    expect(r.followUps.map((f) => f.followUpId)).toEqual(['fo']);
  });
});
