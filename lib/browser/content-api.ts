import type { browser } from 'wxt/browser';

type Api = typeof browser;
let api: Api | undefined;

/**
 * The extension API in the content script, found as wxt/browser finds it but on first use, not while every frame
 * evaluates the script: the first touch of an extension namespace sets up the browser's API bindings, 1–2 ms in
 * Chromium (issue 14). The namespace must have a runtime id: where the browser defines no `browser`, a page's
 * element with id="browser" shows through as `globalThis.browser`.
 * @example await contentApi().storage.local.get(SETTINGS_KEY);
 */
export function contentApi(): Api {
  const globals = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (api ??= globals.browser?.runtime?.id ? globals.browser : globals.chrome!);
}
