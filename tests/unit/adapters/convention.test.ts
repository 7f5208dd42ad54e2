import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesAny } from '../../../lib/extract/adapters/kit/match';
import { adapterMessages } from '../../../lib/extract/adapters/messages';
import { adapterFor, adapters } from '../../../lib/extract/adapters/registry';
import type { SiteAdapter } from '../../../lib/extract/adapters/types';
import { FIXTURES, fixtures } from './support';

// The rules of DEVELOPERS.md for site adapters, checked on the files themselves: one file per adapter, in the
// registry, id = file name, with test pages and expected cards, and URL patterns that claim only their own site.

const DIR = join(__dirname, '../../../lib/extract/adapters');
/** Files in adapters/ that are not adapters. */
const NOT_ADAPTERS = new Set(['types.ts', 'registry.ts', 'list.ts', 'messages.ts']);
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.has(f));
const pages = fixtures();

describe('adapter conventions', () => {
  it.each(files)('%s exports one adapter whose id is its file name and which is registered', async (file) => {
    const mod = (await import(join(DIR, file))) as Record<string, unknown>;
    const exported = Object.values(mod).filter((v) => v && typeof v === 'object' && 'detect' in v);
    expect(exported).toHaveLength(1);
    const a = exported[0] as SiteAdapter;
    expect(a.id).toBe(file.slice(0, -3));
    expect(adapters).toContain(a);
  });

  it('has no registered adapter without a file, and no duplicate ids', () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => `${id}.ts`).sort()).toEqual([...files].sort());
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s has test pages with expected cards', (id, a) => {
    expect(existsSync(join(FIXTURES, id))).toBe(true);
    const mine = pages.filter((p) => p.id === id);
    expect(mine.length).toBeGreaterThan(0);
    for (const p of mine) {
      expect(p.expected.url, `${id}/${p.name} URL`).toMatch(/^https?:\/\//);
      expect(matchesAny(a.matches, p.expected.url), `${id}/${p.name} matches its own URL`).toBe(true);
    }
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s has a test page for every page type it detects', (id, a) => {
    const tested = new Set(pages.filter((p) => p.id === id).map((p) => p.expected.pageType));
    expect([...(a.pageTypes ?? [])].filter((t) => !tested.has(t))).toEqual([]);
  });

  it.each(adapters.map((a) => [a.id, a] as const))(
    '%s keeps back-end pages and list items apart from the generic layers',
    (_id, a) => {
      for (const t of a.pageTypes ?? []) {
        const mustStand = ['order-detail', 'order-list', 'customer', 'search-results'].includes(t);
        expect((a.standalone ?? []).includes(t), t).toBe(mustStand);
      }
    },
  );

  it.each(adapters.map((a) => [a.id, a] as const))("%s's URL patterns match no other adapter's test URLs", (id, a) => {
    const others = pages.filter((p) => p.id !== id).map((p) => p.expected.url);
    expect(others.filter((u) => matchesAny(a.matches, u))).toEqual([]);
  });

  it.each(adapters.map((a) => [a.id] as const))('%s has its site name in English and Chinese', (id) => {
    const key = `site.${id}` as keyof typeof adapterMessages.en;
    expect(adapterMessages.en[key]).toBeTruthy();
    expect(adapterMessages.zh[key]).toBeTruthy();
  });

  it('finds the adapter for a test URL through the registry', () => {
    for (const p of pages) expect(adapterFor(p.expected.url)?.id).toBe(p.id);
    expect(adapterFor('https://www.example.com/contact')).toBeUndefined();
  });
});
