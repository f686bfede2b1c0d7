import { describe, expect, it } from 'vitest';
import { ExtractedAdSchema, extractAd } from '@/lib/extract';
import { withoutSiteName } from '@/lib/extract/title';
import { parseHtml } from './dom';

const url = 'https://reptiles.example/ads/77?utm_source=x';

describe('extractAd', () => {
  it('takes each field from the first source that has it, and records which', () => {
    const doc = parseHtml(
      `
      <script type="application/ld+json">{"@type": "Product", "name": "From JSON-LD"}</script>
      <div itemscope itemtype="https://schema.org/Product"><span itemprop="name">From microdata</span>
        <span itemprop="description">Microdata text</span></div>
      <meta property="og:title" content="From OpenGraph"><meta property="og:description" content="OG text">
      <meta property="product:price:amount" content="40"><meta property="product:price:currency" content="EUR">
      <h1>From the h1</h1>`,
      url,
    );
    const { ad } = extractAd(doc, url);
    expect(ad).toMatchObject({
      title: 'From JSON-LD',
      description: 'Microdata text',
      price: { amount: 40, currency: 'EUR' },
    });
    expect(ad.sources).toEqual({ title: 'json-ld', description: 'microdata', price: 'opengraph' });
  });

  it('takes each field from the most trusted source that has it, and records its confidence', () => {
    const doc = parseHtml(
      `
      <div itemscope itemtype="https://schema.org/Product"><span itemprop="name">From microdata</span>
        <span itemprop="description">Microdata text</span></div>
      <meta property="og:title" content="From OpenGraph"><meta property="og:description" content="OG text">
      <h1>From the h1</h1>`,
      url,
    );
    const { ad } = extractAd(doc, url);
    expect(ad).toMatchObject({ title: 'From microdata', description: 'Microdata text' });
    expect(ad.sources).toEqual({ title: 'microdata', description: 'microdata' });
    expect(ad.confidence).toEqual({ title: 0.88, description: 0.85 });
  });

  it('falls back to the h1 and meta description on a plain page', () => {
    const result = extractAd(
      parseHtml('<title>Shop</title><meta name="description" content="WTB tokay gecko"><h1>Gecko</h1>', url),
      url,
    );
    expect(result).toMatchObject({
      ad: { title: 'Gecko', description: 'WTB tokay gecko', sources: { title: 'visible', description: 'fallback' } },
      canonicalUrl: 'https://reptiles.example/ads/77',
      platform: { id: 'reptiles.example', name: 'reptiles.example', host: 'reptiles.example' },
      intent: 'wanted',
    });
  });

  it('caps titles, descriptions and images', () => {
    const images = Array.from({ length: 40 }, (_, index) => `"https://img.example/${index}.jpg"`).join(',');
    const doc = parseHtml(
      `<script type="application/ld+json">{"@type": "Product", "name": "${'T'.repeat(5_000)}",
      "description": "${'word '.repeat(3_000)}", "image": [${images}]}</script>`,
      url,
    );
    const { ad } = extractAd(doc, url);
    expect(ad.title!.length).toBeLessThanOrEqual(300);
    expect(ad.description!.length).toBeLessThanOrEqual(1_000);
    expect(ad.imageUrls).toHaveLength(20);
  });

  it('reads paperwork claims beyond the stored description excerpt, with the claim and its words', () => {
    const doc = parseHtml(
      `<meta name="description" content="${'Lovely tortoise. '.repeat(80)} With CITES certificate.">`,
      url,
    );
    const result = extractAd(doc, url);
    expect(result.paperwork).toBe('CITES certificate');
    expect(result.ad.paperworkClaim).toEqual({ claim: 'permit', phrase: 'CITES certificate' });
  });

  it('records that an ad says nothing about papers', () => {
    expect(extractAd(parseHtml('<h1>Tortoise</h1>', url), url).ad.paperworkClaim).toEqual({ claim: 'silent' });
  });

  it('derives trade codes from the dictionary’s trade terms', () => {
    const doc = parseHtml('<h1>Carved rhino horn libation cup</h1>', url);
    expect(extractAd(doc, url).tradeTerms).toEqual(['HOC']);
  });

  it('never invents a price: a malformed currency and a non-finite amount on a .de page give none', () => {
    const page = 'https://tiere.example.de/anzeige/77';
    const doc = parseHtml(
      `<script type="application/ld+json">{"@type": "Product", "name": "Elfenbein", "offers": {"price": -1e309, "priceCurrency": "E U R"}}</script>
      <div itemscope itemtype="https://schema.org/Product"><meta itemprop="price" content="-1e309"><meta itemprop="priceCurrency" content="€€"></div>
      <meta property="product:price:amount" content="-1e309"><h1>Elfenbein</h1>`,
      page,
    );
    expect(extractAd(doc, page).ad.price).toBeUndefined();
  });

  it('infers a currency from the domain only for an amount shown without one, and marks it', () => {
    const page = 'https://tiere.example.de/anzeige/77';
    const doc = parseHtml('<h1>Graupapagei</h1><div class="price">450</div>', page);
    expect(extractAd(doc, page).ad.price).toEqual({ amount: 450, currency: 'EUR', currencyInferred: true });
  });

  it('counts relative posting dates back from the capture time and keeps the page’s words', () => {
    const doc = parseHtml('<h1>Graupapagei</h1><p>80 €</p><ul><li>Eingestellt: vor 2 Tagen</li></ul>', url);
    const { ad } = extractAd(doc, url, { now: new Date(2026, 2, 12, 12) });
    expect(ad).toMatchObject({ postedAt: '2026-03-10', postedText: 'vor 2 Tagen' });
  });

  it('never throws on hostile markup and still returns a valid record', () => {
    const doc = parseHtml(
      `
      <script type="application/ld+json">{{{{ not json</script>
      <script type="application/ld+json">null</script>
      <script type="application/ld+json">{"@type": "Product", "name": null, "offers": {"price": "NaN", "priceCurrency": "€€€"}, "image": {"url": "javascript:alert(1)"}}</script>
      <div itemscope itemtype="https://schema.org/Product"><span itemprop="price" content="-3"></span><img itemprop="image" src="ftp://x/y.jpg"></div>
      <meta property="og:image" content="http://[bad">
      <link rel="canonical" href="http://[bad">`,
      url,
    );
    const result = extractAd(doc, url);
    expect(ExtractedAdSchema.safeParse(result).success).toBe(true);
    expect(result.ad).toEqual({ imageUrls: [], sources: {}, paperworkClaim: { claim: 'silent' } });
  });

  it('reads the ad at the top of a huge page: 30,000 elements, a 2 MB text node, 2,000 links and deep nesting', () => {
    const cards = Array.from(
      { length: 2_000 },
      (_, n) => `<li><a href="/ad/${n}"><span>Ad ${n}</span> <span class="price">${n} €</span></a></li>`,
    ).join('');
    const filler = '<div><span>x</span><span>y</span></div>'.repeat(8_000);
    const deep = `${'<div>'.repeat(2_000)}deep${'</div>'.repeat(2_000)}`;
    const doc = parseHtml(
      `<h1>Graupapagei</h1><p class="price">450 €</p><dl><dt>Verkäufer</dt><dd>Hans</dd></dl>
       <p>${'Elfenbein '.repeat(200_000)}</p>${deep}<ul>${cards}</ul>${filler}`,
      'https://tiere.example.de/anzeige/77',
    );
    const started = performance.now();
    const result = extractAd(doc, 'https://tiere.example.de/anzeige/77');
    console.info(`huge page read in ${Math.round(performance.now() - started)} ms (jsdom)`);
    expect(result.ad).toMatchObject({
      title: 'Graupapagei',
      price: { amount: 450, currency: 'EUR' },
      seller: { name: 'Hans' },
    });
    expect(ExtractedAdSchema.safeParse(result).success).toBe(true);
  }, 120_000);

  it('strips a trailing site name from titles only when it is the site', () => {
    expect(withoutSiteName('Puma RS-Dreamer Size 10.0 | eBay', ['eBay'])).toBe('Puma RS-Dreamer Size 10.0');
    expect(withoutSiteName('Grey parrot - Kleinanzeigen.de', ['Kleinanzeigen'])).toBe('Grey parrot');
    expect(withoutSiteName('RS-Dreamer - Red', ['eBay'])).toBe('RS-Dreamer - Red');
  });
});
