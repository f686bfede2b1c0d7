import { adapterFor } from './adapters';
import { absoluteHttpUrl } from './text';
import { detectPlatform, splitHost } from './platform';

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

/** Per-platform parameters that only record how the visitor arrived. */
const PLATFORM_NOISE: Readonly<Record<string, readonly string[]>> = {
  ebay: [
    '_trkparms',
    '_trksid',
    'hash',
    'amdata',
    'mkevt',
    'mkcid',
    'mkrid',
    'campid',
    'toolid',
    'customid',
    '_from',
    '_sacat',
    'epid',
    'itmmeta',
    'itmprp',
  ],
  kleinanzeigen: ['utm_source', 'sortingfield', 'previouspage'],
  marktplaats: ['c', 'previouspage', 'casdata', 'correlationid', 'allowsavedsearch'],
  '2dehands': ['c', 'previouspage', 'casdata', 'correlationid'],
  avito: ['context', 'slocation', 'guests'],
  leboncoin: ['ac', 'kst', 'lst'],
  etsy: [
    'click_key',
    'click_sum',
    'pro',
    'frs',
    'sts',
    'ls',
    'organic_search_click',
    'sr_prefetch',
    'pf_from',
    'plkey',
    'dd',
  ],
  'facebook-marketplace': ['referral_code', 'referral_story_type', 'tracking', '__tn__', '__cft__[0]', 'mibextid'],
  vinted: ['homepage_session_id', 'search_id', 'time'],
  catawiki: ['search_id', 'position'],
  allegro: ['bi_s', 'bi_m', 'bi_c', 'bi_term', 'reco_id', 'sid'],
};

function isTracking(name: string, platformId: string): boolean {
  const key = name.toLowerCase();
  return (
    TRACKING_EXACT.has(key) ||
    TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix)) ||
    (PLATFORM_NOISE[platformId]?.includes(key) ?? false)
  );
}

/**
 * The URL without tracking parameters and fragment; the parameters left (those that
 * identify the ad, such as `?id=`) are sorted so the same ad always gives the same URL.
 * @example cleanUrl('https://shop.example/ad?id=7&utm_source=x#photos') // 'https://shop.example/ad?id=7'
 */
export function cleanUrl(url: string): string {
  const parsed = new URL(url);
  const platformId = detectPlatform(url).id;
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name, platformId));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  parsed.hash = '';
  return parsed.href;
}

function sameSite(a: URL, b: URL): boolean {
  const left = splitHost(a.hostname);
  const right = splitHost(b.hostname);
  return left.brand === right.brand && left.suffix === right.suffix;
}

/**
 * The page's rel=canonical when it is an http(s) URL of the same site that does not fall
 * back to the home page (some sites point every page there), cleaned; undefined otherwise.
 */
function declaredCanonical(doc: Document, url: string): string | undefined {
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const canonical = absoluteHttpUrl(href, url);
  if (!canonical) return undefined;
  const declared = new URL(canonical);
  const page = new URL(url);
  if (!sameSite(declared, page)) return undefined;
  if (declared.pathname === '/' && page.pathname !== '/') return undefined;
  return cleanUrl(canonical);
}

/**
 * The URL that recognises this ad again: the marketplace's own ad URL where its adapter knows
 * better than the page (eBay), else the page's rel=canonical (absolute, same site), else the
 * page URL without tracking parameters and fragment. `url` must be an absolute URL.
 * @example canonicalUrl(document, 'https://www.kleinanzeigen.de/s-anzeige/x/123-1-2?utm_medium=mail#bilder')
 * // 'https://www.kleinanzeigen.de/s-anzeige/x/123-1-2' (when the page declares no canonical)
 */
export function canonicalUrl(doc: Document, url: string): string {
  const platform = detectPlatform(url);
  const own = adapterFor(platform.id)?.canonicalUrl?.({ doc, url, platform });
  return own ?? declaredCanonical(doc, url) ?? cleanUrl(url);
}
