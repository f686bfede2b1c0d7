import { extractAd } from '@/lib/extract';
import type { Handlers } from '@/lib/messaging/router';
import { snapshotHtml } from '@/lib/flags/snapshot-html';

/**
 * The content script's side of flagging: reads the ad from the page for the
 * background. Registered by entrypoints/content.ts.
 * @example listen(browser.runtime, flagContentHandlers(document, () => location.href));
 */
export function flagContentHandlers(doc: Document, currentUrl: () => string): Handlers {
  return {
    'flag/extract': ({ includeHtml, capturedAt }) => {
      const now = capturedAt ? new Date(capturedAt) : undefined;
      const { ad, canonicalUrl, platform, intent, paperwork, tradeTerms } = extractAd(doc, currentUrl(), { now });
      return {
        ad,
        canonicalUrl,
        platform,
        intent,
        paperwork,
        tradeTerms,
        html: includeHtml ? snapshotHtml(doc) : undefined,
      };
    },
  };
}
