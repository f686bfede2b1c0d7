/**
 * The sites list of the options page: what a researcher types ("ebay.de",
 * "https://www.ebay.de/itm/123", "*.avito.ru") becomes the host name Spoor
 * pauses on, the way `isPausedOn` (store.ts) compares it: a site covers its subdomains.
 */

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The site a typed address stands for, or undefined when it is not a host name.
 * "www." is dropped so the pause covers the whole site, as the popup's toggle does.
 * @example siteFromInput('https://www.ebay.de/itm/123') // 'ebay.de'
 * @example siteFromInput('not a site') // undefined
 */
export function siteFromInput(input: string): string | undefined {
  const text = input.trim().toLowerCase().replace(/^\*\./, '');
  if (text === '') return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return undefined;
  }
  const site = host.replace(/^www\./, '').replace(/\.$/, '');
  return HOST.test(site) ? site : undefined;
}

/**
 * The list with the site added, unless it (or a site that covers it) is already there; sorted.
 * @example withPausedSite(['ebay.de'], 'shop.ebay.de') // ['ebay.de']
 */
export function withPausedSite(sites: readonly string[], site: string): string[] {
  const covered = sites.some((listed) => site === listed || site.endsWith(`.${listed}`));
  return covered ? [...sites] : [...sites, site].sort();
}

/** @example withoutPausedSite(['avito.ru', 'ebay.de'], 'ebay.de') // ['avito.ru'] */
export function withoutPausedSite(sites: readonly string[], site: string): string[] {
  return sites.filter((listed) => listed !== site);
}
