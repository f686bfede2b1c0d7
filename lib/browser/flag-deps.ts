import type { browser } from 'wxt/browser';
import { commandTab } from './content-commands';
import { getTabDetections } from './detect-service';
import { readPageInTab } from './page-reader';
import { isWebPage } from './web-page';
import { readSettings } from '@/lib/settings/store';
import { activeMatcher } from '@/lib/active-dictionary/active-matcher';
import { detectionsInText } from '@/lib/flags/captured-detections';
import { dataUrlToBlob } from '@/lib/integrity/bytes';
import { retryWhileRateLimited } from '@/lib/flags/capture-rate';
import { saveMhtmlRetrying } from '@/lib/flags/mhtml-retry';
import { EVIDENCE_WAIT_MS, withinTime } from '@/lib/flags/evidence-wait';
import { NotWebPageError, type FlagDeps, type TabInfo } from '@/lib/flags/flag-tab';
import type { FlagService } from '@/lib/flags/service';

type Api = typeof browser;

/**
 * FlagDeps backed by the real browser: tabs, the injected page reader, the detect
 * service's per-tab report, settings, and the two evidence APIs.
 * @example const deps = browserFlagDeps(browser, service);
 */
export function browserFlagDeps(api: Api, service: FlagService): FlagDeps {
  const getTab = async (tabId: number): Promise<TabInfo> => {
    const tab = await api.tabs.get(tabId);
    if (tab.id === undefined || !isWebPage(tab.url)) throw new NotWebPageError();
    return { id: tab.id, windowId: tab.windowId, url: tab.url, title: tab.title };
  };
  // Typed as always there, but Firefox has no pageCapture: the content script's HTML stands in.
  const pageCapture: Api['pageCapture'] | undefined = api.pageCapture;
  const screenshots = oneAtATime(
    ({ tab, whilePictured }: { tab: { id: number; windowId: number }; whilePictured?: () => Promise<void> }) =>
      withinTime(screenshotOf(api, tab, whilePictured), EVIDENCE_WAIT_MS, 'the screenshot'),
  );
  return {
    service,
    getTab,
    readPage: (tabId, request, parseWait) => readPageInTab(api, tabId, request, parseWait),
    detections: (tabId) => getTabDetections(tabId),
    detectionsIn: async (text, pageLang) => detectionsInText(await activeMatcher(api.storage.local), text, pageLang),
    researcher: async () => {
      const { researcherId, survey } = await readSettings(api.storage.local);
      return { researcherId, survey };
    },
    screenshot: (tab, whilePictured) => screenshots({ tab, whilePictured }),
    // One at a time too: Chrome answers "Failed to generate MHTML." to a second save of a tab still being saved.
    snapshot: pageCapture
      ? oneAtATime((tabId: number) =>
          withinTime(
            saveMhtmlRetrying(() => pageCapture.saveAsMHTML({ tabId })),
            EVIDENCE_WAIT_MS,
            'the page snapshot',
          ),
        )
      : undefined,
    extensionVersion: api.runtime.getManifest().version,
  };
}

/** How long the content script may take to hide its highlights; a page without Spoor is captured anyway. */
const CONCEAL_TIMEOUT_MS = 1000;

/**
 * captureVisibleTab sees only the window's front tab, so the target is brought
 * to front first and checked again afterwards: a screenshot of the wrong tab
 * would be false evidence. Spoor's highlights and hover card are hidden while
 * it is taken: the evidence shows the page as published. `whilePictured` runs before they come back.
 */
async function screenshotOf(
  api: Api,
  tab: { id: number; windowId: number },
  whilePictured?: () => Promise<void>,
): Promise<Blob> {
  await api.tabs.update(tab.id, { active: true });
  await commandTab(api, tab.id, 'detect/conceal', CONCEAL_TIMEOUT_MS);
  try {
    const dataUrl = await retryWhileRateLimited(() => api.tabs.captureVisibleTab(tab.windowId, { format: 'png' }));
    if (!(await api.tabs.get(tab.id)).active) throw new Error('another tab came to front during the screenshot');
    // The page can see Spoor's highlights go and come back: what it shows while they are gone is read too.
    await whilePictured?.().catch(() => undefined);
    return dataUrlToBlob(dataUrl);
  } finally {
    void commandTab(api, tab.id, 'detect/restore', CONCEAL_TIMEOUT_MS);
  }
}

/**
 * Serializes calls: two tabs flagged at once must not fight over which one is in front, nor save one page twice at
 * once.
 */
function oneAtATime<A, R>(task: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
  let queue: Promise<unknown> = Promise.resolve();
  return (arg) => {
    const run = queue.then(() => task(arg));
    queue = run.catch(() => undefined);
    return run;
  };
}
