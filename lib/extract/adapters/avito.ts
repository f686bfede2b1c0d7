import type { PlatformAdapter } from '../candidate';
import { fromPath, fromSelectors } from './selectors';

/** Avito item pages mark every part with `data-marker`, steadier than their hashed class names. */
export const avito: PlatformAdapter = {
  extract(context) {
    const read = fromSelectors(context, {
      title: ['[data-marker="item-view/title-info"]', 'h1[itemprop="name"]'],
      price: ['[data-marker="item-view/item-price"]', '[itemprop="price"][content]'],
      description: ['[data-marker="item-view/item-description"]', '[itemprop="description"]'],
      location: ['[itemprop="address"]', '[data-marker="item-view/item-address"]', '[data-marker="delivery/location"]'],
      seller: ['[data-marker="seller-info/name"]', '[data-marker="seller-link/link"]'],
      images: ['[data-marker="image-frame/image-wrapper"] img', '[data-marker^="image-preview/item"] img'],
      listingId: ['[data-marker="item-view/item-id"]'],
      sellerIdFrom: /\/(?:user|brands)\/([^/?#]+)/,
    });
    // Item URLs end in "_<id>": /moskva/zhivotnye/popugay_zhako_4090229142
    return { ...read, listingId: read.listingId ?? fromPath(context.url, /_(\d{6,})\/?$/) };
  },
};
