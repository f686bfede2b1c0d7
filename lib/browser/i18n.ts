import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n/translate';

/**
 * The one adapter from `i18n.getMessage` to `Translate`: the UI language's
 * message, or the default locale's (English) when it lacks one, which the
 * browser does itself. The cast: WXT types getMessage by the keys of its last
 * `wxt prepare`, Translate by messages.json itself.
 * @example registerFlagTriggers(api, deps, translatorOf(api.i18n));
 */
export function translatorOf(i18n: Pick<typeof browser.i18n, 'getMessage'>): Translate {
  const getMessage = i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
  return (key, substitutions) => getMessage(key, substitutions);
}

/** Extension pages and the content script: messages in the browser's UI language. */
export const browserTranslate: Translate = translatorOf(browser.i18n);
