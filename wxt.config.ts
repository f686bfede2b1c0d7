import { defineConfig } from 'wxt';

// The id WXT gives the module that wraps a content script's `main` (node_modules/wxt/dist/virtual/), then its path.
const CONTENT_SCRIPT_WRAPPER = '\0virtual:wxt-content-script-isolated-world-entrypoint?';

/** zod's classic API and what only it uses (its JSON Schema output, its English messages), by module path. */
const ZOD_CLASSIC =
  /[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic|locales|core[\\/](json-schema-processors|to-json-schema))[\\/.]/;
/** The rest of zod: its core and zod/mini. */
const ZOD = /[\\/]node_modules[\\/]zod[\\/]/;

/** What the build's output says of a chunk: the chunks it imports statically and the styles it needs. */
type Bundle = Record<
  string,
  { type: 'chunk'; imports: string[]; viteMetadata?: { importedCss: Set<string> } } | { type: 'asset' }
>;

/** A chunk's file and the files it imports statically, then theirs. */
function staticGraph(bundle: Bundle, file: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[file];
  if (seen.has(file) || chunk?.type !== 'chunk') return seen;
  seen.add(file);
  for (const imported of chunk.imports) staticGraph(bundle, imported, seen);
  return seen;
}

// Permissions are justified one by one in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // zod's classic API (its methods on every schema, its JSON Schema output, its English messages: 38 kB) in a chunk
    // of its own. The pages' build would otherwise put it in the chunk every page shares, React DOM's, which the popup
    // loads first; the popup's first screen parses with zod/mini alone (lib/records/flag.ts and the other schemas it
    // reads), so it no longer waits for classic zod nor evaluates it (issue 14). zod's core, which both forms use, goes
    // in a chunk of its own too (68 kB): Rollup would otherwise put it in the classic chunk with the modules that
    // import it. The popup's first chunks: 329 kB of React DOM and zod before, 229 + 68 kB now. Only the pages' build:
    // the scripts' builds are single files.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'popup')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) throw new Error("wxt.config.ts: the pages' build has no single output");
      output.manualChunks = (id) => (ZOD_CLASSIC.test(id) ? 'zod-classic' : ZOD.test(id) ? 'zod' : undefined);
    },
  },
  // Every dependency is imported where it is used, so a reader sees it and the linter can check the layers.
  imports: false,
  // Lets parallel builds (benchmarks, browser tests) write to separate folders.
  outDir: process.env.SPOOR_OUT_DIR ?? '.output',
  vite: () => ({
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
      // The popup's first module sends its requests, then imports the page (entrypoints/popup/main.ts): the page's
      // chunks are preloaded and its styles linked from the HTML, so fetching them does not wait for that module to
      // load and run (issue 14). Linked, not preloaded: the page's import then finds each stylesheet in place instead
      // of adding a link and waiting for its load event; the styles are a few kB and arrive long before the page's
      // 329 kB chunk, which the first render waits for anyway.
      {
        name: 'spoor:preload-popup-page',
        transformIndexHtml: {
          order: 'post',
          handler(_html, { filename, chunk, bundle }) {
            if (!filename.endsWith('popup/index.html') || !chunk || !bundle) return;
            const page = new Set(chunk.dynamicImports.flatMap((file) => [...staticGraph(bundle, file)]));
            for (const file of staticGraph(bundle, chunk.fileName)) page.delete(file);
            const styles = [...page].flatMap((file) => {
              const output = bundle[file];
              return output?.type === 'chunk' ? [...(output.viteMetadata?.importedCss ?? [])] : [];
            });
            return [
              ...[...page].map((file) => ({ rel: 'modulepreload', href: file })),
              ...styles.map((file) => ({ rel: 'stylesheet', href: file })),
            ].map(({ href, ...link }) => ({
              tag: 'link',
              attrs: { ...link, crossorigin: true, href: `/${href}` },
              injectTo: 'head',
            }));
          },
        },
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
