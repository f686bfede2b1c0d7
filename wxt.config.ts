import { defineConfig } from 'wxt';

// Permissions are justified one by one in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Lets parallel builds (benchmarks, browser tests) write to separate folders.
  outDir: process.env.SPOOR_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // pageCapture (MHTML evidence) exists in Chromium only; Firefox snapshots the page's HTML instead.
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'contextMenus', ...(browser === 'firefox' ? [] : ['pageCapture'])],
    // Every http(s) page for detection; <all_urls> because tabs.captureVisibleTab requires it for the screenshot.
    host_permissions: ['<all_urls>'],
    commands: {
      'flag-ad': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandFlagAd__' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'spoor@spoor.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
