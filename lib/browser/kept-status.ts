import * as z from 'zod/mini';
import { FlagSchema, type Flag } from '@/lib/records/flag';
import { keptStatusIsCurrent, tabFlagKey } from './tab-flag-keys';

/** A tab's status as kept: the page it is about, its flag or none, and the flags' stamp it was worked out under. */
export const KeptStatusSchema = z.object({ url: z.string(), flag: z.nullable(FlagSchema), stamp: z.string() });

/**
 * The flag status kept for a tab, from what storage.session gave (the tab's key and the stamp), parsed as every
 * stored record is; undefined when none is kept for the page the tab shows, it is older than the flags' last
 * change, or it does not parse: the popup then asks the background.
 * @example const status = keptStatusOf(await area.get([tabFlagKey(tabId), FLAGS_STAMP_KEY]), tabId, tab.url);
 */
export function keptStatusOf(
  stored: Record<string, unknown>,
  tabId: number,
  url: string | undefined,
): { flag: Flag | null } | undefined {
  if (!keptStatusIsCurrent(stored, tabId, url)) return undefined;
  const kept = KeptStatusSchema.safeParse(stored[tabFlagKey(tabId)]);
  return kept.success ? { flag: kept.data.flag } : undefined;
}
