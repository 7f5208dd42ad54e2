import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeId, ID_LENGTH, isUuid } from '../../../lib/card/ids';
import { generateCard } from '../../bench/generate';

const SHAPE = /^[0-9a-z]{22}$/;
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
  it('is 22 lower-case base36 characters, the first 9 the creation time in ms', async () => {
    const newId = await freshNewId();
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(ID_LENGTH).toBe(22);
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

  it('moves to the next millisecond when the random part would wrap around', async () => {
    const newId = await freshNewId();
    vi.spyOn(Date, 'now').mockReturnValue(T + 9_000_000);
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(<V extends ArrayBufferView | null>(buf: V): V => {
      (buf as unknown as Uint8Array).fill(35);
      return buf;
    });
    const a = newId();
    const b = newId();
    expect(a).toBe(`${(T + 9_000_000).toString(36).padStart(9, '0')}${'z'.repeat(13)}`);
    expect(timeOf(b)).toBe(T + 9_000_001);
    expect(b > a).toBe(true);
  });

  it('100,000 ids are all different, and 100,000 from two fresh pages in the same millisecond too', async () => {
    const newId = await freshNewId();
    const many = Array.from({ length: 100_000 }, () => newId());
    expect(new Set(many).size).toBe(100_000);
    vi.spyOn(Date, 'now').mockReturnValue(T + 20_000_000);
    const device = async () => {
      const made = await freshNewId();
      return Array.from({ length: 50_000 }, () => made());
    };
    const both = [...(await device()), ...(await device())];
    expect(both.every((id) => timeOf(id) === T + 20_000_000)).toBe(true);
    expect(new Set(both).size).toBe(100_000);
  });

  it('draws each random digit uniformly (a plain byte % 36 would favour 0–3 by 14%)', async () => {
    const newId = await freshNewId();
    const counts = new Array<number>(36).fill(0);
    const clock = vi.spyOn(Date, 'now');
    for (let i = 0; i < 20_000; i++) {
      // A new millisecond each time, so every id draws a new random part instead of adding one to the last.
      clock.mockReturnValue(T + 30_000_000 + i);
      for (const ch of newId().slice(9)) counts[parseInt(ch, 36)]++;
    }
    const expected = (20_000 * 13) / 36;
    for (const c of counts) expect(Math.abs(c - expected) / expected).toBeLessThan(0.06);
  });
});

describe('composeId and isUuid', () => {
  it('puts a fixed-width time before the random digits and refuses what would break the order', () => {
    expect(composeId(0, new Array(13).fill(0))).toBe('0'.repeat(22));
    expect(composeId(36 ** 9 - 1, new Array(13).fill(35))).toBe('z'.repeat(22));
    expect(() => composeId(36 ** 9, new Array(13).fill(0))).toThrow(RangeError);
    expect(() => composeId(-1, new Array(13).fill(0))).toThrow(RangeError);
    expect(() => composeId(1.5, new Array(13).fill(0))).toThrow(RangeError);
    expect(() => composeId(T, new Array(12).fill(0))).toThrow(RangeError);
    expect(() => composeId(T, [...new Array(12).fill(0), 36])).toThrow(RangeError);
  });

  it('tells UUIDs from other ids', () => {
    expect(isUuid(crypto.randomUUID())).toBe(true);
    expect(isUuid('3F2504E0-4F89-11D3-9A0C-0305E82C3301')).toBe(true);
    expect(isUuid(composeId(T, new Array(13).fill(7)))).toBe(false);
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
