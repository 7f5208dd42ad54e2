import { defineMessages } from '../i18n';

// Strings the background shows: its context-menu items (the manifest's own strings are in public/_locales).
export const backgroundMessages = defineMessages({
  en: {
    menuCapturePage: 'Capture contacts on this page',
    menuAddSelection: 'Add selection to a card',
  },
  zh: {
    menuCapturePage: '采集本页联系方式',
    menuAddSelection: '将所选内容加入客户档案',
  },
});
