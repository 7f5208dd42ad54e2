// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveApp } from '../../../components/archive/ArchiveApp';
import { BulkBar } from '../../../components/archive/BulkBar';
import { keepListed } from '../../../components/archive/selection';
import { getCard } from '../../../lib/archive/store';
import { archiveEnv, makeCard, seed, type ArchiveEnv } from './archive-setup';
import { button, click, type, waitFor } from './helpers';

// A ticked card that a search hides is no longer selected: the bar counts, and bulk actions reach, only ticked
// cards the list shows (a tester's three hidden ticks were trashed with the one visible row).

let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

const rows = (root: HTMLElement) => [
  ...root.querySelectorAll<HTMLElement>('[data-testid=card-table] [role=row][data-id]'),
];
const tick = (root: HTMLElement, id: string) =>
  click(
    rows(root)
      .find((r) => r.dataset.id === id)!
      .querySelector<HTMLInputElement>('input[type=checkbox]')!,
  );
const selectedCount = (root: HTMLElement) => root.querySelector('.la-bulk strong')?.textContent ?? '';
const bulkStatus = (root: HTMLElement) => root.querySelector('.la-bulk [role=status]')?.textContent ?? '';

describe('selection follows the list', () => {
  it('keepListed drops only ids the list does not show, and keeps the same set when none drop', () => {
    const s = new Set(['a', 'b', 'c']);
    expect(keepListed(s, ['a', 'b', 'c', 'd'])).toBe(s);
    expect([...keepListed(s, ['b', 'x'])]).toEqual(['b']);
    expect(keepListed(s, []).size).toBe(0);
  });

  it('a search unticks hidden cards: Move to trash then trashes only the visible ticked one', async () => {
    await seed(env.db, [
      makeCard({ id: 'a', name: 'Acme Tools', updatedAt: 4 }),
      makeCard({ id: 'b', name: 'Beta Trading', updatedAt: 3 }),
      makeCard({ id: 'c', name: 'Coastal Foods', updatedAt: 2 }),
      makeCard({ id: 'd', name: 'Lakeside Supplies', updatedAt: 1 }),
    ]);
    const root = env.render(<ArchiveApp />);
    await waitFor(() => expect(rows(root)).toHaveLength(4));
    for (const id of ['a', 'b', 'c']) tick(root, id);
    await waitFor(() => expect(selectedCount(root)).toBe('3 selected'));
    type(root.querySelector('input[type=search]') as HTMLInputElement, 'Lakeside');
    await waitFor(() => expect(rows(root).map((r) => r.dataset.id)).toEqual(['d']));
    // The bar no longer claims three cards the list does not show.
    await waitFor(() => expect(root.querySelector('.la-bulk')).toBeNull());
    tick(root, 'd');
    await waitFor(() => expect(selectedCount(root)).toBe('1 selected'));
    // Clearing the search shows the three again, unticked: only the Lakeside tick is kept.
    const box = root.querySelector('input[type=search]') as HTMLInputElement;
    type(box, '');
    await waitFor(() => expect(rows(root)).toHaveLength(4));
    const ticked = () =>
      rows(root)
        .filter((r) => r.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked)
        .map((r) => r.dataset.id);
    expect(ticked()).toEqual(['d']);
    expect(selectedCount(root)).toBe('1 selected');
    type(box, 'Lakeside');
    await waitFor(() => expect(rows(root).map((r) => r.dataset.id)).toEqual(['d']));
    click(button(root, 'Move to trash'));
    await waitFor(() => expect(bulkStatus(root)).toBe('1 card moved to the trash.'));
    expect((await getCard('d'))!.deletedAt).toBeGreaterThan(0);
    for (const id of ['a', 'b', 'c']) expect((await getCard(id))!.deletedAt).toBeUndefined();
  });

  it('while a new list is still coming, the bar counts and acts on the listed ticked cards only', async () => {
    await seed(env.db, [
      makeCard({ id: 'a', name: 'A' }),
      makeCard({ id: 'b', name: 'B' }),
      makeCard({ id: 'c', name: 'C' }),
    ]);
    function Page() {
      const [selected, setSelected] = useState(new Set(['a', 'b', 'c']));
      return (
        <BulkBar ids={['b', 'x']} selected={selected} trash={false} onSelected={setSelected} onChanged={() => {}} />
      );
    }
    const root = env.render(<Page />, 'zh');
    expect(selectedCount(root)).toBe('已选 1 张');
    click(button(root, '移到回收站'));
    await waitFor(() => expect(bulkStatus(root)).toBe('已将 1 张卡片移到回收站。'));
    expect((await getCard('b'))!.deletedAt).toBeGreaterThan(0);
    expect((await getCard('a'))!.deletedAt).toBeUndefined();
    expect((await getCard('c'))!.deletedAt).toBeUndefined();
  });

  it('the count says one card in the singular in English', async () => {
    await seed(env.db, [makeCard({ id: 'a', name: 'Solo Ltd' })]);
    const root = env.render(<ArchiveApp />);
    await waitFor(() => expect(root.querySelector('[data-testid=result-count]')?.textContent).toMatch(/^1 card · /));
  });
});
