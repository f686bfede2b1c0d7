import type { ExtractContext, PlatformAdapter } from '../candidate';
import { metaContents } from '../opengraph';
import { LIMITS } from '../candidate';
import { distinct, textOf } from '../text';
import { fromPath, fromSelectors } from './selectors';

const ITEM_PATH = /\/itm\/(?:[^/]+\/)?(\d{9,15})(?:[/?]|$)/;

/** eBay's item number: from the page URL, og:url or the "eBay item number" box. */
function itemNumber({ doc, url }: ExtractContext): string | undefined {
  const ogUrl = metaContents(doc, 'og:url')[0];
  const boxed = textOf(
    doc.querySelector(
      '#descItemNumber, [data-testid="ux-layout-section__textual-display--itemId"] .ux-textspans--BOLD',
    ),
    30,
  );
  return fromPath(url, ITEM_PATH) ?? (ogUrl ? fromPath(ogUrl, ITEM_PATH) : undefined) ?? boxed?.match(/\d{9,15}/)?.[0];
}

/** The gallery keeps small thumbnails ("s-l64"); the same picture is served at any size. */
const atViewSize = (url: string) => url.replace(/\/s-l\d+\.(jpg|jpeg|png|webp)/i, '/s-l500.$1');

/** eBay item pages, old (vi-*) and new (ux-* / x-*) layouts. */
export const ebay: PlatformAdapter = {
  extract(context) {
    const read = fromSelectors(context, {
      title: ['h1.x-item-title__mainTitle', '#itemTitle', 'h1[itemprop="name"]'],
      price: ['.x-price-primary', '#prcIsum', '#prcIsum_bidPrice', '#mm-saleDscPrc'],
      seller: ['.ux-seller-section__item--seller a', '.x-sellercard-atf__info__about-seller a', '.mbg-nw'],
      location: ['.ux-labels-values--itemLocation .ux-labels-values__values', '#itemLocation .u-flL:not(.iti-w75)'],
      images: ['#vertical-align-items-viewport img', '.ux-image-carousel-item img', '#icImg'],
      sellerIdFrom: /\/usr\/([^/?#]+)/,
    });
    return {
      ...read,
      listingId: itemNumber(context),
      imageUrls: distinct((read.imageUrls ?? []).map(atViewSize), LIMITS.images),
    };
  },
  // eBay's rel=canonical points at the catalogue product (/p/…) that many sellers' items
  // share, so the item number is what identifies the ad.
  canonicalUrl(context) {
    const item = itemNumber(context);
    return item ? `https://${new URL(context.url).host}/itm/${item}` : undefined;
  },
};
