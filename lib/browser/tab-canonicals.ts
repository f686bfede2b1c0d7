import { z } from 'zod';
import type { TabCanonicals } from '@/lib/flags/tab-status';
import type { SessionArea } from './tab-store';

const ReadSchema = z.object({ url: z.string(), canonicalUrl: z.string() });
const keyOf = (tabId: number) => `flag/canonical/${tabId}`;

/**
 * Each tab's canonical URL in storage.session, so a service-worker restart
 * does not send the popup back to reading the page.
 * @example const canonicals = sessionCanonicals(browser.storage.session);
 */
export function sessionCanonicals(area: SessionArea): TabCanonicals & { clearTab(tabId: number): Promise<void> } {
  return {
    async get(tabId, url) {
      const read = ReadSchema.safeParse((await area.get(keyOf(tabId)))[keyOf(tabId)]);
      return read.success && read.data.url === url ? read.data.canonicalUrl : undefined;
    },
    set: (tabId, url, canonicalUrl) => area.set({ [keyOf(tabId)]: { url, canonicalUrl } }),
    clearTab: (tabId) => area.remove(keyOf(tabId)),
  };
}
