import type { PlatformAdapter } from '../candidate';
import { fromPath, fromSelectors } from './selectors';

/** Leboncoin ad pages: their test ids (`data-qa-id`) outlive the generated class names. */
export const leboncoin: PlatformAdapter = {
  extract(context) {
    const read = fromSelectors(context, {
      title: ['[data-qa-id="adview_title"]', 'h1'],
      price: ['[data-qa-id="adview_price"]'],
      description: ['[data-qa-id="adview_description_container"]'],
      location: ['[data-qa-id="adview_location_informations"]', 'a[href="#map"]'],
      seller: [
        '[data-qa-id="adview_contact_container"] a[href*="/profil"]',
        'a[href*="/profile/"]',
        'a[href*="/boutique/"]',
      ],
      images: ['[data-qa-id="adview_gallery_container"] img', '[data-qa-id^="slideshow"] img'],
      sellerIdFrom: /\/(?:profile|profil|boutique)\/([^/?#]+)/,
    });
    // Ad URLs: /ad/animaux/2345678901 or /animaux/2345678901.htm
    return { ...read, listingId: fromPath(context.url, /\/(\d{6,})(?:\.htm)?\/?$/) };
  },
};
