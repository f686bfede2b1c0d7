/**
 * Whether Spoor may read a site. Firefox treats a Manifest V3 extension's host
 * permissions as the user's to grant or withhold (and Chromium lets users limit
 * them too); without it the content script never runs there and nothing is
 * highlighted, so the popup says so instead of showing an empty list.
 */

/** The part of `browser.permissions` site access needs, passed in so tests need no browser. */
export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  onAdded: PermissionEvent;
  onRemoved: PermissionEvent;
}

interface PermissionEvent {
  addListener(listener: () => void): void;
  removeListener(listener: () => void): void;
}

/** What the manifest asks for (`host_permissions`): every page, as detection and screenshots need. */
export const ALL_SITES = '<all_urls>';

/**
 * The host permission that covers a tab: its http(s) origin, or every site
 * for a page Spoor does not run on (a new tab) or whose URL it may not see,
 * where only the general grant tells.
 * @example accessPatternFor('https://www.ebay.de/itm/1') // "https://www.ebay.de/*"
 */
export function accessPatternFor(url: string | undefined): string {
  if (!url || !/^https?:/.test(url)) return ALL_SITES;
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/**
 * Whether Spoor may read the page at `url`.
 * @example await hasSiteAccess(browser.permissions, tab.url) // false until the user allows it
 */
export function hasSiteAccess(permissions: PermissionsApi, url: string | undefined): Promise<boolean> {
  return permissions.contains({ origins: [accessPatternFor(url)] });
}

/**
 * Asks the user to let Spoor read every site (what the manifest requests).
 * Must run in a user gesture, such as a button's click handler.
 * @example button.onclick = () => requestAllSitesAccess(browser.permissions)
 */
export function requestAllSitesAccess(permissions: PermissionsApi): Promise<boolean> {
  return permissions.request({ origins: [ALL_SITES] });
}

/**
 * Calls back whenever the user grants or withdraws a permission (in the
 * browser's own UI too); returns a function that stops watching.
 * @example useEffect(() => watchPermissions(browser.permissions, recheck), []);
 */
export function watchPermissions(permissions: PermissionsApi, onChange: () => void): () => void {
  permissions.onAdded.addListener(onChange);
  permissions.onRemoved.addListener(onChange);
  return () => {
    permissions.onAdded.removeListener(onChange);
    permissions.onRemoved.removeListener(onChange);
  };
}
