// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardPanel } from '../../../components/archive/CardPanel';
import { getCard, updateCard } from '../../../lib/archive/store';
import { archiveEnv, makeCard, seed, text, type ArchiveEnv } from './archive-setup';
import { button, click, field, type, waitFor } from './helpers';

// The card beside the list: two tabs editing one card never overwrite each other silently (the second save sees
// the first and asks), and a failed write says so and keeps the edit on screen.

let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

function found(root: HTMLElement, selector: string): Element {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

async function open(id: string) {
  let closed = 0;
  const root = env.render(<CardPanel id={id} onClose={() => closed++} onSaved={() => undefined} />);
  await waitFor(() => expect(root.querySelector('[data-testid=card-panel] h2')?.textContent).toBe('Acme'));
  return { root, closed: () => closed };
}

describe('card panel', () => {
  it('a save after another tab saved the same card asks: keep mine lays my change over theirs', async () => {
    await seed(env.db, [makeCard({ id: 'c1', name: 'Acme', notes: { text: 'old' } })]);
    const { root } = await open('c1');
    type(field(root, 'Customer name'), 'Acme Trading');
    // The other tab saves a different field of the same card meanwhile.
    const other = (await getCard('c1'))!;
    await updateCard({ ...other, notes: { text: 'from the other tab' } }, other.rev);
    await waitFor(() => expect(text(root)).toContain('This card has just been changed elsewhere'));
    click(button(root, 'Save'));
    const alert = await waitFor(() => found(root, '[data-testid=conflict]'));
    expect(alert.textContent).toContain('changed elsewhere');
    expect(alert.textContent).toContain('Customer name');
    // Nothing was overwritten yet.
    expect((await getCard('c1'))!.name).toBe('Acme');
    click(button(root, 'Apply my changes to the newer card and save'));
    await waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toBe('Saved.'));
    const saved = (await getCard('c1'))!;
    expect(saved.name).toBe('Acme Trading');
    expect(saved.notes.text).toBe('from the other tab');
  });

  it('a save after another tab saved can also take the newer card and drop the edit', async () => {
    await seed(env.db, [makeCard({ id: 'c1', name: 'Acme' })]);
    const { root } = await open('c1');
    type(field(root, 'Customer name'), 'Mine');
    const other = (await getCard('c1'))!;
    await updateCard({ ...other, name: 'Theirs' }, other.rev);
    click(button(root, 'Save'));
    await waitFor(() => found(root, '[data-testid=conflict]'));
    click(button(root, 'Use the newer card (drop my edit)'));
    await waitFor(() => expect(field(root, 'Customer name').value).toBe('Theirs'));
    expect((await getCard('c1'))!.name).toBe('Theirs');
  });

  it('a failed write (disk full, then a closed database) says so and keeps the edit on screen', async () => {
    await seed(env.db, [makeCard({ id: 'c1', name: 'Acme' })]);
    const { root, closed } = await open('c1');
    type(field(root, 'Customer name'), 'Acme Ltd');
    for (const code of ['quota', 'db-closed'] as const) {
      env.failing.set('ui→bg:updateCard', code);
      click(button(root, 'Save'));
      await waitFor(() =>
        expect(root.querySelector('.la-error[role=alert]')?.textContent).toContain(
          code === 'quota' ? 'The disk is full' : 'database is closed',
        ),
      );
      expect(field(root, 'Customer name').value).toBe('Acme Ltd');
    }
    expect((await getCard('c1'))!.name).toBe('Acme');
    // Escape does not close a panel holding an unsaved edit.
    root
      .querySelector('[data-testid=card-panel]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closed()).toBe(0);
    env.failing.clear();
    click(button(root, 'Save'));
    await waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toBe('Saved.'));
    expect((await getCard('c1'))!.name).toBe('Acme Ltd');
    root
      .querySelector('[data-testid=card-panel]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closed()).toBe(1);
  });

  it('puts the open card in the trash and takes it out again', async () => {
    await seed(env.db, [makeCard({ id: 'c1', name: 'Acme' })]);
    const { root } = await open('c1');
    click(button(root, 'Put this card in the trash'));
    await waitFor(() => expect(text(root)).toContain('In the trash'));
    expect((await getCard('c1'))!.deletedAt).toBeGreaterThan(0);
    click(button(root, 'Take this card out of the trash'));
    await waitFor(() => expect(text(root)).not.toContain('In the trash'));
    expect((await getCard('c1'))!.deletedAt).toBeUndefined();
  });
});
