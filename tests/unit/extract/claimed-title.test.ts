import { describe, expect, it } from 'vitest';
import { extractAd } from '@/lib/extract';
import { contradicts } from '@/lib/extract/title';
import { parseHtml } from './dom';

/*
 * A page whose structured data names another ad than the heading it shows (forge17): a seller showing "Carved
 * ivory tusk" while the JSON-LD, microdata or og:title says "Resin figurine" would file a flag titled as the
 * harmless thing. The flag's title is the heading the researcher saw; the other title is kept as the page's claim.
 */

const page = 'https://antiques.example/item/7';
const body = '<main><h1>Carved ivory tusk, 1950s</h1><p class="price">€ 450</p><p>Heavy, old, from Africa.</p></main>';

describe('a structured title that contradicts the shown heading', () => {
  it.each([
    [
      'JSON-LD',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",' +
        '"name":"Resin figurine, hand painted","offers":{"@type":"Offer","price":"450","priceCurrency":"EUR"}}</script>',
    ],
    ['OpenGraph', '<meta property="og:title" content="Resin figurine, hand painted">'],
    [
      'microdata',
      '<div itemscope itemtype="https://schema.org/Product"><meta itemprop="name" content="Resin figurine, hand painted">' +
        '</div>',
    ],
  ])('from %s: the flag keeps the shown heading as its title and the other as the claim', (_source, head) => {
    const { ad } = extractAd(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, page), page);
    expect(ad.title).toBe('Carved ivory tusk, 1950s');
    expect(ad.sources.title).toBe('visible');
    expect(ad.claimedTitle).toBe('Resin figurine, hand painted');
  });

  it('keeps a structured title that says the same as the heading, padded or cut, with no claim', () => {
    const head = '<meta property="og:title" content="Carved ivory tusk, 1950s for sale in Lyon">';
    const { ad } = extractAd(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, page), page);
    expect(ad.title).toBe('Carved ivory tusk, 1950s');
    expect(ad.claimedTitle).toBeUndefined();

    const jsonLd =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",' +
      '"name":"Ivory tusk (carved)"}</script>';
    const same = extractAd(parseHtml(`<html><head>${jsonLd}</head><body>${body}</body></html>`, page), page).ad;
    expect(same.title).toBe('Ivory tusk (carved)');
    expect(same.claimedTitle).toBeUndefined();
  });

  it('makes no claim when the page shows no heading', () => {
    const head = '<meta property="og:title" content="Resin figurine, hand painted">';
    const { ad } = extractAd(parseHtml(`<html><head>${head}</head><body><p>€ 450</p></body></html>`, page), page);
    expect(ad.title).toBe('Resin figurine, hand painted');
    expect(ad.claimedTitle).toBeUndefined();
  });

  it.each([
    ['Resin figurine', 'Carved ivory tusk', true],
    ['Grey parrot for sale in Leeds', 'Grey parrot', false],
    ['Graupapagei, handzahm', 'GRAUPAPAGEI handzahm 2 Jahre', false],
    ['', 'Grey parrot', false],
  ])('contradicts(%s, %s) is %s', (one, other, expected) => {
    expect(contradicts(one, other)).toBe(expected);
  });
});
