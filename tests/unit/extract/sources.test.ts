import { describe, expect, it } from 'vitest';
import type { ExtractContext } from '@/lib/extract/candidate';
import { fromFallbacks } from '@/lib/extract/fallback';
import { fromJsonLd as fromJsonLdSources } from '@/lib/extract/json-ld';
import { fromMicrodata } from '@/lib/extract/microdata';
import { fromMetaTags, fromOpenGraph } from '@/lib/extract/opengraph';
import { detectPlatform } from '@/lib/extract/platform';
import { fromRdfa } from '@/lib/extract/rdfa';
import { parseHtml } from './dom';

const url = 'https://www.kleinanzeigen.de/s-anzeige/graupapagei/2345678901-243-1234';
const contextOf = (html: string): ExtractContext => ({
  doc: parseHtml(html, url),
  url,
  platform: detectPlatform(url),
  hints: { country: 'DE' },
  now: new Date(2026, 2, 12, 12),
});
const jsonLd = (...blocks: string[]) =>
  contextOf(blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join(''));
/** The main JSON-LD reading (a photographer-seller comes as a second, weaker candidate). */
const fromJsonLd = (context: ExtractContext) => fromJsonLdSources(context)[0]?.candidate ?? {};

describe('fromJsonLd', () => {
  it('reads a Product with a nested Offer, seller, images and place', () => {
    const read = fromJsonLd(
      jsonLd(`{
      "@context": "https://schema.org", "@type": "Product", "name": "Graupapagei  Zucht", "description": "Handzahm",
      "sku": "2345678901", "image": ["/img/1.jpg", {"@type": "ImageObject", "contentUrl": "https://img.example/2.jpg"}, "data:image/gif;base64,AA"],
      "offers": {"@type": "Offer", "price": "1.200,00", "priceCurrency": "EUR", "validFrom": "2024-03-12",
        "seller": {"@type": "Person", "name": "Anna", "url": "/s-bestandsliste.html?userId=42"},
        "availableAtOrFrom": {"@type": "Place", "address": {"@type": "PostalAddress", "postalCode": "10115", "addressLocality": "Berlin", "addressCountry": "DE"}}}
    }`),
    );
    expect(read).toEqual({
      title: 'Graupapagei Zucht',
      description: 'Handzahm',
      price: { amount: 1200, currency: 'EUR' },
      seller: { name: 'Anna', profileUrl: 'https://www.kleinanzeigen.de/s-bestandsliste.html?userId=42' },
      location: '10115, Berlin, DE',
      listingId: '2345678901',
      postedAt: '2024-03-12',
      imageUrls: ['https://www.kleinanzeigen.de/img/1.jpg', 'https://img.example/2.jpg'],
    });
  });

  it.each([
    [
      'an @graph',
      '{"@graph": [{"@type": "WebPage"}, {"@type": "Product", "name": "A", "offers": {"@type": "Offer", "price": 5, "priceCurrency": "EUR"}}]}',
    ],
    [
      'a top-level array',
      '[{"@type": "BreadcrumbList"}, {"@type": ["Product", "Thing"], "name": "A", "offers": [{"@type": "Offer", "price": 5, "priceCurrency": "EUR"}]}]',
    ],
    [
      'a prefixed type',
      '{"@type": "http://schema.org/Product", "name": "A", "offers": {"price": "5", "priceCurrency": "EUR"}}',
    ],
    [
      'an AggregateOffer (lowest price)',
      '{"@type": "Product", "name": "A", "offers": {"@type": "AggregateOffer", "lowPrice": 5, "highPrice": 90, "priceCurrency": "EUR"}}',
    ],
    [
      'a standalone Offer with itemOffered',
      '{"@type": "Offer", "price": "5.00", "priceCurrency": "EUR", "itemOffered": {"@type": "Product", "name": "A"}}',
    ],
    [
      'a Vehicle',
      '{"@type": "Car", "name": "A", "offers": {"@type": "Offer", "priceSpecification": {"price": 5, "priceCurrency": "EUR"}}}',
    ],
    [
      'an HTML-comment wrapper',
      '<!-- {"@type": "Product", "name": "A", "offers": {"price": 5, "priceCurrency": "EUR"}} -->',
    ],
    [
      'raw newlines inside strings',
      '{"@type": "Product", "name": "A", "description": "line one\nline two", "offers": {"price": 5, "priceCurrency": "EUR"}}',
    ],
  ])('finds the product in %s', (_label, block) => {
    const read = fromJsonLd(jsonLd(block));
    expect(read.title).toBe('A');
    expect(read.price).toEqual({ amount: 5, currency: 'EUR' });
  });

  it('skips a broken block and reads the next', () => {
    const read = fromJsonLd(jsonLd('{"@type": "Product", "name": ', '{"@type": "Product", "name": "B"}'));
    expect(read.title).toBe('B');
  });

  it('survives values of the wrong shape', () => {
    const read = fromJsonLd(
      jsonLd(
        '{"@type": "Product", "name": {"x": 1}, "image": 42, "offers": "cheap", "seller": [null], "description": ["first", "second"]}',
      ),
    );
    expect(read).toMatchObject({
      title: undefined,
      description: 'first',
      price: undefined,
      seller: undefined,
      imageUrls: [],
    });
  });

  it('takes the seller from the creator of the representative image when the product names none, with less confidence', () => {
    const read = fromJsonLdSources(
      jsonLd(
        '{"@type": "Product", "name": "A"}',
        '[{"@type": "ImageObject", "RepresentativeOfPage": true, "creator": {"@type": "Person", "name": "Maarten"}}]',
      ),
    );
    expect(read[1]).toEqual({
      source: 'json-ld',
      candidate: { seller: { name: 'Maarten' } },
      confidence: { seller: 0.75 },
    });
  });

  it('refuses a negative, non-finite or absurd amount, and never lets the country make one up', () => {
    for (const price of ['-1e309', '-5', '"-1e309"', '1e12', '"1e3"']) {
      const read = fromJsonLd(
        jsonLd(`{"@type": "Product", "name": "A", "offers": {"price": ${price}, "priceCurrency": "€€"}}`),
      );
      expect(read.price, price).toBeUndefined();
    }
  });

  it('infers the currency from the domain only when the amount comes without one, and says so', () => {
    const read = fromJsonLd(jsonLd('{"@type": "Product", "name": "A", "offers": {"price": "59"}}'));
    expect(read.price).toEqual({ amount: 59, currency: 'EUR', currencyInferred: true });
  });

  it('reads a forum or social post as an ad: headline, body, author and date', () => {
    const read = fromJsonLdSources(
      jsonLd(
        '{"@type": "DiscussionForumPosting", "headline": "WTS pythons", "articleBody": "Pair of pythons", "author": {"@type": "Person", "name": "scales", "url": "/members/scales.12/"}, "datePublished": "2026-03-10T19:42:10+00:00"}',
      ),
    )[0];
    expect(read).toMatchObject({
      source: 'json-ld',
      candidate: {
        title: 'WTS pythons',
        description: 'Pair of pythons',
        seller: { name: 'scales', profileUrl: 'https://www.kleinanzeigen.de/members/scales.12/' },
        postedAt: '2026-03-10T19:42:10+00:00',
      },
    });
  });

  it('reads nothing from a page without a product', () => {
    expect(fromJsonLdSources(jsonLd('{"@type": "BreadcrumbList", "itemListElement": []}'))).toEqual([]);
  });

  it('survives deep nesting', () => {
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    expect(fromJsonLd(jsonLd(deep, '{"@type": "Product", "name": "A"}')).title).toBe('A');
  });
});

describe('fromMicrodata', () => {
  it('reads the Product scope, its nested offer and seller, content attributes before text', () => {
    const read = fromMicrodata(
      contextOf(`
      <div itemscope itemtype="https://schema.org/Product">
        <h1 itemprop="name">Tokay gecko</h1>
        <img itemprop="image" src="data:image/gif;base64,AA" data-src="https://img.example/g.jpg">
        <div itemprop="description">Captive bred</div>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
          <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
            <span itemprop="price" content="45.00">45,00 €</span>
          </div>
          <meta itemprop="priceCurrency" content="EUR">
          <div itemprop="seller" itemscope itemtype="https://schema.org/Person">
            <a itemprop="url" href="/u/reptilia/7"><span itemprop="name">Reptilia</span></a>
          </div>
        </div>
      </div>`),
    );
    expect(read).toMatchObject({
      title: 'Tokay gecko',
      description: 'Captive bred',
      price: { amount: 45, currency: 'EUR' },
      seller: { name: 'Reptilia', profileUrl: 'https://www.kleinanzeigen.de/u/reptilia/7' },
      imageUrls: ['https://img.example/g.jpg'],
    });
  });

  it("does not take a nested scope's name for the title", () => {
    const read = fromMicrodata(
      contextOf(`<div itemscope itemtype="http://schema.org/Product">
      <div itemprop="brand" itemscope itemtype="http://schema.org/Brand"><span itemprop="name">Brand</span></div>
      <span itemprop="name">Item</span></div>`),
    );
    expect(read.title).toBe('Item');
  });

  it('reads nothing without a Product scope', () => {
    expect(
      fromMicrodata(
        contextOf('<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">X</span></div>'),
      ),
    ).toEqual({});
  });
});

describe('fromOpenGraph', () => {
  it('reads og: and product: tags', () => {
    const read = fromOpenGraph(
      contextOf(`
      <meta property="og:title" content="Ivory netsuke">
      <meta property="og:description" content="Pre-1947">
      <meta property="og:image" content="//img.example/n.jpg">
      <meta property="og:image" content="javascript:alert(1)">
      <meta property="product:price:amount" content="350">
      <meta property="product:price:currency" content="GBP">`),
    );
    expect(read).toEqual({
      title: 'Ivory netsuke',
      description: 'Pre-1947',
      price: { amount: 350, currency: 'GBP' },
      imageUrls: ['https://img.example/n.jpg'],
    });
  });

  it('reads og:price and upper-case attribute names', () => {
    const read = fromOpenGraph(
      contextOf(
        '<meta Property="og:title" Content="A"><meta property="og:price:amount" content="12,50"><meta property="og:price:currency" content="EUR">',
      ),
    );
    expect(read).toMatchObject({ title: 'A', price: { amount: 12.5, currency: 'EUR' } });
  });
});

describe('fromMetaTags', () => {
  it('reads twitter label/data pairs in several languages and a geo placename', () => {
    const read = fromMetaTags(
      contextOf(`
      <meta name="twitter:label1" content="Preis"><meta name="twitter:data1" content="1.250 €">
      <meta name="twitter:label2" content="Standort"><meta name="twitter:data2" content="Berlin">
      <meta name="geo.placename" content="Berlin-Mitte">`),
    );
    expect(read).toMatchObject({ price: { amount: 1250, currency: 'EUR' }, location: 'Berlin-Mitte' });
  });
});

describe('fromRdfa', () => {
  it('reads a schema.org Product marked with RDFa Lite, its offer and seller', () => {
    const read = fromRdfa(
      contextOf(`
      <div vocab="https://schema.org/" typeof="Product">
        <h1 property="name">Carved horn cup</h1>
        <div property="offers" typeof="Offer"><span property="price" content="120">120 €</span><meta property="priceCurrency" content="EUR">
          <div property="seller" typeof="Person"><span property="name">Antik Hans</span></div></div>
        <img property="image" src="https://img.example/cup.jpg">
      </div>`),
    );
    expect(read).toMatchObject({
      title: 'Carved horn cup',
      price: { amount: 120, currency: 'EUR' },
      seller: { name: 'Antik Hans' },
      imageUrls: ['https://img.example/cup.jpg'],
    });
  });

  it('reads nothing without a typed item', () => {
    expect(fromRdfa(contextOf('<div property="name">X</div>'))).toEqual({});
  });
});

describe('fromFallbacks', () => {
  it('reads the page title and the meta description', () => {
    expect(
      fromFallbacks(contextOf('<title>Page</title><meta name="description" content="About"><h1> Heading </h1>')),
    ).toEqual({ title: 'Page', description: 'About' });
  });
});
