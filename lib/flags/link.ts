import { cleanUrl } from '@/lib/extract/canonical-url';
import { detectPlatform } from '@/lib/extract/platform';
import type { PageReading } from '@/lib/flags/page-reading';

/**
 * What can be known of an ad without opening it: its URL, platform (from the
 * host) and, where the browser tells (Firefox's `linkText`), the link's text as
 * a provisional title. No description, price, detections or evidence: the
 * page was never loaded. The same reading serves a tab whose content script
 * cannot answer (a page opened before Spoor was installed).
 * @example readingFromUrl('https://www.ebay.de/itm/1', 'Elfenbein Figur')
 */
export function readingFromUrl(url: string, title?: string, source: 'link' | 'fallback' = 'link'): PageReading {
  const cleanTitle = title?.replace(/\s+/g, ' ').trim().slice(0, 300);
  return {
    ad: cleanTitle ? { title: cleanTitle, imageUrls: [], sources: { title: source } } : { imageUrls: [], sources: {} },
    // The same cleaning a page gets without rel=canonical, so opening the ad later finds this flag.
    canonicalUrl: cleanUrl(url),
    platform: detectPlatform(url),
    intent: 'other',
    paperwork: '',
    tradeTerms: [],
  };
}
