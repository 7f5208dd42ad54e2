import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ArchiveDb, toRecord, V1_STORES } from '../../../lib/db';
import { Card } from '../../../lib/card/schema';
import { findMatches, getCard } from '../../../lib/archive/store';
import { draft } from './helpers';

// An archive written by the first release (schema version 1 only) opens with every later version of the code:
// the cards stay, and the dedupe index still finds them.

describe('database versions', () => {
  it('opens a version-1 archive with today’s schema and keeps its cards and indexes', async () => {
    const name = `v1-archive-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const card = Card.parse({
      id: 'old-1',
      number: 'C-2025-0001',
      kind: 'company',
      name: 'Old Co., Ltd.',
      phones: [{ value: '+8613800138000' }],
      createdAt: 1,
      updatedAt: 1,
    });
    await v1.table('cards').add(toRecord(card));
    await v1.table('meta').put({ key: 'counter:C-2025-#', value: 1 });
    v1.close();

    const db = new ArchiveDb(name);
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await getCard('old-1', db)).toEqual(card);
    const matches = await findMatches(draft({ phones: [{ value: '138 0013 8000' }] }), { db });
    expect(matches.map((m) => [m.id, m.matchedKeys])).toEqual([['old-1', ['tel:+8613800138000']]]);
    await db.delete();
  });
});

describe('who may open the archive', () => {
  it('refuses a web page origin (a content script) and accepts extension pages', async () => {
    const { assertExtensionContext } = await import('../../../lib/db');
    expect(() => assertExtensionContext('https:')).toThrow(/only by the extension/);
    expect(() => assertExtensionContext('http:')).toThrow();
    expect(() => assertExtensionContext('chrome-extension:')).not.toThrow();
    expect(() => assertExtensionContext('moz-extension:')).not.toThrow();
    expect(() => assertExtensionContext(undefined)).not.toThrow();
  });
});

describe('keepAliveWhile (long upgrades in the service worker)', () => {
  it('calls the extension runtime every 20 s while the work runs, and stops when it is done', async () => {
    const { vi } = await import('vitest');
    const { keepAliveWhile } = await import('../../../lib/db');
    vi.useFakeTimers();
    const calls: number[] = [];
    const g = globalThis as { chrome?: unknown };
    const saved = g.chrome;
    g.chrome = { runtime: { getPlatformInfo: async () => calls.push(Date.now()) } };
    try {
      let finish!: (v: string) => void;
      const done = keepAliveWhile(new Promise<string>((r) => (finish = r)));
      await vi.advanceTimersByTimeAsync(65_000);
      expect(calls).toHaveLength(3);
      finish('ok');
      expect(await done).toBe('ok');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toHaveLength(3);
    } finally {
      g.chrome = saved;
      vi.useRealTimers();
    }
  });
});
