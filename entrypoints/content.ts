import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import '@/assets/detect-highlights.css';
import { loadTabMatcher } from '@/lib/active-dictionary/tab-matcher';
import { runDetect } from '@/lib/detect/content-detect';
import { whenWorthScanning } from '@/lib/detect/frame-worth';
import { shadowRootReader } from '@/lib/detect/shadow-roots';
import { sendFromContent } from '@/lib/browser/content-client';
import { browserTranslate } from '@/lib/browser/i18n';
import { SETTINGS_KEY, detectSettingsOf } from '@/lib/settings/detect-settings';

// Detect: highlight CITES-listed species in every frame of every http(s) page. Only detection lives
// here; the ad reader is injected when the researcher flags (entrypoints/page-reader.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    // Ads, trackers and pixels: no dictionary, no scan, until (if ever) they hold words.
    await whenWorthScanning(window, ctx.signal);
    if (ctx.isInvalid) return;
    const loadStart = performance.now();
    const matcher = await loadTabMatcher(browser.storage.local, () => sendFromContent('dictionary/ensure', {}), {
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
      readSettings: async () => detectSettingsOf((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
      watchSettings(onChange) {
        const listener = (changes: Record<string, { newValue?: unknown }>) => {
          if (SETTINGS_KEY in changes) onChange(detectSettingsOf(changes[SETTINGS_KEY]!.newValue));
        };
        browser.storage.local.onChanged.addListener(listener);
        return () => browser.storage.local.onChanged.removeListener(listener);
      },
      sendReport: (url, entries) => sendFromContent('detect/report', { url, entries }),
    });
    // The background forgets a tab's findings when it starts loading, which an
    // in-page navigation or a page restored from the back/forward cache also does.
    ctx.addEventListener(window, 'wxt:locationchange', detect.resendReport);
    ctx.addEventListener(window, 'pageshow', detect.resendReport);
  },
});
