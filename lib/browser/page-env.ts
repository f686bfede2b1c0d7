import { browser, type PublicPath } from 'wxt/browser';
import { translatorOf } from './i18n';

/** A page's environment in the extension: storage.local, the browser's i18n, the extension's own files. */
export function browserPageEnv() {
  return {
    area: browser.storage.local,
    document,
    getMessage: translatorOf(browser.i18n),
    readJson: async (path: string): Promise<unknown> => {
      // Any language's file may be asked for; one this build lacks answers 404 (the page falls back).
      const response = await fetch(browser.runtime.getURL(path as PublicPath));
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    },
  };
}
