import { browser } from 'wxt/browser';
import { createRouter } from '../lib/background/router';
import { handlers } from '../lib/background/handlers';
import { installMenus, onMenuClick } from '../lib/background/menus';
import { startReminders } from '../lib/reminders/background';

// Thin: the router answers the extension's pages; the context menus capture into a pending draft for the popup.
export default defineBackground(() => {
  const route = createRouter(handlers);
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.runtime.onInstalled.addListener(() => void installMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  startReminders();
});
