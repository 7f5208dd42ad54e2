import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../lib/card/schema';
import {
  DEFAULT_REMINDER_SETTINGS,
  dateReminders,
  followUpReminders,
  monthDay,
  noContactReminder,
  reviewReminder,
  todayMonthDays,
} from '../../../lib/reminders/rules';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const NOW = at(2026, 11, 23, 10);

const fu = (over: Partial<FollowUp>): FollowUp => ({
  id: 'f' + Math.random(),
  cardId: 'c1',
  date: at(2026, 11, 1),
  method: 'phone',
  summary: 's',
  done: false,
  ...over,
});

describe('follow-up reminders', () => {
  it('reminds of open follow-ups due today or earlier, not later or done', () => {
    const list = [
      fu({ id: 'today', nextDate: at(2026, 11, 23, 18) }),
      fu({ id: 'late', nextDate: at(2026, 11, 20) }),
      fu({ id: 'tomorrow', nextDate: at(2026, 11, 24, 0) }),
      fu({ id: 'done', nextDate: at(2026, 11, 22), done: true }),
      fu({ id: 'none' }),
    ];
    const r = followUpReminders(list, NOW);
    expect(r.map((x) => [x.followUpId, x.kind])).toEqual([
      ['today', 'followup'],
      ['late', 'overdue'],
    ]);
  });
});

describe('birthdays and anniversaries', () => {
  it('reads the usual ways of writing a date', () => {
    expect(monthDay('1990-11-23')).toBe('11-23');
    expect(monthDay('11-23')).toBe('11-23');
    expect(monthDay('11月23日')).toBe('11-23');
    expect(monthDay('1985年3月5号')).toBe('03-05');
    expect(monthDay('3/5/1985')).toBe('03-05');
    expect(monthDay('13-40')).toBeNull();
    expect(monthDay('soon')).toBeNull();
    expect(monthDay(undefined)).toBeNull();
  });
  it('reminds on the day only', () => {
    const card = { id: 'c1', person: { birthday: '1990-11-23', anniversary: '2010-11-24' } };
    expect(dateReminders(card, NOW).map((r) => r.kind)).toEqual(['birthday']);
    expect(dateReminders(card, at(2026, 11, 24)).map((r) => r.kind)).toEqual(['anniversary']);
  });
  it('remembers 29 February on the 28th in a common year', () => {
    expect(todayMonthDays(at(2026, 2, 28))).toEqual(['02-28', '02-29']);
    expect(todayMonthDays(at(2028, 2, 28))).toEqual(['02-28']);
    expect(dateReminders({ id: 'x', person: { birthday: '2000-02-29' } }, at(2027, 2, 28))).toHaveLength(1);
  });
});

describe('no contact for N days, per grade', () => {
  const base = { id: 'c1', classification: { grade: 'A' as const, tags: [] }, createdAt: at(2026, 1, 1) };
  it('counts from the last contact, or from capture when never contacted', () => {
    expect(noContactReminder(base, at(2026, 10, 24), NOW)?.days).toBe(30);
    expect(noContactReminder(base, at(2026, 10, 25), NOW)).toBeNull();
    expect(noContactReminder(base, undefined, NOW)?.kind).toBe('no-contact');
    expect(noContactReminder({ ...base, createdAt: at(2026, 11, 20) }, undefined, NOW)).toBeNull();
  });
  it('uses the grade’s own limit, and 0 switches it off', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, noContactDays: { A: 7, B: 60, C: 0, none: 30 } };
    const last = at(2026, 11, 10);
    expect(noContactReminder(base, last, NOW, settings)?.days).toBe(13);
    const b = { ...base, classification: { grade: 'B' as const, tags: [] } };
    expect(noContactReminder(b, last, NOW, settings)).toBeNull();
    const c = { ...base, classification: { grade: 'C' as const, tags: [] } };
    expect(noContactReminder(c, at(2020, 1, 1), NOW, settings)).toBeNull();
  });
  it('never reminds of a card in the trash', () => {
    expect(noContactReminder({ ...base, deletedAt: NOW }, undefined, NOW)).toBeNull();
  });
});

describe('review due', () => {
  const card = { id: 'c1', classification: { tags: [] }, createdAt: at(2026, 1, 1) };
  it('falls due two months after the last review by default', () => {
    expect(reviewReminder({ ...card, reviewedAt: at(2026, 9, 23) }, NOW)?.kind).toBe('review');
    expect(reviewReminder({ ...card, reviewedAt: at(2026, 9, 24) }, NOW)).toBeNull();
    expect(reviewReminder(card, NOW)?.kind).toBe('review');
  });
  it('follows the grade setting', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, reviewMonths: { A: 1, B: 2, C: 6, none: 2 } };
    const reviewed = at(2026, 10, 20);
    const a = { ...card, classification: { grade: 'A' as const, tags: [] }, reviewedAt: reviewed };
    const c = { ...card, classification: { grade: 'C' as const, tags: [] }, reviewedAt: reviewed };
    expect(reviewReminder(a, NOW, settings)).not.toBeNull();
    expect(reviewReminder(c, NOW, settings)).toBeNull();
  });
});
