import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { getDb } from '../db';
import { translator } from '../i18n';
import { loadPrefs } from '../views/prefs';
import { reminderMessages } from './messages';
import { startOfDay } from './rules';
import { badgeCount, scanReminders, shownCount, type TodayReminders } from './scan';

// The background side of reminders: the toolbar badge shows what is due today (follow-ups, birthdays and
// anniversaries), kept current after every write and on a half-hourly alarm; once a day a notification sums
// today up. Clicking it opens the archive.

const ALARM = 'lead-archive-reminders';
const NOTIFIED_KEY = 'remindersNotifiedDay';
const NOTIFICATION_ID = 'lead-archive-today';
/** A small square in the extension's blue: notifications need an icon and the extension ships none yet. */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAL0lEQVR42u3OIQEAAAgDMHrRiVy0hBg3E/Ornr2kEhAQEBAQEBAQEBAQEBAQSAceYr1AiJbn8VoAAAAASUVORK5CYII=';

/** The notification text: one line per kind of reminder that has any. */
export function summary(t: TodayReminders, lang?: 'en' | 'zh'): { title: string; message: string } | null {
  const tr = translator(reminderMessages, lang);
  const lines: string[] = [];
  if (t.followUpsDue) lines.push(tr('followUps', { n: shownCount(t.followUpsDue) }));
  if (t.dates.length) lines.push(tr('dates', { n: t.dates.length }));
  if (t.review.count) lines.push(tr('review', { n: shownCount(t.review.count) }));
  if (t.noContact.count) lines.push(tr('noContact', { n: shownCount(t.noContact.count) }));
  return lines.length ? { title: tr('title'), message: lines.join('\n') } : null;
}

export async function refreshReminders(now = Date.now()): Promise<TodayReminders> {
  const prefs = await loadPrefs();
  const day = startOfDay(now);
  const stored = await browser.storage.local.get(NOTIFIED_KEY);
  const notify = prefs.reminders.notify && stored[NOTIFIED_KEY] !== day && !!browser.notifications;
  // After a write only the badge is refreshed (its parts are cheap); the whole scan runs for the daily notification.
  const today = await scanReminders(getDb(), now, prefs.reminders, undefined, notify ? undefined : 'badge');
  const n = badgeCount(today);
  await browser.action.setBadgeText({ text: n ? (n > 999 ? '999+' : String(n)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  const text = summary(today);
  if (notify && text) {
    await browser.notifications.create(NOTIFICATION_ID, { type: 'basic', iconUrl: ICON, ...text });
    await browser.storage.local.set({ [NOTIFIED_KEY]: day });
  }
  return today;
}

/** Wires reminders into the background: alarm, writes, notification clicks. Call once from background.ts. */
export function startReminders(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refreshReminders().catch(() => undefined), 1500);
  };
  void browser.alarms?.create(ALARM, { periodInMinutes: 30, delayInMinutes: 0.1 });
  browser.alarms?.onAlarm.addListener((a) => {
    if (a.name === ALARM) soon();
  });
  // Every write to the archive goes through this background, so its own change events cover them all.
  Dexie.on('storagemutated', soon);
  browser.notifications?.onClicked.addListener((id) => {
    if (id === NOTIFICATION_ID) void browser.tabs.create({ url: browser.runtime.getURL('/archive.html') });
  });
  soon();
}
