import { describe, expect, it } from 'vitest';
import { extractAd } from '@/lib/extract';
import { parseHtml } from './dom';

/*
 * A seller whose markup (JSON-LD, microdata, OpenGraph) gives another price, seller or place than the ad shows: the
 * markup is trusted above the page's text, so the flag recorded what no buyer saw. The flag keeps what the page showed
 * and the markup's other value in ad.disputed, under the field's key.
 */

const page = 'https://antiques.example/item/7';
const shown =
  '<main><h1>Carved ivory bangle, old stock</h1><p class="price">Price: € 320</p><p>Seller: Ivan Petrov</p>' +
  '<p>Location: Lyon</p><p>Genuine elephant ivory.</p></main>';
const read = (head: string, body = shown) =>
  extractAd(parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, page), page).ad;
const jsonLd = (offers: object) =>
  '<script type="application/ld+json">' +
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Carved ivory bangle', offers }) +
  '</script>';

describe('markup that contradicts the shown ad', () => {
  it('a JSON-LD price and seller: the flag keeps the shown ones, the markup’s as disputed', () => {
    const ad = read(jsonLd({ '@type': 'Offer', price: '5', priceCurrency: 'EUR', seller: { name: 'Resin Shop' } }));
    expect(ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(ad.sources.price).toBe('visible');
    expect(ad.seller?.name).toBe('Ivan Petrov');
    expect(ad.disputed).toEqual({
      price: { source: 'json-ld', value: '5 EUR' },
      seller: { source: 'json-ld', value: 'Resin Shop' },
    });
  });

  it('a microdata price and seller held in <meta> tags no one sees', () => {
    const body =
      '<main itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Carved ivory bangle</h1>' +
      '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="5">' +
      '<meta itemprop="priceCurrency" content="EUR"></div><p class="price">Price: € 320</p>' +
      '<div itemprop="seller" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Resin Shop">' +
      '</div><p>Seller: Ivan Petrov</p></main>';
    const ad = read('', body);
    expect(ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(ad.seller?.name).toBe('Ivan Petrov');
    expect(ad.disputed?.price).toEqual({ source: 'microdata', value: '5 EUR' });
    expect(ad.disputed?.seller).toEqual({ source: 'microdata', value: 'Resin Shop' });
  });

  it('an OpenGraph price', () => {
    const ad = read(
      '<meta property="product:price:amount" content="5"><meta property="product:price:currency" content="EUR">',
    );
    expect(ad.price?.amount).toBe(320);
    expect(ad.disputed?.price).toEqual({ source: 'opengraph', value: '5 EUR' });
  });

  it('keeps the markup’s price when the page shows it too (a search page’s lowest price), the other as disputed', () => {
    const body = shown.replace('</main>', '<ul><li><p class="price">€ 5</p></li></ul></main>');
    const ad = read(jsonLd({ '@type': 'AggregateOffer', lowPrice: '5', priceCurrency: 'EUR' }), body);
    expect(ad.price).toEqual({ amount: 5, currency: 'EUR' });
    expect(ad.disputed?.price).toEqual({ source: 'visible', value: '320 EUR' });
  });

  it('records no dispute when the sources agree, a place written longer or a name in another case', () => {
    const ad = read(
      jsonLd({ '@type': 'Offer', price: '320.00', priceCurrency: 'EUR', seller: { name: 'IVAN PETROV' } }) +
        '<meta property="og:locality" content="Lyon, France">',
    );
    expect(ad.price?.amount).toBe(320);
    expect(ad.disputed).toBeUndefined();
  });
});
