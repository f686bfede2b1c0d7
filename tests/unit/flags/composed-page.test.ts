// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composedPage } from '@/lib/flags/composed-page';
import { extractAd } from '@/lib/extract';

const shownAll = () => true;

function componentPage(): { roots: ShadowRoot[]; card: Element } {
  document.documentElement.setAttribute('lang', 'en');
  document.head.innerHTML = '<title>Bazaar: listing</title>';
  document.body.innerHTML =
    '<header><a href="/">Bazaar</a></header><listing-view><span slot="seller">Ivan Petrov</span>' +
    '<p>not slotted</p></listing-view>';
  const card = document.querySelector('listing-view')!;
  const root = card.attachShadow({ mode: 'open' });
  root.innerHTML =
    '<article><h1>Carved ivory bangle, old stock</h1><p>Price: € 320</p>' +
    '<p>Seller: <slot name="seller"></slot></p><p>Location: Leipzig, Germany</p></article>';
  return { roots: [root], card };
}

describe('a page composed for the ad reader', () => {
  it('puts each root in place of its host’s children, fills slots, and keeps the head and the html’s lang', () => {
    const { roots } = componentPage();
    const composed = composedPage(document, roots, shownAll)!;
    expect(composed.doc.title).toBe('Bazaar: listing');
    expect(composed.doc.documentElement.lang).toBe('en');
    expect(composed.doc.body.textContent).toBe(
      'BazaarCarved ivory bangle, old stockPrice: € 320Seller: Ivan PetrovLocation: Leipzig, Germany',
    );
  });

  it('lets the ad reader find the fields a web component shows', () => {
    const { roots } = componentPage();
    const { ad } = extractAd(composedPage(document, roots, shownAll)!.doc, 'https://bazaar.example/item/1');
    expect(ad.title).toBe('Carved ivory bangle, old stock');
    expect(ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(ad.seller?.name).toBe('Ivan Petrov');
    expect(ad.location).toBe('Leipzig, Germany');
  });

  it('leaves out text the reader is not shown, and carries drawn words to the copies', () => {
    const { roots, card } = componentPage();
    const drawn = new Map([[card, { before: '', after: ' (verified)' }]]);
    const composed = composedPage(document, roots, (node) => !node.data.includes('Location'), drawn)!;
    expect(composed.doc.body.textContent).not.toContain('Leipzig');
    expect([...composed.drawn.values()]).toEqual([{ before: '', after: ' (verified)' }]);
    expect([...composed.drawn.keys()][0]!.localName).toBe('listing-view');
  });
});
