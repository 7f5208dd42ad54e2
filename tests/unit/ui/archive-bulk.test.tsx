// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BulkBar } from '../../../components/archive/BulkBar';
import { DuplicatesPanel } from '../../../components/archive/DuplicatesPanel';
import { EmptyTrash } from '../../../components/archive/EmptyTrash';
import { getCard } from '../../../lib/archive/store';
import { archiveEnv, makeCard, seed, text, until, type ArchiveEnv } from './archive-setup';
import { button, choose, click, type, waitFor } from './helpers';

// Many cards at once: grade, tier, lifecycle, stage and tags with undo; trash and its undo; a merge made in the
// duplicates drawer is what "Undo" takes back next; emptying the trash asks first.

let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

/** BulkBar and the duplicates drawer as the workspace holds them: a write bumps the version. */
function Page(props: { ids: string[]; initial: string[]; trash?: boolean; dups?: boolean }) {
  const [selected, setSelected] = useState(new Set(props.initial));
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <div>
      <BulkBar
        ids={props.ids}
        selected={selected}
        trash={!!props.trash}
        onSelected={setSelected}
        onChanged={changed}
        version={version}
      />
      {props.dups && <DuplicatesPanel onOpen={() => undefined} onChanged={changed} />}
    </div>
  );
}

const select = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.firstChild?.textContent === label)!.querySelector('select')!;
const status = (root: HTMLElement) => root.querySelector('.la-bulk [role=status]')?.textContent ?? '';

describe('bulk changes', () => {
  it('sets grade, tier, lifecycle, stage and a tag on the selected cards; undo puts every one back', async () => {
    await seed(env.db, [
      makeCard({ id: 'a', name: 'A', classification: { grade: 'C', valueTier: 'minor', tags: ['old'] } }),
      makeCard({ id: 'b', name: 'B', classification: { tags: [] } }),
      makeCard({ id: 'c', name: 'C', classification: { grade: 'A', tags: [] } }),
    ]);
    const root = env.render(<Page ids={['a', 'b', 'c']} initial={['a', 'b']} />, 'zh');
    // Grade names as the settings give them by default in Chinese.
    expect([...select(root, '客户等级').options].map((o) => o.textContent)).toEqual([
      '（不变）',
      '重要',
      '特殊',
      '一般',
      '（清除）',
    ]);
    choose(select(root, '客户等级'), 'B');
    choose(select(root, '价值层级'), 'key');
    choose(select(root, '生命周期'), 'new');
    choose(select(root, '跟进阶段'), 'proposal');
    type(
      [...root.querySelectorAll('label')].find((l) => l.textContent === '添加标签')!.querySelector('input')!,
      '展会，VIP',
    );
    type([...root.querySelectorAll('label')].find((l) => l.textContent === '移除标签')!.querySelector('input')!, 'OLD');
    click(button(root, '应用到所选'));
    await waitFor(() => expect(status(root)).toBe('已修改 2 张卡片。'));
    for (const id of ['a', 'b'])
      expect((await getCard(id))!.classification).toMatchObject({
        grade: 'B',
        valueTier: 'key',
        lifecycle: 'new',
        stage: 'proposal',
        tags: ['展会', 'VIP'],
      });
    expect((await getCard('c'))!.classification.grade).toBe('A');
    click(button(root, '撤销上次修改（2 张）'));
    await waitFor(() => expect(status(root)).toBe('已撤销 2 张卡片的修改。'));
    expect((await getCard('a'))!.classification).toEqual({ grade: 'C', valueTier: 'minor', tags: ['old'] });
    expect((await getCard('b'))!.classification).toEqual({ tags: [] });
    // Nothing older is offered once the latest change was undone.
    await until(async () => expect(root.textContent).not.toContain('撤销上次修改'));
  });

  it('a failed bulk write says why and keeps the selection and the choices', async () => {
    await seed(env.db, [makeCard({ id: 'a', name: 'A' })]);
    const root = env.render(<Page ids={['a']} initial={['a']} />);
    env.failing.set('ui→bg:bulkClassify', 'quota');
    choose(select(root, 'Grade'), 'A');
    click(button(root, 'Apply to selected'));
    await waitFor(() => expect(status(root)).toContain('The disk is full'));
    expect(text(root)).toContain('1 selected');
    expect(select(root, 'Grade').value).toBe('A');
    expect((await getCard('a'))!.classification.grade).toBeUndefined();
  });

  it('a large change stopped part-way by a full disk offers Undo for the cards it already changed', async () => {
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
    const root = env.render(<Page ids={ids} initial={ids} />);
    choose(select(root, 'Grade'), 'C');
    click(button(root, 'Apply to selected'));
    await waitFor(() =>
      expect(status(root)).toContain('The disk filled part-way: 2000 of 2100 cards were changed, the others were not'),
    );
    // Not the single-write message ("nothing was saved"), which would contradict it.
    expect(status(root)).not.toContain('nothing was saved');
    vi.restoreAllMocks();
    click(button(root, 'Undo last change (2000 cards)'));
    await waitFor(() => expect(status(root)).toBe('Undone for 2000 cards.'));
    expect((await env.db.cards.toArray()).some((c) => c.classification.grade === 'C')).toBe(false);
  });

  it('moves cards to the trash and undo restores them', async () => {
    await seed(env.db, [makeCard({ id: 'a', name: 'A' }), makeCard({ id: 'b', name: 'B' })]);
    const root = env.render(<Page ids={['a', 'b']} initial={['a', 'b']} />);
    click(button(root, 'Move to trash'));
    await waitFor(() => expect(status(root)).toBe('2 cards moved to the trash.'));
    expect((await getCard('a'))!.deletedAt).toBeGreaterThan(0);
    click(button(root, 'Undo last change (2 cards)'));
    await waitFor(() => expect(status(root)).toBe('Undone for 2 cards.'));
    expect((await getCard('a'))!.deletedAt).toBeUndefined();
    expect((await getCard('b'))!.deletedAt).toBeUndefined();
  });
});

describe('duplicates and merge', () => {
  it('finds cards sharing a normalised phone, merges them field by field, and the bar undoes the merge', async () => {
    await seed(env.db, [
      makeCard({ id: 'a', name: '华强电子', phones: [{ value: '+8613800138000' }], company: { industry: '电子' } }),
      makeCard({
        id: 'b',
        name: '华强电子有限公司',
        phones: [{ value: '+8613800138000' }],
        emails: [{ value: 'hq@hq.cn' }],
      }),
    ]);
    const root = env.render(<Page ids={['a', 'b']} initial={[]} dups />, 'zh');
    click(button(root, '查找疑似重复'));
    await waitFor(() => expect(text(root)).toContain('相同电话：+8613800138000'));
    click(button(root, '对比并合并'));
    const merge = root.querySelector('[data-testid=merge]')!;
    // Fields named in the user's language, company profile parts too.
    const rowNames = [...merge.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(rowNames).toContain('客户名称');
    expect(rowNames).toContain('邮箱');
    expect(merge.textContent).toContain('所属行业：电子');
    // The customer type in the user's language, not the stored code ('company').
    const kindRow = [...merge.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent === '客户类型',
    )!;
    expect([...kindRow.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent?.trim())).toEqual([
      '企业客户',
      '企业客户',
    ]);
    // Keep card 2's name.
    click(merge.querySelector('input[aria-label="客户名称：卡片 2"]') as HTMLInputElement);
    click(button(root, '合并'));
    await waitFor(() => expect(merge.textContent).toContain('已合并'));
    const kept = (await getCard('a'))!;
    expect(kept.name).toBe('华强电子有限公司');
    expect(kept.emails.map((e) => e.value)).toEqual(['hq@hq.cn']);
    expect((await getCard('b'))!.deletedAt).toBeGreaterThan(0);
    // The merge is the latest change: the bulk bar offers to undo it too (after the drawer is closed).
    click(button(root, '关闭'));
    await waitFor(() => expect(buttons(root).some((b) => b.textContent === '撤销上次修改（2 张）')).toBe(true));
    click(buttons(root).find((b) => b.textContent === '撤销上次修改（2 张）')!);
    await until(async () => expect((await getCard('a'))!.name).toBe('华强电子'));
    expect((await getCard('b'))!.deletedAt).toBeUndefined();
  });

  it('a group of three offers each other card to compare with the first', async () => {
    await seed(env.db, [
      makeCard({ id: 'a', number: 'C-1', name: 'A', emails: [{ value: 'x@acme.cn' }] }),
      makeCard({ id: 'b', number: 'C-2', name: 'B', emails: [{ value: 'x@acme.cn' }] }),
      makeCard({ id: 'c', number: 'C-3', name: 'C', emails: [{ value: 'x@acme.cn' }] }),
    ]);
    const root = env.render(<Page ids={['a', 'b', 'c']} initial={[]} dups />);
    click(button(root, 'Find likely duplicates'));
    await waitFor(() => expect(text(root)).toContain('same email: x@acme.cn'));
    click(button(root, 'Compare C-1 with C-3'));
    const merge = root.querySelector('[data-testid=merge]')!;
    expect(merge.textContent).toContain('Card 1 · C-1');
    expect(merge.textContent).toContain('Card 2 · C-3');
  });

  it('emptying the trash asks first, says it cannot be undone, and can be cancelled', async () => {
    await seed(env.db, [makeCard({ id: 'a', name: 'A', deletedAt: 1 }), makeCard({ id: 'b', name: 'B' })]);
    let done = 0;
    const root = env.render(<EmptyTrash count={1} onDone={() => done++} />);
    click(button(root, 'Empty the trash'));
    expect(root.querySelector('[role=alert]')!.textContent).toBe(
      'Delete 1 card in the trash for good? This cannot be undone.',
    );
    click(button(root, 'Cancel'));
    expect(await env.db.cards.count()).toBe(2);
    click(button(root, 'Empty the trash'));
    click(buttons(root).find((b) => b.textContent === 'Empty the trash')!);
    await waitFor(() => expect(text(root)).toContain('1 card deleted for good.'));
    expect(await env.db.cards.count()).toBe(1);
    expect(done).toBe(1);
  });
});

const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')];
