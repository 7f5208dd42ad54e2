import type { Card, FollowUp } from '../card/schema';

// What the user should be reminded of today. Pure rules over a card, its follow-ups and the settings; the scan
// (scan.ts) picks the candidate cards from indexes and applies these rules to them only.

export type GradeKey = 'A' | 'B' | 'C' | 'none';

export interface ReminderSettings {
  /** Remind when a card has had no contact for this many days, per grade (0 turns the rule off). */
  noContactDays: Record<GradeKey, number>;
  /** Remind when a card has not been reviewed for this many months, per grade (0 turns the rule off). */
  reviewMonths: Record<GradeKey, number>;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  noContactDays: { A: 30, B: 30, C: 30, none: 30 },
  reviewMonths: { A: 2, B: 2, C: 2, none: 2 },
};

export type ReminderKind = 'followup' | 'overdue' | 'birthday' | 'anniversary' | 'no-contact' | 'review';

export interface Reminder {
  kind: ReminderKind;
  cardId: string;
  /** When it fell due (ms); for birthdays, the start of today. */
  due: number;
  followUpId?: string;
  /** Days since the last contact, for `no-contact`. */
  days?: number;
}

const DAY = 86_400_000;

export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function endOfDay(now: number): number {
  return startOfDay(now) + DAY - 1;
}

export function gradeKey(card: Pick<Card, 'classification'>): GradeKey {
  return card.classification?.grade ?? 'none';
}

/** Open follow-ups whose next date is today (`followup`) or earlier (`overdue`). */
export function followUpReminders(followUps: readonly FollowUp[], now: number): Reminder[] {
  const start = startOfDay(now);
  const end = endOfDay(now);
  const out: Reminder[] = [];
  for (const f of followUps) {
    if (f.done || f.nextDate === undefined || f.nextDate > end) continue;
    out.push({
      kind: f.nextDate < start ? 'overdue' : 'followup',
      cardId: f.cardId,
      due: f.nextDate,
      followUpId: f.id,
    });
  }
  return out;
}

/**
 * Month and day of a birthday or anniversary as people write it: 1990-05-12, 05-12, 5/12/1990 is ambiguous and
 * read as month/day, 5月12日. Returns "MM-DD" or null.
 */
export function monthDay(raw: string | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /^(?:\d{4}[-/.])?(\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/.exec(s);
  if (!m) m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$/.exec(s);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's "MM-DD" keys: in a year without 29 February, a 29 February date is remembered on the 28th. */
export function todayMonthDays(now: number): string[] {
  const d = new Date(now);
  const key = `${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const y = d.getFullYear();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return key === '02-28' && !leap ? [key, '02-29'] : [key];
}

export function dateReminders(card: Pick<Card, 'id' | 'person'>, now: number): Reminder[] {
  const today = todayMonthDays(now);
  const out: Reminder[] = [];
  const b = monthDay(card.person?.birthday);
  if (b && today.includes(b)) out.push({ kind: 'birthday', cardId: card.id, due: startOfDay(now) });
  const a = monthDay(card.person?.anniversary);
  if (a && today.includes(a)) out.push({ kind: 'anniversary', cardId: card.id, due: startOfDay(now) });
  return out;
}

/** No contact (no follow-up; never contacted counts from capture) for more days than the card's grade allows. */
export function noContactReminder(
  card: Pick<Card, 'id' | 'classification' | 'createdAt' | 'deletedAt'>,
  lastContactAt: number | undefined,
  now: number,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): Reminder | null {
  if (card.deletedAt) return null;
  const limit = settings.noContactDays[gradeKey(card)];
  if (!limit) return null;
  const since = lastContactAt ?? card.createdAt;
  const days = Math.floor((startOfDay(now) - startOfDay(since)) / DAY);
  if (days < limit) return null;
  return { kind: 'no-contact', cardId: card.id, due: since + limit * DAY, days };
}

/** The date a review falls due: the last review (or capture) plus the grade's months. */
export function reviewDueAt(
  card: Pick<Card, 'classification' | 'createdAt' | 'reviewedAt'>,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): number | null {
  const months = settings.reviewMonths[gradeKey(card)];
  if (!months) return null;
  const d = new Date(card.reviewedAt ?? card.createdAt);
  d.setMonth(d.getMonth() + months);
  return d.getTime();
}

export function reviewReminder(
  card: Pick<Card, 'id' | 'classification' | 'createdAt' | 'reviewedAt' | 'deletedAt'>,
  now: number,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): Reminder | null {
  if (card.deletedAt) return null;
  const due = reviewDueAt(card, settings);
  return due !== null && due <= endOfDay(now) ? { kind: 'review', cardId: card.id, due } : null;
}
