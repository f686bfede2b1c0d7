import { detectPlatform } from '@/lib/extract/platform';
import type { Flag } from '@/lib/records/flag';
import type { FlagDeps, TabInfo } from './flag-tab';
import { readingFromUrl } from './link';

/**
 * The canonical URL read from the page a tab shows, kept until the tab loads
 * another page: the popup asks "was this ad flagged?" without reading the page again.
 */
export interface TabCanonicals {
  /** What was read for the tab while it showed `url`, if anything. */
  get(tabId: number, url: string): Promise<string | undefined>;
  set(tabId: number, url: string, canonicalUrl: string): Promise<void>;
}

/**
 * Reads the page in a tab for its canonical URL and remembers it. A page that
 * cannot be read gives its cleaned URL, which is not remembered: it may be
 * readable once it has loaded.
 * @example const canonicalUrl = await readCanonical(deps, tab, canonicals);
 */
export async function readCanonical(deps: FlagDeps, tab: TabInfo, canonicals: TabCanonicals): Promise<string> {
  try {
    const { canonicalUrl } = await deps.readPage(tab.id, false);
    await canonicals.set(tab.id, tab.url, canonicalUrl);
    return canonicalUrl;
  } catch {
    return readingFromUrl(tab.url, tab.title, 'fallback').canonicalUrl;
  }
}

/**
 * The flag of the ad a tab shows, or null, without waiting on the tab when it
 * can: the canonical URL read when the page loaded, else none when its
 * platform has no flag at all (a flag's platform is that of the page it was
 * read from). Only a page of a platform with flags, not read yet, is read now.
 * @example const flag = await flagOfTab(deps, await deps.getTab(tabId), canonicals);
 */
export async function flagOfTab(deps: FlagDeps, tab: TabInfo, canonicals: TabCanonicals): Promise<Flag | null> {
  let canonicalUrl = await canonicals.get(tab.id, tab.url);
  if (canonicalUrl === undefined) {
    if ((await deps.service.countOnPlatform(detectPlatform(tab.url).id)) === 0) return null;
    canonicalUrl = await readCanonical(deps, tab, canonicals);
  }
  return (await deps.service.findByCanonicalUrl(canonicalUrl)) ?? null;
}

/**
 * TabCanonicals in memory (a test's, or a background that keeps none across restarts).
 * @example flagHandlers({ deps, onFlagged, canonicals: memoryCanonicals() });
 */
export function memoryCanonicals(): TabCanonicals {
  const known = new Map<number, { url: string; canonicalUrl: string }>();
  return {
    get: async (tabId, url) => (known.get(tabId)?.url === url ? known.get(tabId)!.canonicalUrl : undefined),
    set: async (tabId, url, canonicalUrl) => void known.set(tabId, { url, canonicalUrl }),
  };
}
