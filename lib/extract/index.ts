import { AdFieldsSchema, AssessmentSchema, IntentSchema, PlatformSchema } from '@/lib/records/flag';
import { z } from 'zod';
import { adapterFor } from './adapters';
import type { ExtractContext } from './candidate';
import { canonicalUrl } from './canonical-url';
import { fromFallbacks } from './fallback';
import { detectIntent } from './intent';
import { fromJsonLd } from './json-ld';
import { mergeCandidates, type SourcedCandidate } from './merge';
import { fromMicrodata } from './microdata';
import { fromOpenGraph, metaContents } from './opengraph';
import { paperworkClaims } from './paperwork';
import { detectPlatform, isKnownMarketplace, splitHost } from './platform';
import { guessTradeTerms } from './trade-terms';

export { canonicalUrl } from './canonical-url';
export { detectPlatform } from './platform';
export { parsePrice } from './price';

/** What a page says about its ad, ready to pre-fill a flag (`ad`, `platform`) and its assessment. */
export const ExtractedAdSchema = z.object({
  ad: AdFieldsSchema,
  canonicalUrl: z.url({ protocol: /^https?$/ }),
  platform: PlatformSchema,
  intent: IntentSchema,
  /** The paperwork the ad claims, e.g. "CITES certificate; pre-1947" ('' when none). */
  paperwork: AssessmentSchema.shape.paperwork.unwrap(),
  /** CITES trade term codes guessed from the ad's words (LIV, SKI, IVC…), for the researcher to confirm. */
  tradeTerms: AssessmentSchema.shape.tradeTerms.unwrap(),
});
export type ExtractedAd = z.infer<typeof ExtractedAdSchema>;

/** Runs one step; a reader that trips over odd markup costs its own result, never the flag. */
function attempt<T>(step: () => T, fallback: T): T {
  try {
    return step();
  } catch {
    return fallback;
  }
}

/**
 * Reads an ad's fields from its page, for "Flag this ad": JSON-LD, then microdata, then
 * OpenGraph, then the marketplace's adapter, then the h1 / title / meta description; each
 * field records the source that gave it. Uses selectors only (no innerText, no layout), caps
 * every string and list, and never throws on page content. `url` is the page's http(s) URL.
 * @example
 * const { ad, platform, intent } = extractAd(document, location.href);
 * // ad.title 'Puma RS-Dreamer …', ad.price { amount: 0.01, currency: 'USD' }, platform.id 'ebay'
 */
export function extractAd(doc: Document, url: string): ExtractedAd {
  const platform = detectPlatform(url);
  const context: ExtractContext = { doc, url, platform };
  const adapter = adapterFor(platform.id);
  const candidates: SourcedCandidate[] = [
    ['json-ld', attempt(() => fromJsonLd(context), {})],
    ['microdata', attempt(() => fromMicrodata(context), {})],
    ['opengraph', attempt(() => fromOpenGraph(context), {})],
    ...(adapter ? [['adapter', attempt(() => adapter.extract(context), {})] as const] : []),
    ['fallback', attempt(() => fromFallbacks(context), {})],
  ];
  const siteName = attempt(() => metaContents(doc, 'og:site_name')[0], undefined);
  const siteNames = [platform.name, splitHost(platform.host).brand, ...(siteName ? [siteName] : [])];
  const { ad, fullDescription } = mergeCandidates(candidates, siteNames);
  const cueText = `${ad.title ?? ''}\n${fullDescription ?? ''}`;
  return ExtractedAdSchema.parse({
    ad,
    canonicalUrl: attempt(() => canonicalUrl(doc, url), new URL(url).href.split('#')[0]),
    platform,
    intent: detectIntent({
      title: ad.title,
      description: fullDescription,
      pricedMarketplaceAd: isKnownMarketplace(platform) && ad.price !== undefined,
    }),
    paperwork: paperworkClaims(cueText),
    tradeTerms: guessTradeTerms(cueText),
  });
}
