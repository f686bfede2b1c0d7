import { detectPlatform } from '@/lib/extract/platform';
import type { Flag } from '@/lib/records/flag';
import type { FlagDeps, TabInfo } from './flag-tab';
import { readingFromUrl } from './link';
import { NO_PARSE_WAIT } from './page-loading';

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
 * Each tab's flag status, kept where the popup reads it without waking the background (issue 14). A status is kept
 * with the flags' stamp read before the database was: any write of the flags changes the stamp, so a status kept
 * before it is never read as current.
 */
export interface TabStatuses {
  /** The flags' current stamp. */
  stamp(): Promise<string>;
  set(tabId: number, url: string, flag: Flag | null, stamp: string): Promise<void>;
  clearTab(tabId: number): Promise<void>;
  /** The tabs with a status kept, and the page each is about. */
  kept(): Promise<Array<{ tabId: number; url: string }>>;
}

type ShownPage = Pick<TabInfo, 'id' | 'url'>;

/**
 * Reads the page in a tab for its canonical URL and remembers it. A page that
 * cannot be read, or is still being parsed, gives its cleaned URL, which is not remembered (`kept` false): it may be
 * readable once it has loaded.
 * @example const { canonicalUrl } = await readTabCanonical(deps, tab, canonicals);
 */
export async function readTabCanonical(
  deps: FlagDeps,
  tab: TabInfo,
  canonicals: TabCanonicals,
): Promise<{ canonicalUrl: string; kept: boolean }> {
  try {
    // A page still being parsed is not waited for: the popup's "was this ad flagged?" answers from its URL now.
    const { canonicalUrl } = await deps.readPage(tab.id, { includeHtml: false }, NO_PARSE_WAIT);
    await canonicals.set(tab.id, tab.url, canonicalUrl);
    return { canonicalUrl, kept: true };
  } catch {
    return { canonicalUrl: readingFromUrl(tab.url, tab.title, 'fallback').canonicalUrl, kept: false };
  }
}

/**
 * The flag of the ad a tab shows from what the background holds, without the tab: by the canonical URL read when
 * the page loaded (or was flagged), else none when the page's platform has no flag at all (a flag's platform is
 * that of the page it was read from); undefined when only reading the page would tell.
 * @example const flag = await heldFlagOfTab(deps, { id: tabId, url }, canonicals);
 */
export async function heldFlagOfTab(
  deps: FlagDeps,
  tab: ShownPage,
  canonicals: TabCanonicals,
): Promise<Flag | null | undefined> {
  const canonicalUrl = await canonicals.get(tab.id, tab.url);
  if (canonicalUrl !== undefined) return (await deps.service.findByCanonicalUrl(canonicalUrl)) ?? null;
  if ((await deps.service.countOnPlatform(detectPlatform(tab.url).id)) === 0) return null;
  return undefined;
}

/**
 * The flag of the ad a tab shows, or null, without waiting on the tab when it
 * can (heldFlagOfTab); only a page of a platform with flags, not read yet, is read now. What it found is kept for
 * the next popup (`statuses`), unless the page could not be read.
 * @example const flag = await flagOfTab(deps, await deps.getTab(tabId), canonicals, statuses);
 */
export async function flagOfTab(
  deps: FlagDeps,
  tab: TabInfo,
  canonicals: TabCanonicals,
  statuses?: TabStatuses,
): Promise<Flag | null> {
  const stamp = await statuses?.stamp();
  let flag = await heldFlagOfTab(deps, tab, canonicals);
  if (flag === undefined) {
    const { canonicalUrl, kept } = await readTabCanonical(deps, tab, canonicals);
    flag = (await deps.service.findByCanonicalUrl(canonicalUrl)) ?? null;
    // A guess from the URL of a page that could not be read is not kept.
    if (!kept) return flag;
  }
  if (statuses && stamp !== undefined) await statuses.set(tab.id, tab.url, flag, stamp);
  return flag;
}

/**
 * Remembers what flagging the page in a tab read (its canonical URL) and keeps the tab's status for the next popup,
 * read again under the flags' stamp, which the flag's own write changed. `tab` is the tab as it was before the
 * capture: a tab that navigated meanwhile is not tied to this ad.
 * @example await rememberFlagged(deps, tab, result.flag, canonicals, statuses);
 */
export async function rememberFlagged(
  deps: FlagDeps,
  tab: TabInfo,
  flag: Flag,
  canonicals: TabCanonicals,
  statuses?: TabStatuses,
): Promise<void> {
  await canonicals.set(tab.id, tab.url, flag.canonicalUrl);
  if (statuses) await flagOfTab(deps, tab, canonicals, statuses);
}

/**
 * Works out again every kept status after the flags changed (a capture, an edit, a deletion, an import, a restore:
 * whatever changed the stamp), from what the background holds; a status only the page could tell is dropped, so
 * the popup asks the background, which reads the page.
 * @example area.onChanged.addListener((changes) => FLAGS_STAMP_KEY in changes && refreshStatuses(deps, c, s));
 */
export async function refreshStatuses(deps: FlagDeps, canonicals: TabCanonicals, statuses: TabStatuses): Promise<void> {
  const stamp = await statuses.stamp();
  for (const { tabId, url } of await statuses.kept()) {
    const flag = await heldFlagOfTab(deps, { id: tabId, url }, canonicals);
    if (flag === undefined) await statuses.clearTab(tabId);
    else await statuses.set(tabId, url, flag, stamp);
  }
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
