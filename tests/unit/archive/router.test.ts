import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createRouter, isExtensionPage, type Handlers } from '../../../lib/background/router';
import { send, setTransport } from '../../../lib/messaging';
import { MessageError } from '../../../lib/messages';
import { captureTab, CAPTURE_TIMEOUT_MS } from '../../../lib/background/capture';
import { getPending, setPending } from '../../../lib/background/pending';
import { setLang } from '../../../lib/i18n';
import { installMenus, onMenuClick, MENU_SELECTION } from '../../../lib/background/menus';

const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  setTransport(null);
  vi.restoreAllMocks();
});

describe('router', () => {
  const findMatches = vi.fn(async () => ({ matches: [] }));
  const route = createRouter({ 'ui→bg:findMatches': findMatches } as Partial<Handlers>);
  const msg = { type: 'ui→bg:findMatches', payload: { draft: { kind: 'company', name: 'Acme' } } };

  it('answers a valid message from an extension page', async () => {
    expect(await route(msg, page())).toEqual({ ok: true, data: { matches: [] } });
    expect(findMatches).toHaveBeenCalledOnce();
  });
  it('refuses content scripts, other extensions and web pages', async () => {
    for (const sender of [
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/page', tab: {} },
      { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' },
      { url: 'https://evil.example/' },
      {},
    ]) {
      expect(await route(msg, sender)).toMatchObject({ ok: false, code: 'forbidden-sender' });
    }
    expect(isExtensionPage(page())).toBe(true);
  });
  it('refuses unknown names and payloads that break the protocol', async () => {
    expect(await route({ type: 'ui→bg:dropDatabase', payload: {} }, page())).toMatchObject({ code: 'invalid-request' });
    expect(await route({ type: 'ui→bg:findMatches', payload: { draft: { kind: 'robot' } } }, page())).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    expect(await route('not an envelope', page())).toMatchObject({ code: 'invalid-request' });
  });
  it('passes a handler’s MessageError code and data through, and hides other errors as internal', async () => {
    const r = createRouter({
      'ui→bg:trashCards': async () => {
        throw new MessageError('conflict', 'changed', { card: 1 });
      },
      'ui→bg:restoreCards': async () => {
        throw new TypeError('boom');
      },
    } as Partial<Handlers>);
    expect(await r({ type: 'ui→bg:trashCards', payload: { ids: [] } }, page())).toEqual({
      ok: false,
      code: 'conflict',
      message: 'changed',
      data: { card: 1 },
    });
    expect(await r({ type: 'ui→bg:restoreCards', payload: { ids: [] } }, page())).toMatchObject({ code: 'internal' });
  });
});

describe('send', () => {
  it('round-trips through the router and throws MessageError with the code', async () => {
    const route = createRouter({
      'ui→bg:trashCards': async ({ ids }) => ({ count: ids.length }),
      'ui→bg:restoreCards': async () => {
        throw new MessageError('not-found', 'gone');
      },
    } as Partial<Handlers>);
    setTransport((env) => route(env, page()));
    expect(await send('ui→bg:trashCards', { ids: ['a', 'b'] })).toEqual({ count: 2 });
    await expect(send('ui→bg:restoreCards', { ids: ['a'] })).rejects.toMatchObject({
      code: 'not-found',
      message: 'gone',
    });
    // Checked before sending: nothing leaves with a bad payload.
    const spy = vi.fn();
    setTransport(spy);
    await expect(send('ui→bg:trashCards', { ids: 'a' } as never)).rejects.toMatchObject({ code: 'invalid-request' });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('capture', () => {
  it('returns the content script’s ExtractResult', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/contact' });
    const result = { url: 'https://example.com/contact', title: 'c', leads: [], ms: 1 };
    const exec = vi.fn(async () => [{ result }]);
    fakeBrowser.scripting.executeScript = exec as never;
    expect(await captureTab(tab.id!)).toEqual(result);
    expect(exec).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/content-scripts/capture.js'] });
  });
  it('says no-access on browser pages, the web store and missing permission', async () => {
    const exec = vi.fn(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission.');
    });
    fakeBrowser.scripting.executeScript = exec as never;
    for (const url of ['chrome://settings', 'https://chromewebstore.google.com/detail/x', 'https://example.com/']) {
      const tab = await fakeBrowser.tabs.create({ url });
      await expect(captureTab(tab.id!)).rejects.toMatchObject({ code: 'no-access' });
    }
    expect(exec).toHaveBeenCalledTimes(1);
  });
  it('gives up on a page that never answers within the time limit', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    fakeBrowser.scripting.executeScript = (() => new Promise(() => {})) as never;
    const t0 = Date.now();
    await expect(captureTab(tab.id!, 200)).rejects.toMatchObject({ code: 'capture-failed' });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(CAPTURE_TIMEOUT_MS).toBeLessThanOrEqual(2500);
  });
});

describe('context menus and the pending draft', () => {
  it('creates both menu items', async () => {
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    setLang('zh');
    await installMenus();
    setLang(null);
    expect(create.mock.calls.map((c) => [c[0].id, c[0].title, c[0].contexts])).toEqual([
      ['capture-page', '采集本页联系方式', ['page', 'link', 'image']],
      ['add-selection', '将所选内容加入客户档案', ['selection']],
    ]);
  });
  it('keeps a selection capture in session storage and opens the popup', async () => {
    const openPopup = vi.fn(async () => {});
    (fakeBrowser.action as unknown as { openPopup: typeof openPopup }).openPopup = openPopup;
    await onMenuClick(
      {
        menuItemId: MENU_SELECTION,
        selectionText: 'Acme Trading Co., Ltd.\nTel: +86 755 8888 0000\nsales@acme.cn',
        pageUrl: 'https://acme.cn/contact',
        editable: false,
      },
      { id: 3, url: 'https://acme.cn/contact', title: 'Contact' } as never,
    );
    expect(openPopup).toHaveBeenCalledOnce();
    const pending = (await getPending()) as {
      from: string;
      result: { leads: { phones: { value: string }[]; organization?: { value: string } }[] };
    };
    expect(pending.from).toBe('menu-selection');
    expect(pending.result.leads[0].phones.map((p) => p.value)).toEqual(['+8675588880000']);
    expect(pending.result.leads[0].organization?.value).toBe('Acme Trading Co., Ltd.');
    // storage.session is what survives a stopped service worker; local stays clean.
    expect(await fakeBrowser.storage.session.get('pendingDraft')).toHaveProperty('pendingDraft');
    expect(await fakeBrowser.storage.local.get('pendingDraft')).toEqual({});
    await setPending(null);
    expect(await getPending()).toBeNull();
  });
  it('falls back to storage.local where storage.session does not exist', async () => {
    const storage = fakeBrowser.storage as unknown as { session?: unknown };
    const session = storage.session;
    storage.session = undefined;
    try {
      await setPending({ from: 'menu-page', at: 1 });
      expect(await fakeBrowser.storage.local.get('pendingDraft')).toEqual({
        pendingDraft: { from: 'menu-page', at: 1 },
      });
      expect(await getPending()).toEqual({ from: 'menu-page', at: 1 });
    } finally {
      storage.session = session;
    }
  });

  it('opens a popup window for the tab when the toolbar popup cannot be opened', async () => {
    (fakeBrowser.action as unknown as { openPopup: () => Promise<void> }).openPopup = async () => {
      throw new Error('openPopup requires a user gesture');
    };
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    await onMenuClick({ menuItemId: MENU_SELECTION, selectionText: 'a@b.com', editable: false }, { id: 7 } as never);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: fakeBrowser.runtime.getURL('/popup.html?tabId=7'), type: 'popup' }),
    );
    expect(await getPending()).toMatchObject({ from: 'menu-selection', tabId: 7 });
  });
});

describe('selection capture', () => {
  it('reads labelled fields and free text of the selection only', async () => {
    const { leadFromSelection } = await import('../../../lib/background/selection');
    const lead = leadFromSelection(
      '深圳市华强电子有限公司\n联系人：王磊\n电话：0755-8888 0000\n手机 138 0013 8000\n邮箱：Sales@HQ.cn',
      'https://hq.cn/contact',
    );
    expect(lead.organization?.value).toBe('深圳市华强电子有限公司');
    expect(lead.phones.map((p) => p.value).sort()).toEqual(['+8613800138000', '+8675588880000']);
    expect(lead.emails.map((p) => p.value)).toEqual(['sales@hq.cn']);
    expect(lead.persons.map((p) => p.value.name)).toContain('王磊');
  });
});
