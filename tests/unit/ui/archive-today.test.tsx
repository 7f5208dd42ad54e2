// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsPanel } from '../../../components/archive/SettingsPanel';
import { TodayPanel } from '../../../components/archive/TodayPanel';
import { GradeLabelsContext } from '../../../components/archive/labels';
import { addFollowUp } from '../../../lib/archive/store';
import { Prefs } from '../../../lib/views/prefs';
import { archiveEnv, makeCard, seed, text, type ArchiveEnv } from './archive-setup';
import { waitFor } from './helpers';
import { act } from 'preact/test-utils';

// The Today list with the reminder settings per grade, and grade names as settings.

const DAY = 86_400_000;
let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

function Page(props: { start: Prefs; opened: string[] }) {
  const [prefs, setPrefs] = useState(props.start);
  return (
    <GradeLabelsContext.Provider value={prefs.gradeLabels}>
      <SettingsPanel prefs={prefs} onPrefs={setPrefs} />
      <TodayPanel prefs={prefs} onOpen={(id) => props.opened.push(id)} />
    </GradeLabelsContext.Provider>
  );
}

function change(el: HTMLInputElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('Today and reminder settings', () => {
  it('an empty archive says what will show up', async () => {
    const root = env.render(<TodayPanel prefs={Prefs.parse({})} onOpen={() => undefined} />);
    await waitFor(() => expect(text(root)).toContain('Nothing due today. Follow-ups with a next-step date'));
  });

  it('lists follow-ups due, birthdays, reviews and silence; the per-grade settings change it', async () => {
    const now = Date.now();
    const d = new Date(now);
    const birthday = `${d.getMonth() + 1}月${d.getDate()}日`;
    await seed(env.db, [
      makeCard({ id: 'a', name: '王小明', kind: 'person', person: { birthday }, createdAt: now, updatedAt: now }),
      makeCard({
        id: 'b',
        name: 'Acme',
        classification: { grade: 'A', tags: [] },
        createdAt: now - 40 * DAY,
        updatedAt: now - 40 * DAY,
        reviewedAt: now - 10 * DAY,
      }),
    ]);
    await addFollowUp({
      id: 'f',
      cardId: 'a',
      date: now,
      method: 'im',
      summary: 'asked',
      nextStep: 'Send catalogue',
      nextDate: now,
      done: false,
    });
    const opened: string[] = [];
    const root = env.render(<Page start={Prefs.parse({})} opened={opened} />, 'zh');
    const today = () => root.querySelector('[data-testid=today]')!;
    await waitFor(() => expect(today().textContent).toContain('Send catalogue'));
    expect(today().textContent).toContain('生日');
    // Acme (grade A): 40 days without contact ≥ 30; reviewed 10 days ago, not due.
    expect(today().textContent).toContain('长期未联系：1');
    expect(today().textContent).not.toContain('待复核');
    // Grade A reminded only after 60 days without contact: Acme drops out.
    change(root.querySelector('input[aria-label="未联系天数，等级 A"]') as HTMLInputElement, '60');
    await waitFor(() => expect(today().textContent).not.toContain('长期未联系'));
    // Grade names are settings: A shown as VIP in the settings table.
    const nameA = [...root.querySelectorAll('.la-settings label')].find((l) => l.textContent?.startsWith('A'))!;
    expect((nameA.querySelector('input') as HTMLInputElement).placeholder).toBe('重要');
    change(nameA.querySelector('input') as HTMLInputElement, 'VIP');
    await waitFor(() => expect(root.querySelector('.la-settings tbody th')?.textContent).toBe('VIP'));
    // A card opens from the list.
    (today().querySelector('a') as HTMLAnchorElement).click();
    expect(opened).toEqual(['a']);
  });

  it('is found again after a write: a follow-up marked done leaves the list', async () => {
    const now = Date.now();
    await seed(env.db, [makeCard({ id: 'a', name: 'Acme', createdAt: now, updatedAt: now })]);
    const f = {
      id: 'f',
      cardId: 'a',
      date: now,
      method: 'phone' as const,
      summary: 's',
      nextStep: 'Call back',
      nextDate: now,
      done: false,
    };
    await addFollowUp(f);
    let bump: () => void = () => undefined;
    function Host() {
      const [version, setVersion] = useState(0);
      bump = () => setVersion((v) => v + 1);
      return <TodayPanel prefs={Prefs.parse({})} onOpen={() => undefined} version={version} />;
    }
    const root = env.render(<Host />);
    await waitFor(() => expect(text(root)).toContain('Call back'));
    await addFollowUp({ ...f, done: true });
    act(() => bump());
    await waitFor(() => expect(text(root)).not.toContain('Call back'));
  });
});
