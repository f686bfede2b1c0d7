import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import '@/assets/detect-highlights.css';
import { loadTabMatcher } from '@/lib/active-dictionary/tab-matcher';
import { runDetect } from '@/lib/detect/content-detect';
import { shadowRootReader } from '@/lib/detect/shadow-roots';
import { sendToBackground } from '@/lib/browser/client';
import { browserTranslate } from '@/lib/browser/i18n';
import { listen } from '@/lib/messaging/router';
import { flagContentHandlers } from '@/lib/browser/content-flag-handlers';
import { SETTINGS_KEY, SettingsSchema, defaultSettings } from '@/lib/settings/schema';
import { readSettings } from '@/lib/settings/store';

// Detect: highlight CITES-listed species in every frame of every http(s) page.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    // Flag: read the ad for the background (top frame only; registered before the dictionary loads).
    if (window === window.top)
      ctx.onInvalidated(
        listen(
          browser.runtime,
          flagContentHandlers(document, () => location.href),
        ),
      );
    const loadStart = performance.now();
    const matcher = await loadTabMatcher(browser.storage.local, () => sendToBackground('dictionary/ensure', {}), {
      signal: ctx.signal,
    });
    if (ctx.isInvalid) return;
    const dictionaryLoad = { start: loadStart, end: performance.now() };
    const detect = runDetect({
      win: window,
      matcher,
      t: browserTranslate,
      signal: ctx.signal,
      shadowRootOf: shadowRootReader(browser.dom),
      dictionaryLoad,
      readSettings: () => readSettings(browser.storage.local),
      watchSettings(onChange) {
        const listener = (changes: Record<string, { newValue?: unknown }>) => {
          if (!(SETTINGS_KEY in changes)) return;
          const parsed = SettingsSchema.safeParse(changes[SETTINGS_KEY]!.newValue ?? {});
          onChange(parsed.success ? parsed.data : defaultSettings);
        };
        browser.storage.local.onChanged.addListener(listener);
        return () => browser.storage.local.onChanged.removeListener(listener);
      },
      sendReport: (url, entries) => sendToBackground('detect/report', { url, entries }),
    });
    // The background forgets a tab's findings when it starts loading, which an
    // in-page navigation or a page restored from the back/forward cache also does.
    ctx.addEventListener(window, 'wxt:locationchange', detect.resendReport);
    ctx.addEventListener(window, 'pageshow', detect.resendReport);
  },
});
