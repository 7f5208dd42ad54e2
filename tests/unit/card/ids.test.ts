import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeId, ID_LENGTH, isUuid, randomContext } from '../../../lib/card/ids';
import { generateCard } from '../../bench/generate';

const SHAPE = /^[0-9a-z]{20}$/;
const contextOf = (id: string) => id.slice(9, 17);
const timeOf = (id: string) => parseInt(id.slice(0, 9), 36);
const T = Date.UTC(2026, 10, 23, 23, 0, 0, 123);

afterEach(() => vi.restoreAllMocks());

/** newId of a freshly loaded module: a new page or worker, which has made no id yet. */
async function freshNewId() {
  vi.resetModules();
  return (await import('../../../lib/card/ids')).newId;
}

/** Ids sort by plain string comparison, as IndexedDB compares keys. */
const sorted = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('newId', () => {
  it('is 20 lower-case base36 characters: the creation time in ms, the context, the sequence', async () => {
    const newId = await freshNewId();
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(ID_LENGTH).toBe(20);
    expect(id).toMatch(SHAPE);
    expect(timeOf(id)).toBeGreaterThanOrEqual(before);
    expect(timeOf(id)).toBeLessThanOrEqual(after + 1);
    expect(isUuid(id)).toBe(false);
  });

  it('ids made later sort later, across milliseconds and many within one', async () => {
    const newId = await freshNewId();
    const clock = vi.spyOn(Date, 'now');
    const ids: string[] = [];
    for (let ms = 0; ms < 50; ms++) {
      clock.mockReturnValue(T + ms * 7);
      for (let k = 0; k < 200; k++) ids.push(newId());
    }
    expect(sorted(ids)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(timeOf(ids[0])).toBe(T);
    expect(timeOf(ids.at(-1)!)).toBe(T + 49 * 7);
  });

  it('keeps the order when the clock steps back', async () => {
    const newId = await freshNewId();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(T + 5000);
    const a = newId();
    clock.mockReturnValue(T);
    const b = newId();
    expect(b > a).toBe(true);
    expect(timeOf(b)).toBe(T + 5000);
  });

  it('moves to the next millisecond when the sequence of one millisecond is used up', async () => {
    const newId = await freshNewId();
    vi.spyOn(Date, 'now').mockReturnValue(T + 9_000_000);
    const ids = Array.from({ length: 36 ** 3 + 1 }, () => newId());
    const a = ids[36 ** 3 - 1];
    const b = ids[36 ** 3];
    expect(a.endsWith('zzz')).toBe(true);
    expect(timeOf(a)).toBe(T + 9_000_000);
    expect(timeOf(b)).toBe(T + 9_000_001);
    expect(b.endsWith('000')).toBe(true);
    expect(sorted(ids)).toEqual(ids);
  });

  it('100,000 ids are all different, and 100,000 from two fresh pages in the same millisecond too', async () => {
    const newId = await freshNewId();
    const many = Array.from({ length: 100_000 }, () => newId());
    expect(new Set(many).size).toBe(100_000);
    vi.spyOn(Date, 'now').mockReturnValue(T + 20_000_000);
    const device = async () => {
      const made = await freshNewId();
      return Array.from({ length: 40_000 }, () => made());
    };
    const both = [...(await device()), ...(await device())];
    expect(new Set(both.map(contextOf)).size).toBe(2);
    expect(new Set(both).size).toBe(80_000);
  });

  it('keeps one context per page or worker, drawn uniformly (a plain byte % 36 would favour 0–3 by 14%)', async () => {
    const newId = await freshNewId();
    expect(contextOf(newId())).toBe(contextOf(newId()));
    const counts = new Array<number>(36).fill(0);
    for (let i = 0; i < 30_000; i++) for (const ch of randomContext()) counts[parseInt(ch, 36)]++;
    const expected = (30_000 * 8) / 36;
    for (const c of counts) expect(Math.abs(c - expected) / expected).toBeLessThan(0.06);
  });
});

describe('composeId and isUuid', () => {
  it('puts a fixed-width time first and refuses what would break the order', () => {
    expect(composeId(0, '00000000', 0)).toBe('0'.repeat(20));
    expect(composeId(36 ** 9 - 1, 'zzzzzzzz', 36 ** 3 - 1)).toBe('z'.repeat(20));
    expect(() => composeId(36 ** 9, '00000000', 0)).toThrow(RangeError);
    expect(() => composeId(-1, '00000000', 0)).toThrow(RangeError);
    expect(() => composeId(1.5, '00000000', 0)).toThrow(RangeError);
    expect(() => composeId(T, '0000000', 0)).toThrow(RangeError);
    expect(() => composeId(T, '0000000A', 0)).toThrow(RangeError);
    expect(() => composeId(T, '00000000', 36 ** 3)).toThrow(RangeError);
  });

  it('tells UUIDs from other ids', () => {
    expect(isUuid(crypto.randomUUID())).toBe(true);
    expect(isUuid('3F2504E0-4F89-11D3-9A0C-0305E82C3301')).toBe(true);
    expect(isUuid(composeId(T, '77777777', 7))).toBe(false);
    expect(isUuid('bench-1-2')).toBe(false);
    expect(isUuid('3f2504e0-4f89-11d3-9a0c-0305e82c3301x')).toBe(false);
  });
});

describe('benchmark generator ids', () => {
  const now = Date.UTC(2026, 10, 23);
  it('have newId’s shape, the card’s createdAt (a follow-up’s date) as time, and stay the same for a seed', () => {
    for (let i = 0; i < 200; i++) {
      const { card, followUps } = generateCard(i, 7, now);
      expect(card.id).toMatch(SHAPE);
      expect(timeOf(card.id)).toBe(card.createdAt);
      for (const c of card.contacts as { id: string }[]) expect(c.id).toMatch(SHAPE);
      for (const f of followUps) {
        expect(f.id).toMatch(SHAPE);
        expect(timeOf(f.id as string)).toBe(f.date);
        expect(f.cardId).toBe(card.id);
      }
      expect(generateCard(i, 7, now)).toEqual({ card, followUps });
    }
    expect(generateCard(3, 8, now).card.id).not.toBe(generateCard(3, 7, now).card.id);
  });

  it('never repeat over 20,000 cards with their contacts and follow-ups', () => {
    const ids = new Set<string>();
    let n = 0;
    for (let i = 0; i < 20_000; i++) {
      const { card, followUps } = generateCard(i, 1, now);
      for (const id of [
        card.id,
        ...(card.contacts as { id: string }[]).map((c) => c.id),
        ...followUps.map((f) => f.id),
      ]) {
        ids.add(id as string);
        n++;
      }
    }
    expect(ids.size).toBe(n);
  });
});
