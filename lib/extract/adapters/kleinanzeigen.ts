import type { PlatformAdapter } from '../candidate';
import { isoDate, textOf } from '../text';
import { fromPath, fromSelectors } from './selectors';

/** Kleinanzeigen (formerly eBay Kleinanzeigen) ad pages: the long-lived `viewad-*` ids. */
export const kleinanzeigen: PlatformAdapter = {
  extract(context) {
    const { doc, url } = context;
    const read = fromSelectors(context, {
      title: ['#viewad-title'],
      price: ['#viewad-price', '.boxedarticle--price'],
      description: ['#viewad-description-text'],
      location: ['#viewad-locality'],
      seller: ['.userprofile-vip a', '.userprofile-vip', '#viewad-contact .text-body-regular-strong'],
      images: ['.galleryimage-element img', '#viewad-image'],
      listingId: ['#viewad-ad-id-box li:last-child', '#viewad-ad-id-box'],
      sellerIdFrom: /[?&]userId=(\d+)/,
    });
    const posted = [...doc.querySelectorAll('#viewad-extra-info span')]
      .map((span) => isoDate(textOf(span, 20)))
      .find(Boolean);
    // Ad URLs: /s-anzeige/<slug>/<id>-<category>-<place>
    return { ...read, postedAt: posted, listingId: read.listingId ?? fromPath(url, /\/s-anzeige\/[^/]+\/(\d+)-/) };
  },
};
