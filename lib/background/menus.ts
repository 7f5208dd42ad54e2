import { browser, type Browser } from 'wxt/browser';
import { currentLang, translator } from '../i18n';
import { MessageError } from '../messages';
import { backgroundMessages } from './messages';
import { captureTab } from './capture';
import { setPending } from './pending';
import { selectionResult } from './selection';

// Context menus: capture the page, or only the selected text, into the pending draft, then open the popup on it.
// The pending draft is in storage.session, so closing the popup or a stopped service worker loses nothing.

export const MENU_PAGE = 'capture-page';
export const MENU_SELECTION = 'add-selection';

export async function installMenus(): Promise<void> {
  const t = translator(backgroundMessages, currentLang());
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_PAGE, title: t('menuCapturePage'), contexts: ['page', 'link', 'image'] });
  browser.contextMenus.create({ id: MENU_SELECTION, title: t('menuAddSelection'), contexts: ['selection'] });
}

/** What the popup finds in the pending slot after a context-menu action. */
export interface PendingCapture {
  from: 'menu-page' | 'menu-selection';
  at: number;
  tabId?: number;
  result?: unknown;
  error?: { code: string; message: string };
}

export async function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  const at = Date.now();
  let pending: PendingCapture;
  if (info.menuItemId === MENU_SELECTION && info.selectionText) {
    const url = info.pageUrl ?? tab?.url ?? '';
    pending = {
      from: 'menu-selection',
      at,
      tabId: tab?.id,
      result: selectionResult(info.selectionText, url, tab?.title ?? ''),
    };
  } else if (info.menuItemId === MENU_PAGE && tab?.id !== undefined) {
    try {
      pending = { from: 'menu-page', at, tabId: tab.id, result: await captureTab(tab.id) };
    } catch (e) {
      const err = e instanceof MessageError ? e : new MessageError('capture-failed', String(e));
      pending = { from: 'menu-page', at, tabId: tab.id, error: { code: err.code, message: err.message } };
    }
  } else return;
  await setPending(pending);
  await openPopup(tab?.id);
}

/**
 * The toolbar popup when the browser lets us open it; otherwise (Firefox once the click's user gesture is spent on
 * the capture, Chrome before 127) a small popup window, told which tab it is about with `?tabId=`.
 */
export async function openPopup(tabId?: number): Promise<void> {
  const action = browser.action as typeof browser.action & { openPopup?: () => Promise<void> };
  try {
    if (action?.openPopup) {
      await action.openPopup();
      return;
    }
  } catch {
    /* no focused window or not allowed here: fall back to a window */
  }
  const query = tabId === undefined ? '' : `?tabId=${tabId}`;
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html${query}`),
    type: 'popup',
    width: 440,
    height: 680,
  });
}
