// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../lib/card/schema';
import { emptyLead, type DraftLead, type ExtractResult } from '../../../lib/extract/types';
import type { Lang } from '../../../lib/i18n';
import { Requests, type RequestName } from '../../../lib/messages';
import { LangContext } from '../../../components/i18n';
import { Popup, type PopupApi } from '../../../components/popup/Popup';
import { button, click, mount, unmount, waitFor } from './helpers';

// The popup with site adapters: a list page becomes the save queue, the adapter's site is named in both
// languages, an unrecognised page says so, and a masked phone is said to be kept as shown.

function fakeApi(res: ExtractResult, known: string[] = [], granted = false) {
  const asked: string[][] = [];
  const calls: { name: RequestName; payload: Record<string, unknown> }[] = [];
  let n = 0;
  const api: PopupApi = {
    send: (async (name: RequestName, payload: unknown) => {
      const p = Requests[name].req.parse(payload) as Record<string, unknown>;
      calls.push({ name, payload: p });
      const draft = p.draft as { name: string } | undefined;
      const answer: Record<string, () => unknown> = {
        'ui→bg:getPendingDraft': () => ({ pending: null }),
        'ui→bg:captureTab': () => ({ result: res }),
        'ui→bg:findMatches': () => ({
          matches: known.includes(draft!.name)
            ? [{ id: 'k1', number: 'C-2026-0001', name: draft!.name, kind: 'company', updatedAt: 1, matchedKeys: [] }]
            : [],
        }),
        // The list queue and the badges ask for the whole list at once.
        'ui→bg:findMatchesMany': () => ({
          matches: (p.drafts as { name: string }[]).map((d) =>
            known.includes(d.name)
              ? [{ id: 'k1', number: 'C-2026-0001', name: d.name, kind: 'company', updatedAt: 1, matchedKeys: [] }]
              : [],
          ),
        }),
        'ui→bg:saveDraftsMany': () => ({
          saved: (p.items as unknown[]).map(() => ({ id: `c${++n}`, number: `C-2026-000${n + 1}`, created: true })),
        }),
        'ui→bg:showBadges': () => ({ marked: (p.names as string[]).length }),
        'ui→bg:saveDraft': () => ({
          card: Card.parse({
            id: `c${++n}`,
            number: `C-2026-000${n + 1}`,
            kind: 'company',
            name: draft!.name,
            createdAt: 1,
            updatedAt: 1,
          }),
          created: true,
        }),
      };
      return Requests[name].res.parse((answer[name] ?? (() => ({})))());
    }) as PopupApi['send'],
    findTabId: async () => 3,
    openArchive: () => undefined,
    permissions: {
      contains: async () => granted,
      request: async (origins) => (asked.push(origins), (granted = true)),
    },
  };
  const named = (n: RequestName) => calls.filter((c) => c.name === n).map((c) => c.payload);
  const saved = () => [
    ...named('ui→bg:saveDraft'),
    ...named('ui→bg:saveDraftsMany').flatMap((p) => p.items as Record<string, unknown>[]),
  ];
  return { api, asked, named, saved };
}

function company(name: string, phone: string): DraftLead {
  const l = emptyLead();
  l.organization = { value: name, src: 'adapter', conf: 0.9, by: 'yellowpages' };
  l.phones = [{ value: phone, src: 'adapter', conf: 0.9, by: 'yellowpages' }];
  return l;
}

const list = (): ExtractResult => ({
  url: 'https://www.yellowpages.com/search?search_terms=plumbers',
  title: 'Plumbers',
  ms: 2,
  leads: [
    company('Lakeside Plumbing', '+16085550142'),
    company('Badger Drain', '+16085550199'),
    company('Isthmus Pipes', '+16085550111'),
  ],
  adapter: { id: 'yellowpages', pageType: 'search-results', recognised: true },
});

let root: HTMLElement | undefined;
afterEach(() => root && unmount(root));
const open = (api: PopupApi, lang: Lang = 'en') =>
  (root = mount(
    <LangContext.Provider value={lang}>
      <Popup api={api} debounceMs={20} />
    </LangContext.Provider>,
  ));

describe('Popup with site adapters', () => {
  it('shows a list page as the queue and saves the checked items in one step', async () => {
    const f = fakeApi(list(), ['Badger Drain']);
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('3 items on this page'));
    expect(r.textContent).toContain('Read as Yellow Pages search results.');
    await waitFor(() => expect(r.textContent).toContain('already in archive'));
    expect(r.querySelectorAll('input[type=checkbox]')).toHaveLength(3);
    expect(r.textContent).not.toContain('Choose');
    click(button(r, 'Save checked (2)'));
    await waitFor(() => expect(r.textContent).toContain('Saved 2; 0 failed.'));
    expect(f.saved().map((p) => (p.draft as { name: string }).name)).toEqual(['Lakeside Plumbing', 'Isthmus Pipes']);
  });

  it('names the site in Chinese', async () => {
    const r = open(fakeApi(list()).api, 'zh');
    await waitFor(() => expect(r.textContent).toContain('已按美国黄页搜索结果读取。'));
    expect(r.textContent).toContain('本页共 3 条');
  });

  it('keeps a single order page in the card editor and says the masked phone is kept as shown', async () => {
    const buyer = emptyLead('person');
    buyer.persons = [{ value: { name: '张小姐', phones: [], emails: [] }, src: 'adapter', conf: 0.9 }];
    buyer.phones = [{ value: '86-138****5678', src: 'adapter', conf: 0.9 }];
    const r = open(
      fakeApi({
        url: 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1',
        title: '订单详情',
        ms: 1,
        leads: [buyer],
        adapter: { id: 'taobao-seller', pageType: 'order-detail', recognised: true },
      }).api,
    );
    await waitFor(() => expect(r.textContent).toContain('Read as Taobao / Tmall seller centre order details.'));
    expect(r.textContent).toContain('masked by the site and kept as shown');
    expect(r.querySelector('.la-queue')).toBeNull();
  });

  it('says when the adapter did not recognise the page, naming the site', async () => {
    const res = list();
    res.adapter = { id: 'yellowpages', recognised: false };
    const r = open(fakeApi(res).api);
    await waitFor(() => expect(r.textContent).toContain('This Yellow Pages page did not look as expected'));
    // Not a recognised list: the generic chooser, not the queue.
    expect(r.textContent).not.toContain('items on this page');
  });

  it('marks the archived items on the page at once where the site is granted, and again after a save', async () => {
    const f = fakeApi(list(), ['Badger Drain'], true);
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('1 items marked on the page as in the archive.'));
    expect(f.named('ui→bg:showBadges')).toEqual([{ tabId: 3, names: ['Badger Drain'], label: 'In archive' }]);
    expect(f.asked).toEqual([]);
    click(button(r, 'Save checked (2)'));
    await waitFor(() => expect(f.named('ui→bg:showBadges')).toHaveLength(2));
  });

  it('asks for the site only on the user’s click, then marks', async () => {
    const f = fakeApi(list(), ['Badger Drain'], false);
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('Mark archived items on this page'));
    expect(f.named('ui→bg:showBadges')).toEqual([]);
    click(button(r, 'Mark archived items on this page'));
    await waitFor(() => expect(f.named('ui→bg:showBadges')).toHaveLength(1));
    expect(f.asked).toEqual([['https://www.yellowpages.com/*']]);
  });
});
