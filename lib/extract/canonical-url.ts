import { platformSpecFor } from './platform';
import { sameSite } from './site';
import { absoluteHttpUrl, canonicalHref } from './text';
import { metaContents } from './opengraph';

/** Parameters that track the visit, never the ad: campaigns, click ids, referrers. */
const TRACKING_EXACT = new Set([
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'fbclid',
  'msclkid',
  'yclid',
  'igshid',
  'twclid',
  'ttclid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'ref',
  'ref_',
  'ref_src',
  'referrer',
  'referer',
  'source',
  'si',
  'spm',
  'scm',
  'campaign',
  'campaign_id',
  'campaignid',
  'cmpid',
  'adgroupid',
  'creative',
  'keyword',
  'matchtype',
  'trk',
  'trkid',
  's_kwcid',
  'ito',
  'icid',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
  'sc_cid',
]);
const TRACKING_PREFIXES = ['utm_', 'mc_', 'hsa_', 'pk_', 'matomo_', 'ga_'];

function isTracking(name: string, platformNoise: readonly string[]): boolean {
  const key = name.toLowerCase();
  return (
    TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix)) || platformNoise.includes(key)
  );
}

/**
 * The URL without tracking parameters and fragment; the parameters left (those that
 * identify the ad, such as `?id=`) are sorted so the same ad always gives the same URL.
 * @example cleanUrl('https://shop.example/ad?id=7&utm_source=x#photos') // 'https://shop.example/ad?id=7'
 */
export function cleanUrl(url: string): string {
  const parsed = new URL(url);
  const noise = platformSpecFor(url)?.trackingParams ?? [];
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name, noise));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  parsed.hash = '';
  return parsed.href;
}

/** What the page says its canonical URL is, and whether that can be trusted. */
export interface CanonicalReading {
  /** The URL that files the flag. */
  canonicalUrl: string;
  /**
   * A rel=canonical, or else an og:url, on another site: the page's claim, kept as evidence but never used to file
   * the flag.
   */
  claimedCanonical?: string;
}

/**
 * The page's rel=canonical, cleaned, when it is an http(s) URL that does not fall back to the home
 * page (some sites point every page there). `trusted` only on the page's own registrable domain
 * by the Public Suffix List: anyone can write any URL there, so an ad on seller-a.github.io
 * naming seller-b.github.io must not be filed (and merged) under the other site's ad.
 */
function declaredCanonical(doc: Document, url: string): { href: string; trusted: boolean } | undefined {
  const canonical = absoluteHttpUrl(canonicalHref(doc), url);
  if (!canonical) return undefined;
  const declared = new URL(canonical);
  const page = new URL(url);
  if (declared.pathname === '/' && page.pathname !== '/') return undefined;
  return { href: cleanUrl(canonical), trusted: sameSite(canonical, url) };
}

/**
 * The URL that recognises this ad again: the platform's own ad URL where its data knows better
 * than the page (eBay), else the page's rel=canonical when it is on the page's own site, else the
 * page URL without tracking parameters and fragment. A canonical on another site is returned as
 * `claimedCanonical`. `url` must be an absolute URL; `listingId` is the ad's id as read.
 * @example readCanonical(document, 'https://www.kleinanzeigen.de/s-anzeige/x/123-1-2?utm_medium=mail#bilder')
 * // { canonicalUrl: 'https://www.kleinanzeigen.de/s-anzeige/x/123-1-2' } (when the page declares no canonical)
 */
export function readCanonical(doc: Document, url: string, listingId?: string): CanonicalReading {
  const declared = declaredCanonical(doc, url);
  const claim = declared && !declared.trusted ? declared.href : offSiteOgUrl(doc, url);
  const claimed = claim ? { claimedCanonical: claim } : {};
  const template = platformSpecFor(url)?.canonical;
  if (template && listingId && /^[\w-]+$/.test(listingId)) {
    const own = template.replace('{host}', new URL(url).host).replace('{listingId}', listingId);
    if (absoluteHttpUrl(own, url) && sameSite(own, url)) return { canonicalUrl: cleanUrl(own), ...claimed };
  }
  if (declared?.trusted) return { canonicalUrl: declared.href, ...claimed };
  return { canonicalUrl: cleanUrl(url), ...claimed };
}

/**
 * The page's og:url when it is on another site: a page copied from another
 * shop's ad, or one that says it is that ad, keeps saying so in its share
 * tags; a researcher reading the flag should see the claim (forge16).
 */
function offSiteOgUrl(doc: Document, url: string): string | undefined {
  const og = absoluteHttpUrl(metaContents(doc, 'og:url')[0], url);
  return og && !sameSite(og, url) ? cleanUrl(og) : undefined;
}

/**
 * The URL that files the flag (see readCanonical).
 * @example canonicalUrl(document, 'https://shop.example/ad/1?utm_medium=mail') // 'https://shop.example/ad/1'
 */
export function canonicalUrl(doc: Document, url: string, listingId?: string): string {
  return readCanonical(doc, url, listingId).canonicalUrl;
}
