import { defineContentScript } from 'wxt/utils/define-content-script';
import '@/assets/detect-highlights.css';
import { loadTabMatcher } from '@/lib/active-dictionary/tab-matcher';
import type { RunDetect } from '@/lib/detect/content-detect';
import { shadowRootReader } from '@/lib/detect/shadow-roots';
import { sendFromContent } from '@/lib/browser/content-client';
import { contentApi } from '@/lib/browser/content-api';
import { yieldToEventLoop } from '@/lib/scheduling/yield';
import { contentLifetime } from '@/lib/browser/content-lifetime';
import { listenForCommands } from '@/lib/browser/content-commands';
import { watchLocation } from '@/lib/detect/location-watch';
import { CUSTOM_TERMS_KEY } from '@/lib/dictionary/custom-terms-key';
import type { HoverCardFactory } from '@/lib/detect/match-card';
import { claimDetector, injectedModule, onDemand, type OnDemandName } from '@/lib/detect/on-demand';
import type { SecondStage } from '@/lib/detect/second-stage';
import type { FullScan } from '@/lib/matching/staged-matcher';
import { SETTINGS_KEY, detectSettingsOf } from '@/lib/settings/detect-settings';

// Detect: highlight CITES-listed species in every http(s) page. Only the dictionary's loading and the wiring live here:
// the page scanner and painter are injected while the dictionary loads (entrypoints/page-detect.ts), the ad reader
// when the researcher flags (entrypoints/page-reader.ts). The manifest runs it in the top frame; an embedded frame gets
// it injected by the background once its frame script (entrypoints/frame.content.ts) has seen words there: ads,
// trackers and pixels never evaluate it (issue 14).
// The build's wrapper (wxt.config.ts) calls `main` alone: the options below, read only for the manifest, stay out of
// content.js. WXT's context (the `ctx` argument) is left unused: a page can invalidate it (see content-lifetime).
export async function main() {
  // One detector per document, however often it is injected.
  if (!claimDetector()) return;
  // The script's evaluation ends here, before any extension API is touched: the browser sets up its API
  // bindings, and the dictionary starts loading, in tasks of their own (issue 14).
  await yieldToEventLoop();
  const browser = contentApi();
  const lifetime = contentLifetime(browser, window);
  const { signal } = lifetime;
  const send: typeof sendFromContent = (name, payload) =>
    sendFromContent(name, payload).catch((error: unknown) => {
      lifetime.check();
      throw error;
    });
  // Code most frames never run arrives when first needed, injected by the background into this isolated world.
  const inject = (name: OnDemandName) => send('detect/module', { name });
  // The page scanner, the painter and the reports wait for the dictionary: their code is injected while it loads,
  // so the script evaluated on every page is little more than the loading (issue 14). An embedded frame got it
  // injected with this script (DETECTOR_FILES): it is not asked for again.
  const pageDetect = injectedModule<RunDetect>('page-detect', inject);
  pageDetect.catch(() => undefined);
  const isTopFrame = window === window.top;
  // The top frame's text nearly always holds a candidate: its second stage's code is injected while the dictionary
  // loads, not after the first pass has found one (embedded frames wait: most never need it).
  let injectedAhead = isTopFrame ? injectedModule<SecondStage>('full-scan', inject) : undefined;
  injectedAhead?.catch(() => undefined);
  // Only the scanner, started by runDetect below, asks for the matcher's second stage: `matcher` and `detect` are
  // set by then. The index's columns the stage reads are read from storage while its code arrives.
  const secondStage = onDemand(
    async () => {
      // A failed injection is not kept: asked again, the stage is injected again.
      const stage = injectedAhead ?? injectedModule<SecondStage>('full-scan', inject);
      injectedAhead = undefined;
      return (await Promise.all([stage, matcher.loadLists(stage)]))[0];
    },
    {
      arrived: () => detect.rescan(),
      failed: () => detect.resendReport(),
    },
  );
  let fullScan: FullScan | undefined;
  // Reads of the pack's texts that scanned text waits for (a term's or an entry's first match): none left, it is
  // scanned again, and the pass reports then.
  let textWaits = 0;
  const loadStart = performance.now();
  const matcher = await loadTabMatcher(browser.storage.local, () => send('dictionary/ensure', {}), {
    signal,
    fullScan: (parts) => (fullScan ??= secondStage.value?.fullScan(parts)),
    missing: secondStage.request,
    // Embedded frames read the lists only if their text needs them (most never do).
    listsBeside: isTopFrame,
    waits: (change) => (textWaits += change) || detect.rescan(),
  });
  if (signal.aborted) return;
  const dictionaryLoad = { start: loadStart, end: performance.now() };
  const customTerms = (await browser.storage.local.get(CUSTOM_TERMS_KEY))[CUSTOM_TERMS_KEY];
  // A failed injection is asked for once more.
  const runDetect = await pageDetect.catch(() => injectedModule<RunDetect>('page-detect', inject));
  if (signal.aborted) return;
  const detect = runDetect({
    win: window,
    matcher,
    loadCard: () => injectedModule<HoverCardFactory>('hover-card', inject),
    secondStage: () => secondStage.value,
    awaitingMatcher: () => secondStage.pending || textWaits > 0,
    signal,
    shadowRootOf: shadowRootReader(browser.dom),
    dictionaryLoad,
    customTerms,
    readSettings: async () => detectSettingsOf((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
    watchSettings(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>) => {
        if (SETTINGS_KEY in changes) onChange(detectSettingsOf(changes[SETTINGS_KEY]!.newValue));
      };
      browser.storage.local.onChanged.addListener(listener);
      return () => browser.storage.local.onChanged.removeListener(listener);
    },
    sendReport: (url, entries) => send('detect/report', { url, entries }),
    paintRestyled: () => send('detect/restyled', {}),
  });
  // The background forgets a tab's findings when it starts loading, which an
  // in-page navigation or a page restored from the back/forward cache also does.
  listenForCommands(
    browser,
    {
      // Every frame hides at once; the top frame answers once it has painted without them.
      'detect/conceal': () => {
        const painted = detect.conceal();
        return isTopFrame ? painted.then(() => true) : undefined;
      },
      'detect/restore': () => void detect.restore(),
      'detect/show-private': () => {
        detect.showPrivate();
        return isTopFrame || undefined;
      },
      // The frame the reader's keyboard focus is in opens its next name and says so; when none could, the top frame.
      'detect/next-name': () => detect.nextName('if-focused') || undefined,
      'detect/next-name-top': () => void (isTopFrame && detect.nextName('anyway')),
    },
    signal,
  );
  watchLocation(window, detect.resendReport, signal);
  window.addEventListener('pageshow', detect.resendReport, { signal });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // The top frame only: embedded frames evaluate entrypoints/frame.content.ts, which has this injected when worth it.
  allFrames: false,
  matchAboutBlank: true,
  // Nothing reads the script's value: no global name for it.
  globalName: false,
  main,
});
