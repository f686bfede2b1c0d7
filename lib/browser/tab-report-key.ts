/**
 * The storage.session key of a tab's reports (tab-store.ts); the popup watches it to refresh. Its own module so the
 * popup's first, small module can watch it without the store's schemas (popup-requests.ts).
 */
export const tabReportKey = (tabId: number) => `detect/tab/${tabId}`;
