// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../lib/card/schema';
import { emptyLead, type DraftLead, type ExtractResult } from '../../../lib/extract/types';
import type { Lang } from '../../../lib/i18n';
import { MessageError, Requests, type RequestName } from '../../../lib/messages';
import { LangContext } from '../../../components/i18n';
import { Popup, type PopupApi } from '../../../components/popup/Popup';
import { button, buttons, click, field, mount, settle, type, unmount, waitFor } from './helpers';

type Handler = (payload: never) => unknown;

/** A background stand-in: checks every request against the protocol, records it, answers from `handlers`. */
function fakeApi(handlers: Partial<Record<RequestName, Handler>>, tabId: number | null = 7) {
  const calls: { name: RequestName; payload: Record<string, unknown> }[] = [];
  const opened: string[] = [];
  const api: PopupApi = {
    send: (async (name: RequestName, payload: unknown) => {
      const parsed = Requests[name].req.parse(payload) as Record<string, unknown>;
      calls.push({ name, payload: parsed });
      const h = handlers[name] ?? (name === 'ui→bg:getPendingDraft' ? () => ({ pending: null }) : () => ({}));
      // Replies go through the protocol too, as lib/messaging's send does (defaults filled in).
      return Requests[name].res.parse(await (h as (p: unknown) => unknown)(parsed));
    }) as PopupApi['send'],
    findTabId: async () => tabId ?? undefined,
    openArchive: (id: string) => opened.push(id),
  };
  const named = (n: RequestName) => calls.filter((c) => c.name === n).map((c) => c.payload);
  return { api, calls, named, opened };
}

function lead(name: string, phone?: string): DraftLead {
  const l = emptyLead();
  l.organization = { value: name, src: 'jsonld', conf: 0.95 };
  if (phone) l.phones = [{ value: phone, src: 'link', conf: 0.8 }];
  else l.emails = [{ value: `info@${name.toLowerCase().replace(/\W+/g, '')}.example`, src: 'link', conf: 0.8 }];
  return l;
}

function result(leads: DraftLead[], extra: Partial<ExtractResult> = {}): ExtractResult {
  return { url: 'https://acme.example/contact', title: 'Contact', leads, ms: 3, ...extra };
}

function savedCard(name: string, number = 'C-2026-0001', id = 'card-1') {
  return Card.parse({ id, number, kind: 'company', name, createdAt: 1, updatedAt: 1 });
}

let root: HTMLElement | undefined;
afterEach(() => root && unmount(root));

function open(api: PopupApi, lang: Lang = 'en') {
  root = mount(
    <LangContext.Provider value={lang}>
      <Popup api={api} debounceMs={20} />
    </LangContext.Provider>,
  );
  return root;
}

describe('Popup', () => {
  it('captures the tab, saves a new card and links to it in the archive', async () => {
    const f = fakeApi({
      'ui→bg:captureTab': () => ({ result: result([lead('Acme Ltd', '+1 312 867 0110')]) }),
      'ui→bg:findMatches': () => ({ matches: [] }),
      'ui→bg:saveDraft': () => ({ card: savedCard('Acme Ltd'), created: true }),
    });
    const r = open(f.api);
    expect(r.textContent).toContain('Looking for contact details');
    await waitFor(() => expect(field(r, 'Customer name').value).toBe('Acme Ltd'));
    expect(f.named('ui→bg:captureTab')).toEqual([{ tabId: 7 }]);
    expect(field(r, 'Phone 1').value).toBe('+13128670110');
    click(button(r, 'Save'));
    await waitFor(() => expect(r.textContent).toContain('Saved as C-2026-0001'));
    const [saved] = f.named('ui→bg:saveDraft');
    expect(saved).toMatchObject({ draft: { name: 'Acme Ltd', phones: [{ value: '+13128670110' }] } });
    expect(saved.mergeInto).toBeUndefined();
    click(button(r, 'Open in archive'));
    expect(f.opened).toEqual(['card-1']);
    await waitFor(() => expect(f.named('ui→bg:setPendingDraft').at(-1)).toEqual({ pending: null }));
  });

  it('says when the archive already has the company and updates that card on request', async () => {
    const match = {
      id: 'k9',
      number: 'C-2026-0003',
      name: 'Acme Ltd',
      kind: 'company',
      updatedAt: 1,
      matchedKeys: ['tel:+13128670110'],
    };
    const f = fakeApi({
      'ui→bg:captureTab': () => ({ result: result([lead('ACME Limited', '+1 312 867 0110')]) }),
      'ui→bg:findMatches': () => ({ matches: [match] }),
      'ui→bg:saveDraft': (p: { mergeInto?: string }) => ({
        card: savedCard('Acme Ltd', 'C-2026-0003', p.mergeInto ?? 'new'),
        created: !p.mergeInto,
      }),
    });
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('Already in the archive as C-2026-0003 Acme Ltd'));
    expect(buttons(r, 'Save')).toHaveLength(0);
    click(button(r, 'Update that card'));
    await waitFor(() => expect(r.textContent).toContain('Updated C-2026-0003'));
    expect(f.named('ui→bg:saveDraft')).toMatchObject([{ mergeInto: 'k9', draft: { name: 'ACME Limited' } }]);
  });

  it('a match with a clearly different name: the primary button saves a new card, not a merge', async () => {
    const match = {
      id: 'k3',
      number: 'C-2026-0003',
      name: '上海明远精密机械有限公司',
      kind: 'company',
      updatedAt: 1,
      matchedKeys: ['im:qq:2850012345'],
    };
    const f = fakeApi({
      'ui→bg:captureTab': () => ({ result: result([lead('广州美伦包装材料有限公司', '+86 136 1234 5678')]) }),
      'ui→bg:findMatches': () => ({ matches: [match] }),
      'ui→bg:saveDraft': () => ({ card: savedCard('广州美伦包装材料有限公司', 'C-2026-0009'), created: true }),
    });
    const r = open(f.api);
    await waitFor(() =>
      expect(r.textContent).toContain('The names differ: 广州美伦包装材料有限公司 / 上海明远精密机械有限公司.'),
    );
    expect(r.textContent).toContain('(same QQ 2850012345)');
    expect(button(r, 'Update that card').className).not.toContain('la-btn-primary');
    const primary = button(r, 'Save as new');
    expect(primary.className).toContain('la-btn-primary');
    click(primary);
    await waitFor(() => expect(r.textContent).toContain('Saved as C-2026-0009'));
    expect(f.named('ui→bg:saveDraft')[0]).toMatchObject({ asNew: true });
    expect(f.named('ui→bg:saveDraft')[0].mergeInto).toBeUndefined();
  });

  it('can save as new despite a match', async () => {
    const match = { id: 'k9', number: 'C-2026-0003', name: 'Acme Ltd', kind: 'company', updatedAt: 1 };
    const f = fakeApi({
      'ui→bg:captureTab': () => ({ result: result([lead('Acme Ltd')]) }),
      'ui→bg:findMatches': () => ({ matches: [match] }),
      'ui→bg:saveDraft': () => ({ card: savedCard('Acme Ltd', 'C-2026-0004'), created: true }),
    });
    const r = open(f.api);
    await waitFor(() => button(r, 'Save as new'));
    click(button(r, 'Save as new'));
    await waitFor(() => expect(r.textContent).toContain('Saved as C-2026-0004'));
    expect(f.named('ui→bg:saveDraft')[0].mergeInto).toBeUndefined();
    expect(f.named('ui→bg:saveDraft')[0].asNew).toBe(true);
  });

  it('nothing found: says so and starts an empty card that cannot be saved without a name', async () => {
    const f = fakeApi({ 'ui→bg:captureTab': () => ({ result: result([]) }) });
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('No contact details found on this page'));
    click(button(r, 'Start an empty card'));
    const save = button(r, 'Save');
    expect(save.disabled).toBe(true);
    expect(r.textContent).toContain('Cannot save yet: Enter the customer name.');
    type(field(r, 'Customer name'), 'Walk-in buyer');
    expect(button(r, 'Save').disabled).toBe(false);
  });

  it('a page title and URL alone are not contact details: nothing found', async () => {
    const bare = emptyLead();
    bare.organization = { value: 'Nothing to capture here', src: 'meta', conf: 0.3 };
    bare.websites = [{ value: 'https://acme.example/', src: 'meta', conf: 0.3 }];
    const f = fakeApi({ 'ui→bg:captureTab': () => ({ result: result([bare]) }) });
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('No contact details found on this page'));
    expect(buttons(r, 'Start an empty card')).toHaveLength(1);
  });

  it('gives up waiting for a capture that never answers, and offers a retry', async () => {
    const f = fakeApi({ 'ui→bg:captureTab': () => new Promise(() => undefined) });
    root = mount(
      <LangContext.Provider value="en">
        <Popup api={f.api} debounceMs={20} captureTimeoutMs={50} />
      </LangContext.Provider>,
    );
    const r = root;
    await waitFor(() => expect(r.textContent).toContain('Capturing this page failed'));
    expect(buttons(r, 'Retry')).toHaveLength(1);
  });

  it('says nothing was found in Chinese', async () => {
    const f = fakeApi({ 'ui→bg:captureTab': () => ({ result: result([]) }) });
    const r = open(f.api, 'zh');
    await waitFor(() => expect(r.textContent).toContain('本页未找到联系方式'));
  });

  it('shows a capture error in words, with a retry', async () => {
    let n = 0;
    const f = fakeApi({
      'ui→bg:captureTab': () => {
        if (n++ === 0) throw new MessageError('no-access', 'chrome:// page');
        return { result: result([lead('Acme Ltd')]) };
      },
    });
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('This page cannot be read by extensions'));
    click(button(r, 'Retry'));
    await waitFor(() => expect(field(r, 'Customer name').value).toBe('Acme Ltd'));
  });

  it('says when a site adapter did not recognise the page', async () => {
    const f = fakeApi({
      'ui→bg:captureTab': () => ({ result: result([], { adapter: { id: 'alibaba', recognised: false } }) }),
    });
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('(alibaba), but the page was not recognised'));
  });

  it('offers a chooser when the page holds several leads', async () => {
    const bare = emptyLead();
    bare.organization = { value: 'Site header', src: 'meta', conf: 0.3 };
    const f = fakeApi({
      'ui→bg:captureTab': () => ({ result: result([lead('Alpha Co'), bare, lead('Beta Co', '+44 20 7946 0958')]) }),
    });
    const r = open(f.api);
    await waitFor(() => button(r, 'Edit lead 2: Beta Co'));
    // The lead with nothing to contact is left out of the choice.
    expect(r.textContent).toContain('2 leads found on this page');
    click(button(r, 'Edit lead 2: Beta Co'));
    expect(field(r, 'Customer name').value).toBe('Beta Co');
    click(button(r, 'Back to the list of leads'));
    expect(button(r, 'Edit lead 1: Alpha Co')).toBeTruthy();
  });

  it('keeps every edit in the pending draft and restores it on reopen instead of capturing', async () => {
    const f = fakeApi({
      'ui→bg:captureTab': () => ({ result: result([lead('Acme Ltd')]) }),
      'ui→bg:findMatches': () => ({ matches: [] }),
    });
    const r = open(f.api);
    await waitFor(() => field(r, 'Customer name'));
    type(field(r, 'Customer name'), 'Acme Holdings');
    type(field(r, 'Notes'), 'Call back Monday');
    await waitFor(() => expect(f.named('ui→bg:setPendingDraft').length).toBeGreaterThan(0));
    await settle(40);
    const stored = f.named('ui→bg:setPendingDraft').at(-1)!.pending;
    expect(stored).toMatchObject({ v: 1, draft: { name: 'Acme Holdings', notes: { text: 'Call back Monday' } } });
    unmount(r);

    const g = fakeApi({ 'ui→bg:getPendingDraft': () => ({ pending: stored }) });
    const r2 = open(g.api);
    await waitFor(() => expect(field(r2, 'Customer name').value).toBe('Acme Holdings'));
    expect(field(r2, 'Notes').value).toBe('Call back Monday');
    expect(g.named('ui→bg:captureTab')).toEqual([]);
    expect(r2.textContent).toContain('Your unsaved card was restored.');
    click(button(r2, 'Discard and capture this page'));
    await waitFor(() => expect(g.named('ui→bg:captureTab')).toEqual([{ tabId: 7 }]));
    // Discarded for good: the slot is emptied so the next opening does not bring the old draft back.
    expect(g.named('ui→bg:setPendingDraft')).toEqual([{ pending: null }]);
  });

  it('shows a context-menu capture error and captures that menu tab again on retry', async () => {
    const pending = { from: 'menu-page', at: 1, tabId: 42, error: { code: 'no-access', message: 'chrome://' } };
    const f = fakeApi({
      'ui→bg:getPendingDraft': () => ({ pending }),
      'ui→bg:captureTab': () => ({ result: result([lead('Acme Ltd')]) }),
    });
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('This page cannot be read by extensions'));
    expect(f.named('ui→bg:setPendingDraft')).toEqual([{ pending: null }]);
    click(button(r, 'Retry'));
    await waitFor(() => expect(f.named('ui→bg:captureTab')).toEqual([{ tabId: 42 }]));
  });

  it('hands the last keystrokes to the background when the popup closes, without waiting for the debounce', async () => {
    const f = fakeApi({ 'ui→bg:captureTab': () => ({ result: result([lead('Acme Ltd')]) }) });
    root = mount(
      <LangContext.Provider value="en">
        <Popup api={f.api} debounceMs={60_000} />
      </LangContext.Provider>,
    );
    const r = root;
    await waitFor(() => field(r, 'Customer name'));
    type(field(r, 'Customer name'), 'Acme Ltd, Shenzhen branch');
    await settle(20);
    expect(f.named('ui→bg:setPendingDraft')).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() =>
      expect(f.named('ui→bg:setPendingDraft')).toMatchObject([
        { pending: { draft: { name: 'Acme Ltd, Shenzhen branch' } } },
      ]),
    );
  });

  it('reads a capture the context menu left in the pending slot', async () => {
    const pending = { from: 'menu-selection', at: 1, tabId: 5, result: result([lead('Menu Co')]) };
    const f = fakeApi({ 'ui→bg:getPendingDraft': () => ({ pending }) });
    const r = open(f.api);
    await waitFor(() => expect(field(r, 'Customer name').value).toBe('Menu Co'));
    expect(f.named('ui→bg:captureTab')).toEqual([]);
    expect(r.textContent).toContain('Captured with the context menu from acme.example.');
    click(button(r, 'Discard and capture this page'));
    // "This page" is the tab the user is on now (7), not the one the menu captured (5).
    await waitFor(() => expect(f.named('ui→bg:captureTab')).toEqual([{ tabId: 7 }]));
    expect(r.textContent).not.toContain('Captured with the context menu');
  });

  it('keeps the edit on screen when saving fails, and retries', async () => {
    let n = 0;
    const f = fakeApi({
      'ui→bg:captureTab': () => ({ result: result([lead('Acme Ltd')]) }),
      'ui→bg:findMatches': () => ({ matches: [] }),
      'ui→bg:saveDraft': () => {
        if (n++ === 0) throw new MessageError('quota', 'QuotaExceededError');
        return { card: savedCard('Acme Ltd'), created: true };
      },
    });
    const r = open(f.api);
    await waitFor(() => field(r, 'Customer name'));
    type(field(r, 'Customer name'), 'Acme Ltd (edited)');
    click(button(r, 'Save'));
    await waitFor(() => expect(r.textContent).toContain('The archive is out of storage space'));
    expect(field(r, 'Customer name').value).toBe('Acme Ltd (edited)');
    click(button(r, 'Retry'));
    await waitFor(() => expect(r.textContent).toContain('Saved as C-2026-0001'));
    expect(f.named('ui→bg:saveDraft').map((p) => (p.draft as { name: string }).name)).toEqual([
      'Acme Ltd (edited)',
      'Acme Ltd (edited)',
    ]);
  });

  it('says when there is no tab to capture', async () => {
    const f = fakeApi({}, null);
    const r = open(f.api);
    await waitFor(() => expect(r.textContent).toContain('There is no page to capture in this window.'));
  });
});
