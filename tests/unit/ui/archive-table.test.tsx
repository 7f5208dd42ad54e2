// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardTable } from '../../../components/archive/CardTable';
import { ColumnsPanel } from '../../../components/archive/ColumnsPanel';
import { Prefs } from '../../../lib/views/prefs';
import type { Sort } from '../../../lib/views/sort';
import { archiveEnv, makeCard, seed, type ArchiveEnv } from './archive-setup';
import { click, waitFor } from './helpers';

// The table: chosen columns, every header sorts (and flips), keyboard moves between rows, opens and selects.

let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

function key(el: Element, k: string) {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
}

async function table(ids: string[], over: { sort?: Sort; columns?: Prefs['columns'] } = {}) {
  const sorts: Sort[] = [];
  const opened: string[] = [];
  const selected: [string[], boolean][] = [];
  const root = env.render(
    <CardTable
      ids={ids}
      columns={over.columns ?? ['name', 'phone', 'email', 'tags', 'region', 'grade']}
      sort={over.sort ?? { col: 'updated', dir: 'desc' }}
      onSort={(s) => sorts.push(s)}
      openId={null}
      onOpen={(id) => opened.push(id)}
      selected={new Set()}
      onSelect={(list, on) => selected.push([list, on])}
      version={0}
      queryKey="q"
    />,
  );
  await waitFor(() => expect(root.querySelector('[role=row][data-id] a')).not.toBeNull());
  return { root, sorts, opened, selected };
}

describe('card table', () => {
  it('shows a stored phone grouped as people write it, a masked one as stored', async () => {
    await seed(env.db, [
      makeCard({ id: 'a', name: 'Acme', phones: [{ value: '+8613812345678' }] }),
      makeCard({ id: 'b', name: 'Buyer', phones: [{ value: '86-138****5678', masked: true }] }),
    ]);
    const { root } = await table(['a', 'b']);
    const phone = (id: string) => root.querySelector(`[data-id="${id}"] .la-col-phone`)?.textContent;
    expect(phone('a')).toBe('+86 138 1234 5678');
    expect(phone('b')).toBe('86-138****5678');
  });

  it('every shown column header sorts, descending first, then ascending on a second click', async () => {
    await seed(env.db, [makeCard({ id: 'a', name: 'Acme' })]);
    const { root, sorts } = await table(['a'], { sort: { col: 'phone', dir: 'desc' } });
    const headers = [...root.querySelectorAll('[role=columnheader]')];
    expect(headers.map((h) => h.querySelector('button')?.textContent?.replace(/[ ▲▼]/g, ''))).toEqual([
      'Name',
      'Phone',
      'Email',
      'Tags',
      'Region',
      'Grade',
    ]);
    expect(headers[1].getAttribute('aria-sort')).toBe('descending');
    click(headers[1].querySelector('button')!);
    click(headers[3].querySelector('button')!);
    expect(sorts).toEqual([
      { col: 'phone', dir: 'asc' },
      { col: 'tags', dir: 'desc' },
    ]);
  });

  it('arrow keys move the tab stop between rows, Enter opens, Space selects, End goes to the last row', async () => {
    const cards = Array.from({ length: 30 }, (_, i) => makeCard({ id: `c${i}`, name: `Card ${i}` }));
    await seed(env.db, cards);
    const { root, opened, selected } = await table(cards.map((c) => c.id));
    const rows = () => [...root.querySelectorAll<HTMLElement>('[role=row][data-id]')];
    const stop = () => rows().filter((r) => r.tabIndex === 0);
    expect(stop().map((r) => r.dataset.id)).toEqual(['c0']);
    stop()[0].focus();
    key(stop()[0], 'ArrowDown');
    key(document.activeElement!, 'ArrowDown');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('c2'));
    expect(stop().map((r) => r.dataset.id)).toEqual(['c2']);
    key(document.activeElement!, 'ArrowUp');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('c1'));
    key(document.activeElement!, 'Enter');
    expect(opened).toEqual(['c1']);
    key(document.activeElement!, ' ');
    expect(selected).toEqual([[['c1'], true]]);
    // The last row is beyond the drawn range: it is drawn, then focused.
    key(document.activeElement!, 'End');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('c29'));
    key(document.activeElement!, 'Home');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('c0'));
  });

  it('shows the columns the user chooses, in the list order, and never none', async () => {
    const changes: Prefs[] = [];
    const prefs = Prefs.parse({ columns: ['name'] });
    const root = env.render(<ColumnsPanel prefs={prefs} onPrefs={(p) => changes.push(p)} />, 'zh');
    const box = (label: string) =>
      [...root.querySelectorAll('label')].find((l) => l.textContent === label)!.querySelector('input')!;
    expect(box('客户名称').disabled).toBe(true);
    click(box('电话'));
    expect(changes.at(-1)!.columns).toEqual(['name', 'phone']);
  });
});
