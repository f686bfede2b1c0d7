/**
 * The storage.session key of a tab's reports (tab-store.ts) and the watching of it, or of any keys. A module of its
 * own, without the store's schemas, so the popup's first, small module can watch them too (popup-requests.ts).
 */
export const tabReportKey = (tabId: number) => `detect/tab/${tabId}`;

/** The change events of storage.session (browser.storage.session fits, and so does a fake). */
export interface WatchableArea {
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>) => void): void;
    removeListener(listener: (changes: Record<string, unknown>) => void): void;
  };
}

/**
 * Calls back whenever a tab's reports change; returns a function that stops watching.
 * @example const stop = watchTabReport(browser.storage.session, tabId, reload);
 */
export function watchTabReport(area: WatchableArea, tabId: number, onChange: () => void): () => void {
  return watchKeys(area, [tabReportKey(tabId)], onChange);
}

/**
 * Calls back whenever any of `keys` changes; returns a function that stops watching.
 * @example const stop = watchKeys(browser.storage.session, [tabFlagKey(tabId), FLAGS_STAMP_KEY], recheck);
 */
export function watchKeys(area: WatchableArea, keys: readonly string[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (keys.some((key) => key in changes)) onChange();
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}
