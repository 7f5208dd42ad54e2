// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { options } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../../lib/extract/adapters/registry';
import { emptyLead, type DraftLead, type ExtractResult } from '../../../lib/extract/types';
import { LIST_BATCH_MAX, MessageError, Requests, type RequestName } from '../../../lib/messages';
import { LangContext } from '../../../components/i18n';
import { ListQueue } from '../../../components/list-queue/ListQueue';
import { checkAll, chunks, statusFor, queueFromResult } from '../../../components/list-queue/queue';
import { button, click, mount, unmount, waitFor } from '../ui/helpers';
import { FIXTURES } from './support';

/** waitFor retries until the check stops throwing: make a condition throw until it holds. */
const until = (cond: () => boolean) =>
  waitFor(() => {
    if (!cond()) throw new Error('not yet');
  });

// The queue of a list page against a background stand-in that checks every request against the protocol.

const URL_YP = 'https://www.yellowpages.com/search?search_terms=plumbers&geo_location_terms=Madison%2C+WI';

/** A list fixture through its adapter, as the pipeline hands it to the popup. */
function listResult(file: string, url: string, title: string): ExtractResult {
  const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
  const adapter = adapterFor(url)!;
  const leads = adapter.extract(doc, new URL(url)).map((p) => ({ ...emptyLead(), ...p }) as DraftLead);
  return {
    url,
    title,
    leads,
    ms: 1,
    adapter: { id: adapter.id, pageType: adapter.detect(new URL(url), doc)!, recognised: true },
  };
}
const ypResult = () => listResult('yellowpages/search.html', URL_YP, 'Plumbers');
const URL_TB = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const tbResult = () => listResult('taobao-seller/order-list.html', URL_TB, '已卖出的宝贝');

type Known = Record<string, { id: string; keys: string[] }>;

/** The archive's answers for a draft, as findMatches gives them (known by platform id or name here). */
function matchesFor(existing: Known, draft: { name: string; platformIds?: string[] }) {
  const hit = existing[draft.platformIds?.[0] ?? draft.name];
  return hit
    ? [{ id: hit.id, number: 'C-1', name: draft.name, kind: 'company', updatedAt: 1, matchedKeys: hit.keys }]
    : [];
}

function fakeSend(existing: Known, opts: { failSave?: string; hold?: Promise<void> } = {}) {
  const calls: { name: RequestName; payload: Record<string, unknown> }[] = [];
  let n = 0;
  const send = (async (name: RequestName, payload: unknown) => {
    const p = Requests[name].req.parse(payload) as Record<string, unknown>;
    calls.push({ name, payload: p });
    type D = { name: string; platformIds?: string[] };
    if (name === 'ui→bg:findMatchesMany') {
      await opts.hold;
      return Requests[name].res.parse({ matches: (p.drafts as D[]).map((d) => matchesFor(existing, d)) });
    }
    if (name === 'ui→bg:saveDraftsMany') {
      if (opts.failSave) throw new MessageError('quota', opts.failSave);
      const items = p.items as { draft: D; mergeInto?: string }[];
      const saved = items.map((x) => ({ id: x.mergeInto ?? `new-${++n}`, number: 'C-2', created: !x.mergeInto }));
      return Requests[name].res.parse({ saved });
    }
    throw new Error(`unexpected ${name}`);
  }) as Parameters<typeof ListQueue>[0]['send'];
  const named = (name: RequestName) => calls.filter((c) => c.name === name).map((c) => c.payload);
  return { send, calls, named };
}

let root: HTMLElement | undefined;
afterEach(() => root && unmount(root));

describe('ListQueue', () => {
  it('marks each item new / would update and saves the checked ones in one step', async () => {
    const { send, calls } = fakeSend({
      // A buyer already in the archive: this page holds a new order of theirs → would update that card.
      'taobao:tb_zhang2019': { id: 'card-zhang', keys: ['im:wangwang:tb_zhang2019', 'pid:taobao:tb_zhang2019'] },
    });
    const saved: string[][] = [];
    root = mount(
      <LangContext.Provider value="en">
        <ListQueue result={tbResult()} send={send} onSaved={(ids) => saved.push(ids)} />
      </LangContext.Provider>,
    );
    await until(() => !root!.textContent!.includes('checking'));
    const rows = [...root.querySelectorAll('li')];
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('#3712846519203847561'),
      expect.stringContaining('#3712846519203840022'),
    ]);
    expect(rows.map((r) => r.querySelector('.la-queue-badge')!.textContent)).toEqual(['would update', 'new']);
    expect(rows.map((r) => r.querySelector('input')!.checked)).toEqual([true, true]);
    click(button(root, 'Save checked (2)'));
    await until(() => root!.textContent!.includes('Saved 2; 0 failed.'));
    // One request for the checks and one for the save.
    expect(calls.map((c) => c.name)).toEqual(['ui→bg:findMatchesMany', 'ui→bg:saveDraftsMany']);
    const saves = (calls[1].payload.items as { mergeInto?: string }[]).map((x) => x.mergeInto);
    expect(saves).toEqual(['card-zhang', undefined]);
    expect(saved).toEqual([['card-zhang', 'new-1']]);
    expect([...root.querySelectorAll('.la-queue-badge')].map((b) => b.textContent)).toEqual(['saved', 'saved']);
    expect(button(root, 'Save checked (0)').disabled).toBe(true);
  });

  it('leaves items with nothing new unchecked, and speaks Chinese', async () => {
    const { send, calls } = fakeSend({
      'Badger Drain & Sewer': { id: 'card-badger', keys: ['tel:+16085550199'] },
    });
    root = mount(
      <LangContext.Provider value="zh">
        <ListQueue result={ypResult()} send={send} />
      </LangContext.Provider>,
    );
    await until(() => !root!.textContent!.includes('检查中'));
    const badges = [...root.querySelectorAll('.la-queue-badge')].map((b) => b.textContent);
    expect(badges).toEqual(['新客户', '已在档案中']);
    click(button(root, '保存所选（1）'));
    await until(() => root!.textContent!.includes('已保存 1 条'));
    expect(calls.filter((c) => c.name === 'ui→bg:saveDraftsMany').map((c) => (c.payload.items as []).length)).toEqual([
      1,
    ]);
  });
});

/** A recognised list page of `count` companies, each with its own phone. */
function bigList(count: number): ExtractResult {
  const leads = Array.from({ length: count }, (_, i) => {
    const l = emptyLead();
    l.organization = { value: `Firm ${i}`, src: 'adapter', conf: 0.9, by: 'yellowpages' };
    l.phones = [
      { value: `+1608555${String(1000 + i).padStart(4, '0')}`, src: 'adapter', conf: 0.9, by: 'yellowpages' },
    ];
    return l;
  });
  return { url: URL_YP, title: 'Plumbers', ms: 1, leads, adapter: { id: 'yellowpages', recognised: true } };
}

/** Counts the queue rows Preact renders (the memoised row's own function, not the memo wrapper). */
function rowRenders() {
  let n = 0;
  const before = options.diffed;
  options.diffed = (vnode) => {
    if (typeof vnode.type === 'function' && vnode.type.name === 'QueueRow') n++;
    before?.(vnode);
  };
  return {
    take: () => [n, (n = 0)][0],
    stop: () => void (options.diffed = before),
  };
}

describe('ListQueue with 500 items', () => {
  const known: Known = {};
  for (let i = 0; i < 500; i += 5) known[`Firm ${i}`] = { id: `card-${i}`, keys: [`tel:+1608555${1000 + i}`] };
  const rows = () => [...root!.querySelectorAll('li')];
  const box = (i: number) => root!.querySelector<HTMLInputElement>(`#la-queue-item-${i}`)!;

  it('lists every item at once as checking, checks them in one request, then fills the statuses', async () => {
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const { send, calls } = fakeSend(known, { hold });
    root = mount(
      <LangContext.Provider value="en">
        <ListQueue result={bigList(500)} send={send} />
      </LangContext.Provider>,
    );
    expect(rows()).toHaveLength(500);
    expect(rows().every((r) => r.textContent!.includes('checking…'))).toBe(true);
    expect(root.textContent).toContain('Checking the archive…');
    expect(box(0).disabled).toBe(true);
    release();
    await until(() => !root!.textContent!.includes('checking'));
    expect(calls).toHaveLength(1);
    expect((calls[0].payload.drafts as unknown[]).length).toBe(500);
    const badges = rows().map((r) => r.querySelector('.la-queue-badge')!.textContent);
    expect(badges.filter((b) => b === 'already in archive')).toHaveLength(100);
    expect(badges.filter((b) => b === 'new')).toHaveLength(400);
    expect(badges[5]).toBe('already in archive');
    expect(root.querySelector('[data-testid=queue-counts]')!.textContent).toBe(
      '400 new · 0 would update · 100 already in archive',
    );
    expect(button(root, 'Save checked (400)').disabled).toBe(false);
  });

  it('renders only the rows a click changes: one for a checkbox, the changed ones for "only new"', async () => {
    const { send, named } = fakeSend(known);
    root = mount(
      <LangContext.Provider value="en">
        <ListQueue result={bigList(500)} send={send} />
      </LangContext.Provider>,
    );
    await until(() => !root!.textContent!.includes('checking'));
    const renders = rowRenders();
    try {
      click(box(7));
      expect(box(7).checked).toBe(false);
      expect(renders.take()).toBe(1);
      click(box(10)); // in the archive: unchecked by default
      expect(box(10).checked).toBe(true);
      expect(renders.take()).toBe(1);
      expect(button(root, 'Save checked (400)')).toBeTruthy();
      click(button(root, 'Only new'));
      expect(renders.take()).toBe(2); // item 7 checked again, item 10 unchecked
      click(button(root, 'Select none'));
      expect(renders.take()).toBe(400);
      click(button(root, 'Select all'));
      expect(renders.take()).toBe(500);
      expect(rows().every((r) => r.querySelector('input')!.checked)).toBe(true);
      click(button(root, 'Select none'));
      renders.take();
    } finally {
      renders.stop();
    }
    for (const i of [1, 2, 3, 5]) click(box(i));
    click(button(root, 'Save checked (4)'));
    await until(() => root!.textContent!.includes('Saved 4; 0 failed.'));
    const saves = named('ui→bg:saveDraftsMany');
    expect(saves).toHaveLength(1);
    expect(
      (saves[0].items as { draft: { name: string }; mergeInto?: string }[]).map((x) => [x.draft.name, x.mergeInto]),
    ).toEqual([
      ['Firm 1', undefined],
      ['Firm 2', undefined],
      ['Firm 3', undefined],
      ['Firm 5', 'card-5'],
    ]);
    expect(rows().filter((r) => r.querySelector('.la-queue-badge')!.textContent === 'saved')).toHaveLength(4);
  });

  it('saves all or nothing: a refused batch leaves every item not saved, says why, and can be tried again', async () => {
    const { send, named } = fakeSend({}, { failSave: 'Item 3 (Firm 2): disk full' });
    root = mount(
      <LangContext.Provider value="zh">
        <ListQueue result={bigList(5)} send={send} />
      </LangContext.Provider>,
    );
    await until(() => !root!.textContent!.includes('检查中'));
    click(button(root, '保存所选（5）'));
    await until(() => root!.textContent!.includes('已保存 0 条；5 条失败。'));
    expect(root.querySelector('[role=alert]')!.textContent).toBe('5 条未保存：Item 3 (Firm 2): disk full');
    expect(rows().map((r) => r.querySelector('.la-queue-badge')!.textContent)).toEqual(Array(5).fill('未保存'));
    expect(named('ui→bg:saveDraftsMany')).toHaveLength(1);
    expect(button(root, '保存所选（5）').disabled).toBe(false);
  });
});

describe('checkAll', () => {
  it('asks in runs of LIST_BATCH_MAX and hands each answer over by item index', async () => {
    const { send, named } = fakeSend({ 'Firm 1500': { id: 'c', keys: ['tel:+16085552500'] } });
    const items = queueFromResult(bigList(2100));
    const parts: { index: number; status: string }[][] = [];
    await checkAll(send, items, (answers) => parts.push(answers));
    expect(named('ui→bg:findMatchesMany').map((p) => (p.drafts as unknown[]).length)).toEqual([
      LIST_BATCH_MAX,
      LIST_BATCH_MAX,
      100,
    ]);
    expect(parts.map((p) => [p[0].index, p.length])).toEqual([
      [0, 1000],
      [1000, 1000],
      [2000, 100],
    ]);
    expect(parts[1][500]).toEqual({ index: 1500, status: 'in-archive', matchId: 'c' });
    expect(chunks([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});

describe('an item the card schema refuses', () => {
  it('is set aside as "cannot be saved" and does not hold up the batch check or the save of the others', async () => {
    const res = bigList(4);
    res.leads[2].phones = [{ value: `+1608555${'9'.repeat(600)}`, src: 'adapter', conf: 0.9 }];
    const items = queueFromResult(res);
    expect(items.map((x) => x.status)).toEqual(['checking', 'checking', 'invalid', 'checking']);
    expect(items[2].problem).toMatch(/^phones\.0\.value: /);
    const { send, named } = fakeSend({ 'Firm 1': { id: 'card-1', keys: ['tel:+16085551001'] } });
    root = mount(
      <LangContext.Provider value="en">
        <ListQueue result={res} send={send} />
      </LangContext.Provider>,
    );
    await until(() => !root!.textContent!.includes('checking'));
    expect((named('ui→bg:findMatchesMany')[0].drafts as { name: string }[]).map((d) => d.name)).toEqual([
      'Firm 0',
      'Firm 1',
      'Firm 3',
    ]);
    const rows = [...root.querySelectorAll('li')];
    expect(rows.map((r) => r.querySelector('.la-queue-badge')!.textContent)).toEqual([
      'new',
      'already in archive',
      'cannot be saved',
      'new',
    ]);
    expect(rows[2].textContent).toContain('(not valid: phones.0.value: ');
    expect(rows[2].querySelector('input')!.disabled).toBe(true);
    click(button(root, 'Select all'));
    expect(rows[2].querySelector('input')!.checked).toBe(false);
    click(button(root, 'Save checked (3)'));
    await until(() => root!.textContent!.includes('Saved 3; 0 failed.'));
    const saved = named('ui→bg:saveDraftsMany')[0].items as { draft: { name: string } }[];
    expect(saved.map((x) => x.draft.name)).toEqual(['Firm 0', 'Firm 1', 'Firm 3']);
  });
});

describe('statusFor', () => {
  const [lake] = queueFromResult(ypResult());
  it('tells new, update and nothing-new apart', () => {
    const m = (keys: string[]) => [
      { id: 'c', number: 'C-1', name: 'x', kind: 'company' as const, updatedAt: 1, matchedKeys: keys },
    ];
    expect(statusFor(lake.draft, [])).toEqual({ status: 'new' });
    expect(statusFor(lake.draft, m(['tel:+16085550142'])).status).toBe('in-archive');
    expect(statusFor(lake.draft, m([])).status).toBe('in-archive');
    const withOrder = { ...lake.draft, business: { ...lake.draft.business, orders: [{ number: '1', items: [] }] } };
    expect(statusFor(withOrder as typeof lake.draft, m(['tel:+16085550142'])).status).toBe('would-update');
  });
});
