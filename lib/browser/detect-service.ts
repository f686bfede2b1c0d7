import { browser, type PublicPath } from 'wxt/browser';
import { ensureActiveDictionary } from '@/lib/active-dictionary/active';
import { DetectionSchema, type Detection } from '@/lib/records/flag';
import type { Handlers, MessageSender } from '@/lib/messaging/router';
import { badgeText, distinctTaxa, onPage, sortForDisplay } from '@/lib/detect/aggregate';
import { DETECTOR_FILES, onDemandFile } from '@/lib/detect/on-demand';
import { highlightCss, unbeatableCss } from '@/lib/highlight/styles';
import { isPlainColor } from '@/lib/settings/colors';
import { DEFAULT_COLORS, detectSettingsOf, SETTINGS_KEY } from '@/lib/settings/detect-settings';
import { createTabStore, readTabDetections, readTabReport } from './tab-store';
import { translatorOf } from './i18n';

/**
 * What a tab shows right now, shaped for a flag's `detected` field.
 * @example const detected = await getTabDetections(sender.tab.id);
 */
export async function getTabDetections(tabId: number, area = browser.storage.session): Promise<Detection[]> {
  return sortForDisplay(onPage(await readTabDetections(area, tabId))).map((entry) => DetectionSchema.parse(entry));
}

const BADGE_COLOR = '#c92a2a';

/**
 * Wires the "detect" domain into the background: compiles the dictionary on
 * install and startup, keeps per-tab reports and the badge; returns its message handlers.
 */
export function startDetectService(api: typeof browser = browser): Handlers {
  const store = createTabStore(api.storage.session);
  const setBadge = (tabId: number, taxa: number) => api.action.setBadgeText({ tabId, text: badgeText(taxa) });
  // Reports only change the text: the colour is the flag service's to change
  // for an ad already flagged, and goes back to the default on a new document.
  const resetBadge = async (tabId: number) => {
    await setBadge(tabId, 0);
    await api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  };

  const prepareDictionary = () => void ensureActiveDictionary(api.storage.local);
  api.runtime.onInstalled.addListener(prepareDictionary);
  api.runtime.onStartup.addListener(prepareDictionary);

  // A new document (navigation, reload) starts from nothing; its content scripts report afresh.
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void store.clearTab(tabId).then(() => resetBadge(tabId));
  });
  api.tabs.onRemoved.addListener((tabId) => void store.clearTab(tabId));

  /**
   * Runs files, in order, and their styles if they have any, in the frame that sent the message. At once: by default
   * Chrome holds an injection until the page has loaded (images and all), and the badge waited on it (issue 14).
   */
  const injectInto = async (
    sender: MessageSender,
    message: string,
    files: readonly Extract<PublicPath, `${string}.js`>[],
    styles?: string,
  ) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error(`${message}: no tab`);
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    await Promise.all([
      api.scripting.executeScript({ target, files: [...files], injectImmediately: true }),
      styles && api.scripting.insertCSS({ target, files: [styles] }),
    ]);
  };

  /** The user sheet painting each frame's marks over its page's rules, by tab and frame: replaced on new colours. */
  const userSheets = new Map<string, string>();
  api.tabs.onRemoved.addListener((tabId) => {
    for (const key of userSheets.keys()) if (key.startsWith(`${tabId}:`)) userSheets.delete(key);
  });

  return {
    'detect/report': async ({ url, entries }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('detect/report: no tab');
      const merged = await store.saveFrame(tabId, sender.frameId ?? 0, url, entries);
      const taxa = distinctTaxa(merged);
      await setBadge(tabId, taxa);
      return { taxa };
    },
    // Into the frame that asked, once per document and module: code most pages never run (issue 14).
    'detect/module': async ({ name }, sender) => {
      await injectInto(sender, 'detect/module', [onDemandFile(name)]);
      return {};
    },
    // The detector with its page scanner, into an embedded frame that has come to hold words (its frame script asks
    // once per document).
    'detect/frame': async (_, sender) => {
      await injectInto(sender, 'detect/frame', DETECTOR_FILES.scripts, DETECTOR_FILES.styles);
      return {};
    },
    'detect/restyled': async (_, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('detect/restyled: no tab');
      const target = { tabId, frameIds: [sender.frameId ?? 0] };
      const { colors } = detectSettingsOf((await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      const css = unbeatableCss(highlightCss(colors, isPlainColor, DEFAULT_COLORS));
      const key = `${tabId}:${target.frameIds[0]}`;
      const previous = userSheets.get(key);
      if (previous) await api.scripting.removeCSS({ target, css: previous, origin: 'USER' });
      await api.scripting.insertCSS({ target, css, origin: 'USER' });
      userSheets.set(key, css);
      await api.action.setTitle({ tabId, title: `Spoor: ${translatorOf(api.i18n)('badgePaintRestyled')}` });
      return {};
    },
    'detect/tabReport': ({ tabId }) => readTabReport(api.storage.session, tabId),
  };
}
