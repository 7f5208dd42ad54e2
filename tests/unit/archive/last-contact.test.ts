import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { addFollowUp, updateCard } from '../../../lib/archive/store';
import { importCommit } from '../../../lib/archive/transfer';
import { mergeCards, undo } from '../../../lib/archive/workspace-ops';
import { Card, type FollowUp } from '../../../lib/card/schema';
import { ArchiveDb, fromRecord, toRecord, V1_STORES } from '../../../lib/db';
import { scanReminders } from '../../../lib/reminders/scan';
import { V2_STORES } from '../../../lib/search/db-version';
import { buildExport, stringifyExport } from '../../../lib/transfer/json';
import { freshDbs } from './helpers';

// A card's last contact (its latest follow-up) is what "no contact for N days" reads, through the [g+lc] index.
// Every path that writes follow-ups keeps it: adding one, importing cards with theirs, merging two cards, and the
// upgrade of an archive written before the field existed.

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 23, 12).getTime();
const db = freshDbs();
function card(id: string, over: Partial<Card> = {}): Card {
  return Card.parse({
    id,
    number: `C-${id}`,
    kind: 'company',
    name: id,
    createdAt: NOW - 90 * DAY,
    updatedAt: NOW - 90 * DAY,
    ...over,
  });
}
function followUp(id: string, cardId: string, daysAgo: number): FollowUp {
  return { id, cardId, date: NOW - daysAgo * DAY, method: 'phone', summary: 'call', done: true };
}
const stored = async (d: ArchiveDb, id: string) => fromRecord((await d.cards.get(id))!);
const quiet = async (d: ArchiveDb) => (await scanReminders(d, NOW)).noContact.ids.sort();

describe('last contact', () => {
  it('follows the latest follow-up, also when one is moved to an earlier date, and the editor cannot undo it', async () => {
    const d = db();
    await d.cards.bulkAdd([toRecord(card('a')), toRecord(card('b'))]);
    expect(await quiet(d)).toEqual(['a', 'b']);
    await addFollowUp(followUp('f1', 'a', 3), { db: d, now: NOW });
    expect((await stored(d, 'a')).lastContactAt).toBe(NOW - 3 * DAY);
    expect(await quiet(d)).toEqual(['b']);
    // The same follow-up corrected to an earlier date: the card is quiet again.
    await addFollowUp(followUp('f1', 'a', 60), { db: d, now: NOW });
    expect((await stored(d, 'a')).lastContactAt).toBe(NOW - 60 * DAY);
    expect(await quiet(d)).toEqual(['a', 'b']);
    await addFollowUp(followUp('f2', 'a', 1), { db: d, now: NOW });
    // An editor's copy that predates the field (or changes it) does not move it.
    const cur = await stored(d, 'a');
    const { lastContactAt: _l, ...edited } = { ...cur, name: 'A renamed' };
    await updateCard(edited as Card, cur.rev, { db: d, now: NOW });
    expect(await stored(d, 'a')).toMatchObject({ name: 'A renamed', lastContactAt: NOW - DAY });
  });

  it('comes with imported cards from their follow-ups, and moves with a merge', async () => {
    const d = db();
    const leads = [
      { ...card('x'), followUps: [followUp('fx1', 'x', 50), followUp('fx2', 'x', 5)], history: [] },
      { ...card('y'), followUps: [followUp('fy', 'y', 40)], history: [] },
    ];
    await importCommit(stringifyExport(buildExport(leads, new Date(NOW))), { db: d, now: NOW });
    expect((await stored(d, 'x')).lastContactAt).toBe(NOW - 5 * DAY);
    expect(await quiet(d)).toEqual(['y']);
    const [x, y] = [await stored(d, 'x'), await stored(d, 'y')];
    await mergeCards('y', 'x', y, { keep: y.rev, other: x.rev }, { db: d, now: NOW });
    expect((await stored(d, 'y')).lastContactAt).toBe(NOW - 5 * DAY);
    expect(await quiet(d)).toEqual([]);
  });

  it('is filled in when an archive of version 2 is opened', async () => {
    const name = `v2-archive-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores(V2_STORES);
    await v2.table('cards').bulkAdd([toRecord(card('old')), toRecord(card('talked'))]);
    await v2.table('followUps').bulkAdd([followUp('f-old', 'old', 80), followUp('f-t', 'talked', 2)]);
    v2.close();
    const d = new ArchiveDb(name);
    try {
      expect((await stored(d, 'talked')).lastContactAt).toBe(NOW - 2 * DAY);
      expect((await stored(d, 'old')).lastContactAt).toBe(NOW - 80 * DAY);
      expect(await quiet(d)).toEqual(['old']);
    } finally {
      await d.delete();
    }
  });

  it('is counted again when a follow-up moves to an earlier date or to another card, and when a merge is undone', async () => {
    const d = db();
    await d.cards.bulkAdd([toRecord(card('k')), toRecord(card('o'))]);
    await addFollowUp(followUp('fk', 'k', 50), { db: d, now: NOW });
    await addFollowUp(followUp('fo', 'o', 2), { db: d, now: NOW });
    const [k, o] = [await stored(d, 'k'), await stored(d, 'o')];
    const { undoId } = await mergeCards('k', 'o', k, { keep: k.rev, other: o.rev }, { db: d, now: NOW });
    expect((await stored(d, 'k')).lastContactAt).toBe(NOW - 2 * DAY);
    // The merged-away card (in the trash, restorable) no longer holds the follow-up, nor its date.
    expect((await stored(d, 'o')).lastContactAt).toBeUndefined();
    await undo(undoId, { db: d, now: NOW });
    expect((await stored(d, 'k')).lastContactAt).toBe(NOW - 50 * DAY);
    expect((await stored(d, 'o')).lastContactAt).toBe(NOW - 2 * DAY);
    // A stale panel sends o's follow-up with k's id: both cards are counted again.
    await addFollowUp(followUp('fo', 'k', 2), { db: d, now: NOW });
    expect((await stored(d, 'k')).lastContactAt).toBe(NOW - 2 * DAY);
    expect((await stored(d, 'o')).lastContactAt).toBeUndefined();

    // An import that replaces a card brings its follow-up back with an earlier date: the card is quiet again.
    const k2 = await stored(d, 'k');
    const lead = {
      ...k2,
      updatedAt: NOW + 1,
      followUps: [followUp('fk', 'k', 50), followUp('fo', 'k', 70)],
      history: [],
    };
    await importCommit(stringifyExport(buildExport([lead], new Date(NOW))), { db: d, now: NOW });
    expect((await stored(d, 'k')).lastContactAt).toBe(NOW - 50 * DAY);
    expect(await quiet(d)).toContain('k');
  });
});
