// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../../components/archive/FilterPanel';
import type { Filter } from '../../../lib/views/filter';
import { Prefs } from '../../../lib/views/prefs';
import { archiveEnv, makeCard, seed, text, type ArchiveEnv } from './archive-setup';
import { button, click, type, waitFor } from './helpers';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';

// Filters and saved views: the current search, filter and sort saved under a name, applied, renamed, deleted.

let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

interface State {
  filter: Filter;
  text: string;
  prefs: Prefs;
}

/** The panel with its state held as ArchiveApp holds it; `state` mirrors it for the test to read. */
function Host(props: { state: State }) {
  const [filter, setFilter] = useState(props.state.filter);
  const [text, setText] = useState(props.state.text);
  const [prefs, setPrefs] = useState(props.state.prefs);
  Object.assign(props.state, { filter, text, prefs });
  return (
    <FilterPanel filter={filter} onFilter={setFilter} text={text} onText={setText} prefs={prefs} onPrefs={setPrefs} />
  );
}

function panel(start: Partial<State> = {}, lang: 'en' | 'zh' = 'en') {
  const state: State = { filter: start.filter ?? {}, text: start.text ?? '', prefs: start.prefs ?? Prefs.parse({}) };
  const root = env.render(<Host state={state} />, lang);
  return { root, state };
}

const labelInput = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!.querySelector('input')!;

describe('saved views', () => {
  it('saves the search and filter under a name, applies it, renames it (no clash) and deletes it', async () => {
    const p = panel({ filter: { grades: ['A'], regions: ['浙江省'] }, text: '杭州' });
    expect(text(p.root)).toContain('No saved views yet');
    type(labelInput(p.root, 'View name'), 'Zhejiang A');
    click(button(p.root, 'Save current search and filters as a view'));
    expect(p.state.prefs.views).toEqual([
      { name: 'Zhejiang A', text: '杭州', filter: { grades: ['A'], regions: ['浙江省'] }, sort: p.state.prefs.sort },
    ]);
    // A second view (follow-up due), then apply the first again.
    click(labelInput(p.root, 'Follow-up due'));
    expect(p.state.filter.followUpDue).toBe(true);
    type(labelInput(p.root, 'View name'), 'Due');
    click(button(p.root, 'Save current search and filters as a view'));
    click(button(p.root, 'Zhejiang A'));
    expect(p.state.filter).toEqual({ grades: ['A'], regions: ['浙江省'] });
    expect(p.state.text).toBe('杭州');
    // Rename: a name another view has is refused; a new one is kept with the same filter.
    click(button(p.root, 'Rename view Zhejiang A'));
    const name = p.root.querySelector('input[aria-label="New name for Zhejiang A"]') as HTMLInputElement;
    type(name, 'Due');
    expect(text(p.root)).toContain('A view named Due already exists.');
    expect(button(p.root, 'Save name').disabled).toBe(true);
    type(name, '浙江重要客户');
    click(button(p.root, 'Save name'));
    expect(p.state.prefs.views.map((v) => v.name)).toEqual(['浙江重要客户', 'Due']);
    expect(p.state.prefs.views[0].filter).toEqual({ grades: ['A'], regions: ['浙江省'] });
    // Saving under a name in use says it replaces that view.
    type(labelInput(p.root, 'View name'), 'Due');
    click(button(p.root, 'Replace view Due with the current search and filters'));
    expect(p.state.prefs.views.map((v) => v.name)).toEqual(['浙江重要客户', 'Due']);
    click(button(p.root, 'Delete view Due'));
    expect(p.state.prefs.views.map((v) => v.name)).toEqual(['浙江重要客户']);
  });

  it('offers the sites and regions the archive holds, and filters by dates and no contact', async () => {
    await seed(env.db, [
      makeCard({
        id: 'a',
        name: 'A',
        sources: [{ site: '1688.com' }],
        addresses: [{ region: '浙江省', country: 'CN' }],
      }),
    ]);
    const p = panel({}, 'zh');
    await waitFor(() =>
      expect([...p.root.querySelectorAll('#la-known-regions option')].map((o) => o.getAttribute('value'))).toEqual([
        'cn',
        '浙江省',
      ]),
    );
    expect([...p.root.querySelectorAll('#la-known-sites option')].map((o) => o.getAttribute('value'))).toEqual([
      '1688.com',
    ]);
    const date = labelInput(p.root, '采集日期从');
    type(date, '2026-03-01');
    expect(p.state.filter.createdFrom).toBe(new Date(2026, 2, 1).getTime());
    type(labelInput(p.root, '采集日期到'), '2026-03-31');
    expect(p.state.filter.createdTo).toBe(new Date(2026, 2, 31).getTime() + 86_399_999);
    const days = labelInput(p.root, '至少 N 天未联系');
    act(() => {
      days.value = '30';
      days.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(p.state.filter.noContactDays).toBe(30);
  });
});
