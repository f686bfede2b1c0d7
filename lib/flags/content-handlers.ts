import { extractAd } from '@/lib/extract';
import type { Handlers } from '@/lib/messaging/router';

/**
 * The content script's side of flagging: reads the ad from the page for the
 * background. Registered by entrypoints/content.ts.
 * @example listen(browser.runtime, flagContentHandlers(document, () => location.href));
 */
export function flagContentHandlers(doc: Document, currentUrl: () => string): Handlers {
  return {
    'flag/extract': ({ includeHtml }) => {
      const { ad, canonicalUrl, platform, intent, paperwork, tradeTerms } = extractAd(doc, currentUrl());
      return { ad, canonicalUrl, platform, intent, paperwork, tradeTerms, html: includeHtml ? serialize(doc) : undefined };
    },
  };
}

/** The live DOM as HTML: what the researcher saw, after scripts ran (Firefox's stand-in for MHTML). */
function serialize(doc: Document): string {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  return doctype + doc.documentElement.outerHTML;
}
