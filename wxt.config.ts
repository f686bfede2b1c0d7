import { defineConfig } from 'wxt';

// Permissions are justified one by one in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Lets parallel builds (benchmarks, browser tests) write to separate folders.
  outDir: process.env.SPOOR_OUT_DIR ?? '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'contextMenus', 'pageCapture'],
    // <all_urls>: tabs.captureVisibleTab (the flag's screenshot) requires it (or activeTab, which a popup opened as a tab lacks).
    host_permissions: ['http://*/*', 'https://*/*', '<all_urls>'],
    commands: {
      'flag-ad': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Flag the ad on this page' },
    },
    browser_specific_settings: {
      gecko: { id: 'spoor@spoor.example', strict_min_version: '128.0' },
    },
  },
});
