/**
 * Where storage.session keeps each tab's flag status (tab-flag-status.ts) and the stamp that dates them, without the
 * record's schemas, so the popup's first, small module can read them (popup-requests.ts) and any page that writes
 * flags can announce it.
 */
export const tabFlagKey = (tabId: number) => `flag/tab/${tabId}`;

/**
 * Changed after every committed write of the flags store, by whoever wrote (the background, or the dashboard and
 * options pages importing, exporting, restoring): a tab's status kept under another stamp is not read.
 */
export const FLAGS_STAMP_KEY = 'flag/stamp';

/** The writes storage.session takes; browser.storage.session fits, and so does a fake. */
export interface StampArea {
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Tells every reader of the kept statuses that the flags changed: the popup stops trusting them, and the background
 * (which listens) works them out again.
 * @example onCommitted(db, 'flags', () => void announceFlagsChanged(browser.storage.session));
 */
export function announceFlagsChanged(area: StampArea): Promise<void> {
  return area.set({ [FLAGS_STAMP_KEY]: crypto.randomUUID() });
}

/**
 * Whether the status kept for a tab, as storage.session gave it (not parsed), is about the page the tab shows and no
 * older than the flags' last change: the popup's first module decides with this whether to ask the background at
 * all. A status that passes is still parsed before anything reads it (tab-flag-status.ts).
 * @example if (!keptStatusIsCurrent(stored, tabId, tab.url)) send('flag/status', { tabId });
 */
export function keptStatusIsCurrent(stored: Record<string, unknown>, tabId: number, url: string | undefined): boolean {
  const kept = stored[tabFlagKey(tabId)] as { url?: unknown; stamp?: unknown } | undefined;
  const stamp = stored[FLAGS_STAMP_KEY];
  return (
    typeof kept === 'object' && kept !== null && kept.url === url && typeof stamp === 'string' && kept.stamp === stamp
  );
}
