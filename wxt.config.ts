import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions stay minimal: capture runs on a click (activeTab + scripting); no host permission for all sites.
/** Hosts tests/e2e/adapters.spec.ts fakes with page.route (e2e build only). */
const E2E_ADAPTER_HOSTS = ['https://trade.taobao.com/*', 'https://www.kompass.com/*', 'https://www.yellowpages.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // `npm run dev` opens Chrome; CHROMIUM_PATH points it at another Chromium (the tests' Debian one, say).
  ...(process.env.CHROMIUM_PATH ? { webExt: { binaries: { chrome: process.env.CHROMIUM_PATH } } } : {}),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms + notifications: the daily reminders (lib/reminders/background.ts).
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'unlimitedStorage',
      'downloads',
      'alarms',
      'notifications',
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandCapture__',
      },
    },
    // Only the end-to-end test build (`wxt build --mode e2e` → .output/chrome-mv3-e2e) may read the local test server:
    // headless Chromium cannot grant activeTab on a click. The shipped build gains no host permission.
    // The adapter specs serve their test pages under the sites' own addresses (Playwright routes them to the files).
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', ...E2E_ADAPTER_HOSTS] } : {}),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'lead-archive@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});
