import { describe, expect, it } from 'vitest';
import { extractAd } from '@/lib/extract';
import type { DrawnText } from '@/lib/extract/text';
import { parseHtml } from './dom';

// The page reader passes the words the page's style sheets draw (lib/flags/drawn-text.ts) as `drawn`; jsdom draws no
// ::before or ::after, so here the map says what a sheet would. tests/e2e/reliability/hostile-capture.test.ts proves
// the browser's reading of them.

const url = 'https://shop.example/ad/1';
/** The words each element matching a selector draws: what `.amount::after { content: attr(data-v) " EUR" }` does. */
function drawing(doc: Document, boxes: Record<string, { before?: string; after?: string }>): DrawnText {
  const drawn = new Map<Element, { before: string; after: string }>();
  for (const element of doc.querySelectorAll(Object.keys(boxes).join(','))) {
    const [, words] = Object.entries(boxes).find(([selector]) => element.matches(selector))!;
    drawn.set(element, { before: words.before ?? '', after: words.after ?? '' });
  }
  return drawn;
}

describe('extractAd with the words a style sheet draws', () => {
  it('reads a price drawn in an empty box after its label, over a price the markup gives', () => {
    const doc = parseHtml(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Carved bangle",
      "offers":{"@type":"Offer","price":"5","priceCurrency":"EUR"}}</script>
      <h1>Carved bangle, old stock</h1><p>Price: <span class="amount" data-v="320"></span></p>`,
      url,
    );
    const drawn = drawing(doc, { '.amount': { after: '320 EUR' } });
    const { ad } = extractAd(doc, url, { drawn });
    expect(ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(ad.disputed?.price).toEqual({ source: 'json-ld', value: '5 EUR' });
    // Without the drawn words only the markup's price is there to read.
    expect(extractAd(doc, url).ad.price).toEqual({ amount: 5, currency: 'EUR' });
  }, 60_000);

  it('reads a currency drawn after the amount and a seller drawn before nothing, each in its place', () => {
    const doc = parseHtml(
      `<h1>Young grey parrot</h1><div class="price"><span class="amount">1 250</span></div>
      <dl><dt>Seller</dt><dd><span class="who"></span></dd><dt>Location</dt><dd>Lyon</dd></dl>`,
      url,
    );
    const drawn = drawing(doc, { '.amount': { after: ' €' }, '.who': { before: 'Ivan Petrov' } });
    const { ad } = extractAd(doc, url, { drawn });
    expect(ad.price).toEqual({ amount: 1250, currency: 'EUR' });
    expect(ad.seller?.name).toBe('Ivan Petrov');
    expect(ad.location).toBe('Lyon');
    expect(extractAd(doc, url).ad.seller?.name).not.toBe('Ivan Petrov');
  }, 60_000);

  it('reads drawn words in the element’s order: ::before, its text, ::after', () => {
    const doc = parseHtml(`<h1 class="title">bangle</h1><p class="price"><b class="cur"></b><span>320</span></p>`, url);
    const drawn = drawing(doc, { '.title': { before: 'Carved ', after: ', old stock' }, '.cur': { before: '€ ' } });
    const { ad } = extractAd(doc, url, { drawn });
    expect(ad.title).toBe('Carved bangle, old stock');
    expect(ad.price).toEqual({ amount: 320, currency: 'EUR' });
  }, 60_000);
});
