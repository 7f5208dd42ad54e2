// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChartsPanel } from '../../../components/archive/ChartsPanel';
import { addFollowUp } from '../../../lib/archive/store';
import { archiveEnv, makeCard, seed, text, type ArchiveEnv } from './archive-setup';
import { waitFor } from './helpers';

// The charts drawer: bars (SVG) per grade in the user's words, overdue follow-ups as a chart, an empty archive
// told what fills the charts.

let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

describe('charts', () => {
  it('an empty archive says what fills the charts', async () => {
    const root = env.render(<ChartsPanel />);
    await waitFor(() => expect(text(root)).toContain('Nothing to show yet'));
  });

  it('draws bars with grade names in Chinese and overdue follow-ups by age', async () => {
    await seed(env.db, [
      makeCard({ id: 'a', name: 'A', classification: { grade: 'A', tags: [] } }),
      makeCard({ id: 'b', name: 'B', classification: { grade: 'B', tags: [] } }),
    ]);
    await addFollowUp({
      id: 'f',
      cardId: 'a',
      date: Date.now() - 30 * 86_400_000,
      method: 'phone',
      summary: 's',
      nextDate: Date.now() - 3 * 86_400_000,
      done: false,
    });
    const root = env.render(<ChartsPanel />, 'zh');
    await waitFor(() => expect(root.querySelectorAll('svg[role=img]').length).toBeGreaterThan(5));
    const chart = (title: string) => root.querySelector(`svg[aria-label="${title}"]`)!;
    expect([...chart('按客户等级').querySelectorAll('title')].map((t) => t.textContent)).toEqual([
      '重要：1',
      '特殊：1',
      '一般：0',
      '（无）：0',
    ]);
    expect([...chart('逾期跟进（按逾期天数）').querySelectorAll('title')].map((t) => t.textContent)).toEqual([
      '1–7 天：1',
      '8–30 天：0',
      '31–90 天：0',
      '90 天以上：0',
    ]);
    expect(text(root)).toContain('逾期跟进：1');
  });
});
