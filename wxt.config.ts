import { defineConfig } from 'wxt';

// The id WXT gives the module that wraps a content script's `main` (node_modules/wxt/dist/virtual/), then its path.
const CONTENT_SCRIPT_WRAPPER = '\0virtual:wxt-content-script-isolated-world-entrypoint?';

/** The manifest-injected default highlight colours (one rule a line, each starting `::highlight(`). */
const HIGHLIGHT_RULES = /[\\/]assets[\\/]detect-highlights\.css$/;

/** zod's classic API and what only it uses (its JSON Schema output, its English messages), by module path. */
const ZOD_CLASSIC =
  /[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic|locales|core[\\/](json-schema-processors|to-json-schema))[\\/.]/;

/**
 * The flag's schemas and the two reads of a flag status that build them (the status kept in storage.session, the
 * background's answer): a popup about a flagged ad loads them in one file, after its first screen's.
 */
const FLAG_STATUS = /[\\/]lib[\\/](records[\\/]flag|browser[\\/]kept-status|messaging[\\/]flag-status)\.ts$/;

/** What the bundler says of a module: the modules it imports statically. */
type ModuleInfo = (id: string) => { importedIds: readonly string[] } | null;

/** A module and the modules it imports statically, then theirs. */
function staticGraph(info: ModuleInfo, id: string, seen = new Set<string>()): Set<string> {
  if (seen.has(id)) return seen;
  seen.add(id);
  for (const imported of info(id)?.importedIds ?? []) staticGraph(info, imported, seen);
  return seen;
}

/** The popup's own modules, by path. */
const popupModule = (name: string) => new RegExp(`[\\\\/]entrypoints[\\\\/]popup[\\\\/]${name}$`);

/**
 * The popup's chunk besides its entry: `popup-first`, everything the popup's HTML imports statically (React DOM, the
 * first screen, and the plugin loader WXT puts before the popup's first module). Its first requests are sent before,
 * by a classic script of their own (entrypoints/popup-opening.ts).
 */
function popupChunks(ids: string[], info: ModuleInfo): Map<string, string> {
  const html = ids.find((id) => popupModule('index\\.html').test(id));
  const main = ids.find((id) => popupModule('main\\.ts').test(id));
  if (!html || !main) throw new Error("wxt.config.ts: the popup's page or first module is missing");
  const chunks = new Map<string, string>();
  for (const id of staticGraph(info, html)) chunks.set(id, 'popup-first');
  chunks.delete(html);
  chunks.delete(main);
  return chunks;
}

/** The popup's stylesheet link as Vite writes it in the HTML, and the file it names. */
const POPUP_STYLESHEET = /<link rel="stylesheet" crossorigin href="\/(assets\/popup-first-[\w-]+\.css)">/;

/**
 * The popup's HTML with its stylesheet written in: one file fewer to wait for before its module may run (a stylesheet
 * in the head holds back the scripts after it) and its first paint (issue 14). Other pages still link the same file.
 */
function inlinePopupStylesheet(html: string, stylesheet: (fileName: string) => string): string {
  const link = POPUP_STYLESHEET.exec(html);
  if (!link) throw new Error("wxt.config.ts: the popup's HTML links no stylesheet of its first chunk");
  const css = stylesheet(link[1]!);
  if (css.includes('</')) throw new Error("wxt.config.ts: the popup's stylesheet would close its <style> element");
  return html.replace(link[0], () => `<style>${css}</style>`);
}

// Permissions are justified one by one in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The popup's first screen in one chunk: a module fetched, compiled and evaluated on its own is a response the
    // popup's main thread handles in a task of its own, and on a busy machine each task waits its turn (issue 14: the
    // eleven module files and three stylesheets that the HTML preloaded at once arrived over ~70 ms of a 233 ms opening
    // at load 2–3). The popup's HTML then loads the classic script that sends the first requests
    // (entrypoints/popup-opening.ts), its entry (entrypoints/popup/main.ts), this chunk and one stylesheet.
    // Every other page imports React and the shared components from it too: it is the chunk every page shares,
    // with the popup's own components (about 20 kB) in it.
    // zod's classic API (its methods on every schema, its JSON Schema output, its English messages: 38 kB) stays in
    // a chunk of its own, which the popup does not load: its first screen parses with zod/mini alone. The flag's
    // schemas too (FLAG_STATUS), built only for a flagged ad. Only the pages' build: the scripts' builds are single
    // files.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'popup')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) throw new Error("wxt.config.ts: the pages' build has no single output");
      let popup: Map<string, string> | undefined;
      output.manualChunks = (id, { getModuleIds, getModuleInfo }) => {
        if (ZOD_CLASSIC.test(id)) return 'zod-classic';
        if (FLAG_STATUS.test(id)) return 'flag';
        popup ??= popupChunks([...getModuleIds()], getModuleInfo);
        return popup.get(id);
      };
    },
  },
  // Every dependency is imported where it is used, so a reader sees it and the linter can check the layers.
  imports: false,
  // Lets parallel builds (benchmarks, browser tests) write to separate folders.
  outDir: process.env.SPOOR_OUT_DIR ?? '.output',
  vite: ({ browser }) => ({
    // Chrome 105+ (the Highlight API Spoor paints with) and Firefox 140+ run ES2022 as it is: nothing is lowered,
    // and regular expressions stay literals instead of RegExp calls at every page's load.
    build: { target: 'es2022' },
    // The English messages every page bundles (lib/i18n/english.ts) as `JSON.parse('…')`, not an object literal with a
    // constant per message: half the evaluation (4.7 against 8.5 ms CPU in Node), on the popup's first screen too.
    json: { namedExports: false, stringify: true },
    plugins: [
      // WXT's content-script wrapper builds a ContentScriptContext for `main(ctx)` (2.5 kB, which also posts a
      // message to the page on every load), a logger that prints nothing in production builds, and a plugin hook
      // Spoor leaves empty. Spoor's content script leaves `ctx` unused (a page can abort it: entrypoints/content.ts
      // keeps its own lifetime), so the wrapper only calls `main`: every frame of every page evaluates it (issue 14).
      // It imports the script's named `main`, not its default export: the options there (matches, allFrames…) are
      // for the manifest, and would otherwise ship in content.js (114 bytes).
      {
        name: 'spoor:bare-content-script-wrapper',
        enforce: 'pre',
        load: (id: string) =>
          id.startsWith(CONTENT_SCRIPT_WRAPPER)
            ? `import { main } from ${JSON.stringify(id.slice(CONTENT_SCRIPT_WRAPPER.length))};\nmain();\n`
            : undefined,
      },
      {
        name: 'spoor:popup-stylesheet-inline',
        enforce: 'post',
        generateBundle(_options, bundle) {
          const popup = bundle['entrypoints/popup/index.html'];
          if (popup?.type !== 'asset') return;
          const stylesheet = (fileName: string) => {
            const file = bundle[fileName];
            if (file?.type !== 'asset') throw new Error(`wxt.config.ts: no stylesheet ${fileName} in the bundle`);
            return String(file.source);
          };
          popup.source = inlinePopupStylesheet(String(popup.source), stylesheet);
        },
      },
      // Chromium gives a highlight the styles of its element's parent's highlight (highlight inheritance), so the
      // default colours are set on the root alone: a rule every element matches made each element's style resolve
      // five highlight styles, ~13 ms of the page's style recalc when it appends 500 listings
      // (bench/highlight-rule-cost.ts, issue 14). Firefox 153 paints no highlight styled on an ancestor only: it keeps
      // the rules every element matches.
      {
        name: 'spoor:highlight-rules-on-root',
        transform: (code: string, id: string) =>
          browser !== 'firefox' && HIGHLIGHT_RULES.test(id)
            ? code.replace(/^::highlight\(/gm, ':root::highlight(')
            : undefined,
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
      // The keyboard's way to a highlighted name's hover card (WCAG 2.1.1): the browser routes it, the page's own keys
      // stay the page's, and the reader can change it (chrome://extensions/shortcuts).
      'next-name': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextName__' },
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
