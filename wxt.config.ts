import { defineConfig } from 'wxt';

const UNUSED_CONTEXT = '\0spoor:unused-content-script-context';

// Permissions are justified one by one in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Every dependency is imported where it is used, so a reader sees it and the linter can check the layers.
  imports: false,
  // Lets parallel builds (benchmarks, browser tests) write to separate folders.
  outDir: process.env.SPOOR_OUT_DIR ?? '.output',
  vite: () => ({
    // Chrome 105+ (the Highlight API Spoor paints with) and Firefox 140+ run ES2022 as it is: nothing is lowered,
    // and regular expressions stay literals instead of RegExp calls at every page's load.
    build: { target: 'es2022' },
    plugins: [
      // WXT's content-script wrapper builds a ContentScriptContext for `main(ctx)`: 2.5 kB of every page's
      // script, which also posts a message to the page on every load. Spoor's content script leaves `ctx` unused
      // (a page can abort it: entrypoints/content.ts keeps its own lifetime), so the wrapper gets an empty class.
      {
        name: 'spoor:without-content-script-context',
        enforce: 'pre',
        resolveId: (id: string) => (id === 'wxt/utils/content-script-context' ? UNUSED_CONTEXT : undefined),
        load: (id: string) => (id === UNUSED_CONTEXT ? 'export class ContentScriptContext {}' : undefined),
      },
    ],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // pageCapture (MHTML evidence) exists in Chromium only; Firefox snapshots the page's HTML instead.
    // No "tabs": the host permission below already shows Spoor the URL and title of the pages it may read,
    // and those are the only tabs it flags (Chrome 50+, Firefox 86+).
    // scripting: the ad reader is injected at flag time, so the content script only detects.
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'scripting',
      ...(browser === 'firefox' ? [] : ['pageCapture']),
    ],
    // Every http(s) page for detection; <all_urls> because tabs.captureVisibleTab requires it for the screenshot.
    host_permissions: ['<all_urls>'],
    // Only the extension's own files may run in its pages: Chrome's default would also allow localhost scripts.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    commands: {
      'flag-ad': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandFlagAd__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'spoor@spoor.example',
              // 140 (an ESR): the first Firefox with the CSS Custom Highlight API Spoor paints with,
              // and the first that understands data_collection_permissions.
              strict_min_version: '140.0',
              // Spoor sends nothing anywhere: everything stays in the browser until the user exports it.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
