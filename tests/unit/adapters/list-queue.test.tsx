// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../lib/card/schema';
import { adapterFor } from '../../../lib/extract/adapters/registry';
import { emptyLead, type DraftLead, type ExtractResult } from '../../../lib/extract/types';
import { Requests, type RequestName } from '../../../lib/messages';
import { LangContext } from '../../../components/i18n';
import { ListQueue } from '../../../components/list-queue/ListQueue';
import { statusFor, queueFromResult } from '../../../components/list-queue/queue';
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

function fakeSend(existing: Record<string, { id: string; keys: string[] }>) {
  const calls: { name: RequestName; payload: Record<string, unknown> }[] = [];
  let n = 0;
  const send = (async (name: RequestName, payload: unknown) => {
    const p = Requests[name].req.parse(payload) as Record<string, unknown>;
    calls.push({ name, payload: p });
    const draft = p.draft as { name: string; platformIds?: string[] };
    const key = draft.platformIds?.[0] ?? draft.name;
    if (name === 'ui→bg:findMatches') {
      const hit = existing[key];
      const matches = hit
        ? [{ id: hit.id, number: 'C-1', name: draft.name, kind: 'company', updatedAt: 1, matchedKeys: hit.keys }]
        : [];
      return Requests[name].res.parse({ matches });
    }
    if (name === 'ui→bg:saveDraft') {
      const card = Card.parse({
        id: (p.mergeInto as string) ?? `new-${++n}`,
        number: 'C-2',
        kind: 'company',
        name: draft.name,
        createdAt: 1,
        updatedAt: 1,
      });
      return Requests[name].res.parse({ card, created: !p.mergeInto });
    }
    throw new Error(`unexpected ${name}`);
  }) as Parameters<typeof ListQueue>[0]['send'];
  return { send, calls };
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
    const saves = calls.filter((c) => c.name === 'ui→bg:saveDraft').map((c) => c.payload.mergeInto);
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
    expect(calls.filter((c) => c.name === 'ui→bg:saveDraft')).toHaveLength(1);
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
