// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BulkBar } from '../../../components/archive/BulkBar';
import { ChartsPanel } from '../../../components/archive/ChartsPanel';
import { errorText } from '../../../components/archive/error-text';
import { archiveMessages } from '../../../components/archive/messages';
import { translator } from '../../../lib/i18n';
import { MessageError } from '../../../lib/messages';
import { archiveEnv, makeCard, seed, type ArchiveEnv } from './archive-setup';
import { button, choose, click, waitFor } from './helpers';

// Failures in the user's language: an expected code (conflict, not found, disk full, closed database) is said by
// its own message without the background's English; only an unexpected error shows its raw text, after a
// translated lead-in.

let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

function Page(props: { ids: string[] }) {
  const [selected, setSelected] = useState(new Set(props.ids));
  return <BulkBar ids={props.ids} selected={selected} trash={false} onSelected={setSelected} onChanged={() => 0} />;
}
const select = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.firstChild?.textContent === label)!.querySelector('select')!;
const status = (root: HTMLElement) => root.querySelector('.la-bulk [role=status]')?.textContent ?? '';
const latin = /[A-Za-z]/;

describe('archive errors in Chinese', () => {
  const zh = translator(archiveMessages, 'zh');

  it('expected codes carry no English; an internal error keeps its raw text after a Chinese lead-in', () => {
    const merged = new MessageError('conflict', 'A merged card changed since; the merge can no longer be undone.');
    expect(errorText(zh, merged, { conflict: 'undo.conflict' })).toBe('合并后的卡片已被修改，无法再撤销合并。');
    for (const code of [
      'conflict',
      'not-found',
      'quota',
      'db-closed',
      'invalid-request',
      'forbidden-sender',
    ] as const) {
      const text = errorText(zh, new MessageError(code, 'Some English from the background.'));
      expect(text).not.toMatch(latin);
      expect(text.length).toBeGreaterThan(4);
    }
    expect(errorText(zh, new TypeError('x is undefined'))).toBe('出现问题：x is undefined');
    expect(errorText(zh, new MessageError('internal', 'boom'))).toBe('出现问题：boom');
  });

  it('undo that finds nothing to undo says so in Chinese', async () => {
    await seed(env.db, [makeCard({ id: 'a', name: 'A' })]);
    const root = env.render(<Page ids={['a']} />, 'zh');
    choose(select(root, '客户等级'), 'A');
    click(button(root, '应用到所选'));
    await waitFor(() => expect(status(root)).toBe('已修改 1 张卡片。'));
    env.failing.set('ui→bg:undo', 'not-found');
    click(button(root, '撤销上次修改（1 张）'));
    await waitFor(() => expect(status(root)).toBe('没有可撤销的内容：该修改已被撤销。'));
  });

  it('a bulk change stopped part-way by a full disk says what was written, in Chinese', async () => {
    const cards = Array.from({ length: 2100 }, (_, i) =>
      makeCard({ id: `c${String(i).padStart(4, '0')}`, name: `N${i}` }),
    );
    await seed(env.db, cards);
    const ids = cards.map((c) => c.id);
    const real = env.db.history.bulkAdd.bind(env.db.history);
    let calls = 0;
    vi.spyOn(env.db.history, 'bulkAdd').mockImplementation(((rows: never) => {
      if (++calls === 2)
        return Promise.reject(Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' }));
      return real(rows);
    }) as never);
    const root = env.render(<Page ids={ids} />, 'zh');
    choose(select(root, '客户等级'), 'C');
    click(button(root, '应用到所选'));
    await waitFor(() => expect(status(root)).toContain('修改中途磁盘已满：2100 张中已修改 2000 张'));
    expect(status(root)).not.toContain('未保存任何内容');
    expect(status(root)).not.toMatch(latin);
    vi.restoreAllMocks();
  });

  it('a closed database is said in Chinese without the DOMException text', async () => {
    env.db.close();
    const root = env.render(<ChartsPanel />, 'zh');
    await waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('无法读取档案'));
    const text = root.querySelector('[role=alert]')!.textContent!;
    expect(text).toBe('无法读取档案：数据库已关闭（扩展可能正在更新）。请稍后重试。');
  });
});
