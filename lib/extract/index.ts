import { AdFieldsSchema, AssessmentSchema, IntentSchema, PlatformSchema } from '@/lib/records/flag';
import { z } from 'zod';
import type { ExtractContext, PageHints, SourcedCandidate } from './candidate';
import { readCanonical } from './canonical-url';
import { fromFallbacks } from './fallback';
import { detectIntent } from './intent';
import { fromJsonLd } from './json-ld';
import { fromMicrodata } from './microdata';
import { fromMetaTags, fromOpenGraph, metaContents } from './opengraph';
import { fromVisiblePage } from './page/read';
import { readPaperwork } from './paperwork';
import { detectPlatform, isKnownMarketplace, platformSpecFor } from './platform';
import { fromPageState } from './platforms/page-state';
import { fromPlatformSelectors } from './platforms/selectors';
import { rankCandidates } from './rank';
import { fromRdfa } from './rdfa';
import { hostParts } from './site';
import { canonicalHref, readingDrawn, readingShown, type DrawnText, type ShownText } from './text';
import { tradeCodesIn } from './trade-codes';
import { fromUrls } from './url-ids';

export { canonicalUrl, readCanonical } from './canonical-url';
export { detectPlatform } from './platform';

/** What a page says about its ad, ready to pre-fill a flag (`ad`, `platform`) and its assessment. */
export const ExtractedAdSchema = z.object({
  ad: AdFieldsSchema,
  canonicalUrl: z.url({ protocol: /^https?$/ }),
  platform: PlatformSchema,
  intent: IntentSchema,
  /**
   * The paperwork the ad claims, e.g. "CITES certificate; pre-1947" ('' when none); `ad.paperworkClaim` has the claim
   * and its words.
   */
  paperwork: AssessmentSchema.shape.paperwork.def.innerType,
  /**
   * CITES trade term codes implied by the dictionary's trade terms in the ad's words (IVC, SKI…), for the researcher to
   * confirm.
   */
  tradeTerms: AssessmentSchema.shape.tradeTerms.def.innerType,
});
export type ExtractedAd = z.infer<typeof ExtractedAdSchema>;

export interface ExtractOptions {
  /** The capture time, from which relative posting dates ("il y a 3 jours") are counted. Default: now. */
  now?: Date;
  /**
   * Whether the reader sees a text node (lib/flags/shown-text.ts, in a browser): text drawn hidden (the colour behind
   * it, opacity 0, clipped) is left out of every field. Default: all text is read.
   */
  shown?: ShownText;
  /**
   * The words style sheets draw in ::before and ::after boxes (lib/flags/drawn-text.ts, in a browser), read as the
   * elements' text: a price or seller drawn there is the one the reader sees. Default: text nodes alone are read.
   */
  drawn?: DrawnText;
}

/** Runs one step; a reader that trips over odd markup costs its own result, never the flag. */
function attempt<T>(step: () => T, fallback: T): T {
  try {
    return step();
  } catch {
    return fallback;
  }
}

function pageHints(doc: Document, country: string | undefined): PageHints {
  const locale = metaContents(doc, 'og:locale')[0]?.replace('_', '-');
  const lang = (doc.documentElement?.getAttribute('lang') || locale || '').trim().toLowerCase() || undefined;
  const monthFirst = lang === 'en-us' || (lang?.startsWith('en') === true && country === 'US');
  return { ...(country && { country }), ...(lang && { lang }), ...(monthFirst && { monthFirst }) };
}

/** Every reader's proposal, the platform's own knowledge first; each reader is fenced off from the others. */
function readAll(context: ExtractContext, siteNames: readonly string[]): SourcedCandidate[] {
  const { spec } = context;
  const one = (source: SourcedCandidate['source'], read: () => SourcedCandidate['candidate']): SourcedCandidate[] => [
    { source, candidate: attempt(read, {}) },
  ];
  return [
    ...(spec?.state ? one('page-state', () => fromPageState(context, spec.state!)) : []),
    ...(spec ? one('platform', () => fromPlatformSelectors(context, spec)) : []),
    ...attempt(() => fromJsonLd(context), []),
    ...one('microdata', () => fromMicrodata(context)),
    ...one('rdfa', () => fromRdfa(context)),
    ...one('opengraph', () => fromOpenGraph(context)),
    ...one('meta', () => fromMetaTags(context)),
    ...attempt(() => fromUrls(context), []),
    ...attempt(() => fromVisiblePage(context, siteNames), []),
    ...one('fallback', () => fromFallbacks(context)),
  ];
}

/**
 * Reads an ad's fields from its page, for "Flag this ad". Every source proposes values with a
 * confidence (the platform's data, JSON-LD, microdata, RDFa, OpenGraph and other meta tags, ids
 * in the URL, the visible page: heading near the price, labelled values in any of Spoor's
 * languages, prices as shown, profile links, fallbacks) and the most trusted valid value of each
 * field wins; `ad.sources` and `ad.confidence` record which and how sure. Relative posting dates
 * count back from `options.now` (the capture time). Uses selectors only (no layout), caps every
 * string and list, and never throws on page content. `url` is the page's http(s) URL.
 * @example
 * const { ad, platform, intent } = extractAd(document, location.href);
 * // ad.title 'Puma RS-Dreamer …', ad.price { amount: 0.01, currency: 'USD' }, platform.id 'ebay'
 */
export function extractAd(doc: Document, url: string, options: ExtractOptions = {}): ExtractedAd {
  return readingShown(doc, options.shown, () =>
    readingDrawn(doc, options.drawn, () => extractShown(doc, url, options)),
  );
}

function extractShown(doc: Document, url: string, options: ExtractOptions): ExtractedAd {
  const platform = detectPlatform(url);
  const spec = attempt(() => platformSpecFor(url), undefined);
  const claimed = attempt(() => metaContents(doc, 'og:url')[0] ?? canonicalHref(doc), undefined);
  const shapes = spec ?? attempt(() => (claimed ? platformSpecFor(new URL(claimed, url).href) : undefined), undefined);
  const context: ExtractContext = {
    doc,
    url,
    platform,
    spec,
    shapes,
    hints: attempt(() => pageHints(doc, platform.country), {}),
    now: options.now ?? new Date(),
  };
  const siteName = attempt(() => metaContents(doc, 'og:site_name')[0], undefined);
  const siteNames = [platform.name, attempt(() => hostParts(platform.host).brand, ''), ...(siteName ? [siteName] : [])];
  const { ad, fullDescription } = rankCandidates(readAll(context, siteNames), siteNames);
  if (ad.confidence && Object.keys(ad.confidence).length === 0) delete ad.confidence;

  const fallbackUrl = new URL(url).href.split('#')[0];
  const canonical = attempt(() => readCanonical(doc, url, ad.listingId), { canonicalUrl: fallbackUrl });
  if (canonical.claimedCanonical) ad.claimedCanonical = canonical.claimedCanonical;
  const cueText = `${ad.title ?? ''}\n${fullDescription ?? ''}`;
  const paperwork = attempt(() => readPaperwork(cueText), { claim: { claim: 'silent' as const }, summary: '' });
  ad.paperworkClaim = paperwork.claim;
  return ExtractedAdSchema.parse({
    ad,
    canonicalUrl: canonical.canonicalUrl,
    platform,
    intent: detectIntent({
      title: ad.title,
      description: fullDescription,
      pricedMarketplaceAd: isKnownMarketplace(platform) && ad.price !== undefined,
    }),
    paperwork: paperwork.summary,
    tradeTerms: attempt(() => tradeCodesIn(cueText), []),
  });
}
