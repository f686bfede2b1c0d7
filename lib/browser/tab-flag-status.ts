import * as z from 'zod/mini';
import type { FlagDeps } from '@/lib/flags/flag-tab';
import { refreshStatuses, type TabCanonicals, type TabStatuses } from '@/lib/flags/tab-status';
import { KeptStatusSchema } from './kept-status';
import { announceFlagsChanged, FLAGS_STAMP_KEY, tabFlagKey } from './tab-flag-keys';
import { watchKeys, type WatchableArea } from './tab-report-watch';

/** A tab's status key (tab-flag-keys.ts's `tabFlagKey`), its tab id captured. */
const TAB_KEY = /^flag\/tab\/(\d+)$/;

/** The slice of storage.session the statuses need; browser.storage.session fits, and so does a fake. */
export interface StatusArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * Each tab's flag status in storage.session, which Spoor's pages read and content scripts cannot (its access level
 * stays the default, trusted contexts only).
 * @example const statuses = sessionStatuses(browser.storage.session);
 */
export function sessionStatuses(area: StatusArea): TabStatuses {
  return {
    async stamp() {
      const stamp = (await area.get(FLAGS_STAMP_KEY))[FLAGS_STAMP_KEY];
      if (typeof stamp === 'string') return stamp;
      // A new session: no status is kept yet, so a first stamp invalidates nothing.
      await announceFlagsChanged(area);
      return (await area.get(FLAGS_STAMP_KEY))[FLAGS_STAMP_KEY] as string;
    },
    set: (tabId, url, flag, stamp) => area.set({ [tabFlagKey(tabId)]: { url, flag, stamp } }),
    clearTab: (tabId) => area.remove(tabFlagKey(tabId)),
    async kept() {
      return Object.entries(await area.get(null)).flatMap(([key, value]) => {
        const tabId = TAB_KEY.exec(key)?.[1];
        const kept = z.pick(KeptStatusSchema, { url: true }).safeParse(value);
        return tabId !== undefined && kept.success ? [{ tabId: Number(tabId), url: kept.data.url }] : [];
      });
    },
  };
}

/**
 * Works every kept status out again whenever the flags' stamp changes (refreshStatuses): whoever wrote the flags, this
 * background or a page importing or restoring, the next popup still reads its status without asking. One refresh at
 * a time, in order, so the last to run reads the newest stamp.
 * @example keepStatusesCurrent(browser.storage.session, deps, canonicals, statuses);
 */
export function keepStatusesCurrent(
  area: WatchableArea,
  deps: Promise<FlagDeps>,
  canonicals: TabCanonicals,
  statuses: TabStatuses,
): void {
  let refreshed: Promise<void> = Promise.resolve();
  watchKeys(area, [FLAGS_STAMP_KEY], () => {
    refreshed = refreshed.then(async () => refreshStatuses(await deps, canonicals, statuses)).catch(() => undefined);
  });
}
