import { render } from 'preact';
import { browser } from 'wxt/browser';
import { currentLang, translator } from '../../lib/i18n';
import { popupMessages } from '../../components/popup/messages';
import { send } from '../../lib/messaging';
import { LangContext } from '../../components/i18n';
import { Popup, type PopupApi } from '../../components/popup/Popup';

// Wires the popup to the browser. `?tabId=N` lets the popup page be opened in a tab (e2e tests, the demo) and
// still capture another tab.
const api: PopupApi = {
  send,
  async findTabId() {
    const param = new URLSearchParams(location.search).get('tabId');
    if (param && /^\d+$/.test(param)) return Number(param);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  openArchive(cardId) {
    return browser.tabs.create({
      url: `${browser.runtime.getURL('/archive.html')}#card=${encodeURIComponent(cardId)}`,
    });
  },
};

const lang = currentLang();
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = translator(popupMessages, lang)('title');
render(
  <LangContext.Provider value={lang}>
    <Popup api={api} />
  </LangContext.Provider>,
  document.getElementById('app')!,
);
