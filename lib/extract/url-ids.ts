import type { ExtractContext, SourcedCandidate } from './candidate';
import { listingIdFromUrl } from './ids';
import { jsonLdItemUrls } from './json-ld';
import { metaContents } from './opengraph';
import { platformSpecFor } from './platform';
import { sameSite } from './site';
import { absoluteHttpUrl, canonicalHref } from './text';

/**
 * The listing id the ad's URLs hold: the page's own URL first, then the URLs the page gives the
 * ad (og:url, JSON-LD `url`, rel=canonical). The platform's own URL shapes are trusted more than
 * generic ones, and a URL on another site less than the page's own.
 * @example fromUrls(context)[0].candidate.listingId // '1234567890' for …/marketplace/item/1234567890/
 */
export function fromUrls({ doc, url, shapes }: ExtractContext): SourcedCandidate[] {
  const canonical = absoluteHttpUrl(canonicalHref(doc), url);
  const given = [
    ...metaContents(doc, 'og:url').map((href) => absoluteHttpUrl(href, url)),
    ...jsonLdItemUrls(doc, url),
    canonical,
  ];
  const found: SourcedCandidate[] = [];
  for (const [index, candidateUrl] of [url, ...given].entries()) {
    if (!candidateUrl) continue;
    // Another platform's URL (og:url of a page served elsewhere) is read with that platform's shapes.
    const id = listingIdFromUrl(candidateUrl, index === 0 ? shapes : (platformSpecFor(candidateUrl) ?? shapes));
    if (!id) continue;
    const own = index === 0 ? 0 : sameSite(candidateUrl, url) ? 0.02 : 0.08;
    const confidence = (id.byPlatform ? 0.93 : 0.6) - own;
    found.push({ source: 'url', candidate: { listingId: id.id }, confidence: { listingId: confidence } });
  }
  return found;
}
