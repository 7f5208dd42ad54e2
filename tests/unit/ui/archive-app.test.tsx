// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArchiveApp } from '../../../components/archive/ArchiveApp';
import { ChartsPanel } from '../../../components/archive/ChartsPanel';
import { DuplicatesPanel } from '../../../components/archive/DuplicatesPanel';
import { TodayPanel } from '../../../components/archive/TodayPanel';
import { Prefs, PREFS_KEY } from '../../../lib/views/prefs';
import { archiveEnv, makeCard, seed, type ArchiveEnv } from './archive-setup';
import { type, waitFor } from './helpers';

// The whole archive page: search as you type in Chinese and English, sorting from a header, and a database that
// cannot be read said so on the page instead of "Loading…" for ever.

let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

const names = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid=card-table] [role=row][data-id] [role=gridcell]:nth-child(2)')].map(
    (c) => c.textContent,
  );

describe('archive page', () => {
  it('searches as the user types, in Chinese and in English, and sorts by a clicked header', async () => {
    await seed(env.db, [
      makeCard({ id: 'a', name: '杭州丝绸有限公司', phones: [{ value: '+8657188880000' }], updatedAt: 3 }),
      makeCard({ id: 'b', name: 'Maple Tools Ltd', emails: [{ value: 'sales@maple.ca' }], updatedAt: 2 }),
      makeCard({ id: 'c', name: '深圳华强电子', phones: [{ value: '+8675588880000' }], updatedAt: 1 }),
    ]);
    const root = env.render(<ArchiveApp />);
    await waitFor(() => expect(names(root)).toEqual(['杭州丝绸有限公司', 'Maple Tools Ltd', '深圳华强电子']));
    const box = root.querySelector('input[type=search]') as HTMLInputElement;
    type(box, '杭州');
    await waitFor(() => expect(names(root)).toEqual(['杭州丝绸有限公司']));
    type(box, 'maple');
    await waitFor(() => expect(names(root)).toEqual(['Maple Tools Ltd']));
    type(box, '');
    await waitFor(() => expect(names(root)).toHaveLength(3));
    // Phone column header: descending, then ascending; the card without a phone stays last both ways.
    const phone = () =>
      [...root.querySelectorAll<HTMLButtonElement>('[role=columnheader] button')].find((b) =>
        b.textContent?.startsWith('Phone'),
      )!;
    act(() => phone().click());
    await waitFor(() => expect(names(root)).toEqual(['深圳华强电子', '杭州丝绸有限公司', 'Maple Tools Ltd']));
    act(() => phone().click());
    await waitFor(() => expect(names(root)).toEqual(['杭州丝绸有限公司', '深圳华强电子', 'Maple Tools Ltd']));
  });

  it('reminds of a backup never made once the archive holds cards, and its button opens the Backup tab', async () => {
    await seed(env.db, [makeCard({ id: 'a', name: 'Acme' })]);
    const root = env.render(<ArchiveApp />);
    await waitFor(() => expect(root.querySelector('.la-backup-reminder')?.textContent).toContain('No backup'));
    act(() => (root.querySelector('.la-backup-reminder button') as HTMLButtonElement).click());
    await waitFor(() => expect(root.querySelector('[role=tab][aria-selected=true]')?.textContent).toBe('Backup'));
  });

  it('a database that cannot be read is said so, with a way to try again', async () => {
    await seed(env.db, [makeCard({ id: 'a', name: 'Acme' })]);
    env.db.close();
    const root = env.render(<ArchiveApp />);
    await waitFor(() =>
      expect(root.querySelector('[role=alert]')?.textContent).toContain('The archive could not be read'),
    );
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Try again')).toBe(true);
  });

  it('Today, charts and duplicates say so too when the database cannot be read', async () => {
    env.db.close();
    const root = env.render(
      <div>
        <TodayPanel prefs={Prefs.parse({})} onOpen={() => undefined} />
        <ChartsPanel />
        <DuplicatesPanel onOpen={() => undefined} onChanged={() => undefined} />
      </div>,
    );
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Find likely duplicates')!.click());
    await waitFor(() => expect(root.querySelectorAll('[role=alert]')).toHaveLength(3));
    for (const a of root.querySelectorAll('[role=alert]')) expect(a.textContent).toContain('could not be read');
  });

  it('a saved order by phone opens on the latest changes, said "sorting…", until the phones are read', async () => {
    const cards = Array.from({ length: 250 }, (_, i) =>
      makeCard({
        id: `c${String(i).padStart(3, '0')}`,
        name: `N${String(i).padStart(3, '0')}`,
        phones: [{ value: `+86138${String((i * 7919) % 100000).padStart(8, '0')}` }],
        updatedAt: 1000 + i,
      }),
    );
    await seed(env.db, cards);
    const stored: Record<string, unknown> = { [PREFS_KEY]: { sort: { col: 'phone', dir: 'asc' } } };
    const g = globalThis as { browser?: unknown };
    g.browser = {
      storage: {
        local: {
          get: async (k: string) => (k in stored ? { [k]: stored[k] } : {}),
          set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
        },
      },
    };
    // The sort reads the cards in one slice of 250; held until the stand-in list is checked.
    const real = env.db.cards.bulkGet.bind(env.db.cards);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    vi.spyOn(env.db.cards, 'bulkGet').mockImplementation(((keys: string[]) =>
      keys.length === 250 ? gate.then(() => real(keys)) : real(keys)) as never);
    try {
      const root = env.render(<ArchiveApp />);
      const count = () => root.querySelector('[data-testid=result-count]')?.textContent ?? '';
      await waitFor(() => expect(names(root).slice(0, 2)).toEqual(['N249', 'N248']));
      expect(count()).toBe('sorting…');
      release();
      const byPhone = [...cards].sort((a, b) => a.phones[0].value.localeCompare(b.phones[0].value));
      await waitFor(() => expect(names(root).slice(0, 3)).toEqual(byPhone.slice(0, 3).map((c) => c.name)));
      await waitFor(() => expect(count()).toMatch(/^250 cards/));
    } finally {
      delete g.browser;
    }
  });
});
