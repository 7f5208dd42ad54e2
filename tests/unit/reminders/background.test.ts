import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Card } from '../../../lib/card/schema';
import { ArchiveDb, setDb, toRecord } from '../../../lib/db';
import { addFollowUp } from '../../../lib/archive/store';
import { setLang } from '../../../lib/i18n';
import { refreshReminders, summary } from '../../../lib/reminders/background';
import { Prefs, PREFS_KEY } from '../../../lib/views/prefs';

// The background's reminders: the toolbar badge counts what is due today (follow-ups, birthdays and
// anniversaries); once a day one notification sums today up, in the user's language, unless switched off.

const NOW = new Date(2026, 4, 12, 9).getTime();
const DAY = 86_400_000;
let db: ArchiveDb;
let badge: string[];
let notes: { id: string; title: string; message: string }[];

beforeEach(async () => {
  fakeBrowser.reset();
  setLang('en');
  db = new ArchiveDb(`reminders-bg-${Math.random()}`);
  setDb(db);
  badge = [];
  notes = [];
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async (d: { text: string | null }) => {
    badge.push(d.text ?? '');
  });
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockImplementation(async () => undefined);
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (
    id: string,
    o: { title: string; message: string },
  ) => {
    notes.push({ id, title: o.title, message: o.message });
    return id;
  }) as never);
  await db.cards.bulkAdd(
    [
      Card.parse({
        id: 'a',
        number: 'C-1',
        kind: 'person',
        name: '王小明',
        person: { birthday: '1990-05-12' },
        classification: { grade: 'A', tags: [] },
        createdAt: NOW - 100 * DAY,
        updatedAt: NOW - 100 * DAY,
      }),
      Card.parse({ id: 'b', number: 'C-2', kind: 'company', name: 'Acme', createdAt: NOW, updatedAt: NOW }),
    ].map(toRecord),
  );
  await addFollowUp({
    id: 'f',
    cardId: 'b',
    date: NOW - DAY,
    method: 'phone',
    summary: 'call',
    nextDate: NOW,
    done: false,
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  setLang(null);
  setDb(null);
  await db.delete();
});

describe('background reminders', () => {
  it('badge counts due follow-ups and birthdays; one notification a day sums today up', async () => {
    await refreshReminders(NOW);
    expect(badge.at(-1)).toBe('2');
    expect(notes).toHaveLength(1);
    expect(notes[0].title).toBe('Lead Archive: today');
    expect(notes[0].message.split('\n')).toEqual([
      '1 follow-ups due',
      '1 birthdays or anniversaries',
      // Card a: never reviewed, captured 100 days ago (review every 2 months) and no contact for 100 days.
      '1 cards due for review',
      '1 cards without contact for too long',
    ]);
    await refreshReminders(NOW + 3_600_000);
    expect(notes).toHaveLength(1);
    // The next day: the birthday is over, the follow-up is overdue, a new notification.
    await refreshReminders(NOW + DAY);
    expect(badge.at(-1)).toBe('1');
    expect(notes).toHaveLength(2);
  });

  it('no notification when the user switched them off; the badge still counts', async () => {
    await fakeBrowser.storage.local.set({
      [PREFS_KEY]: Prefs.parse({ reminders: { ...Prefs.parse({}).reminders, notify: false } }),
    });
    await refreshReminders(NOW);
    expect(badge.at(-1)).toBe('2');
    expect(notes).toHaveLength(0);
  });

  it('the summary is in Chinese for a Chinese browser', () => {
    const s = summary(
      { followUps: [], followUpsDue: 3, dates: [], review: { count: 0, ids: [] }, noContact: { count: 1001, ids: [] } },
      'zh',
    );
    expect(s).toEqual({ title: '客户档案：今日提醒', message: '3 个待跟进\n1000+ 张卡片长期未联系' });
  });
});
