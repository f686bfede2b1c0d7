import { describe, expect, it } from 'vitest';
import { canonicalUrl, extractAd, readCanonical } from '@/lib/extract';
import { cleanUrl } from '@/lib/extract/canonical-url';
import { sameSite } from '@/lib/extract/site';
import { parseHtml } from './dom';

describe('cleanUrl', () => {
  it.each([
    ['https://shop.example/ad?id=7&utm_source=x&utm_medium=y#photos', 'https://shop.example/ad?id=7'],
    ['https://shop.example/ad?gclid=1&fbclid=2&mc_cid=3&mc_eid=4&_ga=5&ref=home', 'https://shop.example/ad'],
    ['https://shop.example/view?item=9&campaign_id=4&b=2&a=1', 'https://shop.example/view?a=1&b=2&item=9'],
    [
      'https://www.ebay.com/itm/403760625150?_trkparms=x&_trksid=p1&hash=item5e&var=7',
      'https://www.ebay.com/itm/403760625150?var=7',
    ],
    [
      'https://www.avito.ru/moskva/ptitsy/zhako_123456789?context=H4sIAAAA',
      'https://www.avito.ru/moskva/ptitsy/zhako_123456789',
    ],
    ['https://www.etsy.com/listing/123/x?click_key=a&click_sum=b&ref=c&pro=1', 'https://www.etsy.com/listing/123/x'],
    [
      'https://www.facebook.com/marketplace/item/123/?ref=search&referral_code=x&tracking=y',
      'https://www.facebook.com/marketplace/item/123/',
    ],
    [
      'https://www.finn.no/bap/forsale/ad.html?finnkode=123&utm_campaign=z',
      'https://www.finn.no/bap/forsale/ad.html?finnkode=123',
    ],
    ['HTTPS://WWW.Shop.Example:443/Ad', 'https://www.shop.example/Ad'],
  ])('%s → %s', (url, expected) => {
    expect(cleanUrl(url)).toBe(expected);
  });
});

describe('canonicalUrl', () => {
  const withCanonical = (href: string) => parseHtml(`<link rel="canonical" href="${href}">`);

  it.each([
    ['an absolute same-site link', 'https://shop.example/ad/1', 'https://shop.example/ad/1'],
    ['a relative link, resolved', '/ad/1?utm_source=x', 'https://shop.example/ad/1'],
    ['a link to another subdomain of the same site', 'https://m.shop.example/ad/1', 'https://m.shop.example/ad/1'],
  ])('uses %s', (_label, href, expected) => {
    expect(canonicalUrl(withCanonical(href), 'https://shop.example/ad/1?utm_medium=mail')).toBe(expected);
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['the home page', 'https://shop.example/'],
  ])('ignores a link to %s', (_label, href) => {
    expect(readCanonical(withCanonical(href), 'https://shop.example/ad/1?utm_medium=mail#top')).toEqual({
      canonicalUrl: 'https://shop.example/ad/1',
    });
  });

  it('keeps the parameter that identifies the ad when there is no link', () => {
    expect(canonicalUrl(parseHtml('<p>ad</p>'), 'https://shop.example/view.php?id=42&utm_source=x')).toBe(
      'https://shop.example/view.php?id=42',
    );
  });

  it('uses the eBay item URL, not the catalogue page eBay declares canonical', () => {
    const doc = withCanonical('https://www.ebay.de/p/18052730566');
    expect(canonicalUrl(doc, 'https://www.ebay.de/itm/puma-shoes/403760625150?hash=item1', '403760625150')).toBe(
      'https://www.ebay.de/itm/403760625150',
    );
  });
});

describe('canonical URLs are trusted only on the page’s own registrable domain (Public Suffix List)', () => {
  it.each([
    ['github.io', 'https://seller-a.github.io/shop/ivory-cup', 'https://seller-b.github.io/shop/cups'],
    [
      'blogspot.com',
      'https://ivory-antiques.blogspot.com/2026/03/netsuke.html',
      'https://bird-shop.blogspot.com/p/cages.html',
    ],
    ['co.uk', 'https://www.antiques-a.co.uk/item/7', 'https://www.antiques-b.co.uk/item/7'],
    ['another site altogether', 'https://reptiles.example/ads/77', 'https://www.ebay.com/itm/186012345678'],
  ])(
    'on %s, a canonical on another site files the flag under the page URL and is kept as a claim',
    (_suffix, page, claimed) => {
      const doc = parseHtml(`<link rel="canonical" href="${claimed}"><h1>Ivory cup</h1>`, page);
      expect(readCanonical(doc, page)).toEqual({ canonicalUrl: page, claimedCanonical: claimed });
      const { canonicalUrl: filed, ad } = extractAd(doc, page);
      expect(filed).toBe(page);
      expect(ad.claimedCanonical).toBe(claimed);
    },
  );

  it.each([
    ['github.io', 'https://seller-a.github.io/shop/ivory-cup?ref=x', 'https://seller-a.github.io/shop/ivory-cup'],
    [
      'blogspot.com',
      'https://ivory-antiques.blogspot.com/2026/03/netsuke.html?m=1',
      'https://ivory-antiques.blogspot.com/2026/03/netsuke.html',
    ],
    ['co.uk', 'https://m.antiques-a.co.uk/item/7?src=app', 'https://www.antiques-a.co.uk/item/7'],
  ])('on %s, a canonical on the same site files the flag and is no claim', (_suffix, page, canonical) => {
    const doc = parseHtml(`<link rel="canonical" href="${canonical}">`, page);
    expect(readCanonical(doc, page)).toEqual({ canonicalUrl: canonical });
    expect(extractAd(doc, page).ad.claimedCanonical).toBeUndefined();
  });

  it.each([
    ['https://seller-a.github.io/x', 'https://seller-b.github.io/x', false],
    ['https://a.blogspot.com/x', 'https://b.blogspot.com/x', false],
    ['https://www.ebay.co.uk/x', 'https://m.ebay.co.uk/x', true],
    ['https://shop.co.uk/x', 'https://other.co.uk/x', false],
    ['http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/b', true],
    ['http://127.0.0.1/a', 'http://localhost/a', false],
  ])('sameSite(%s, %s) is %s', (a, b, same) => {
    expect(sameSite(a, b)).toBe(same);
  });
});

describe('what a page says about where it is, against where it is (forge16)', () => {
  const page = 'https://reptiles.example/ads/77';

  it('keeps an og:url on another site as the page’s claim, filing the flag under the page URL', () => {
    const claimed = 'https://www.ebay.com/itm/186012345678';
    const doc = parseHtml(`<meta property="og:url" content="${claimed}?utm_source=share"><h1>Python</h1>`, page);
    expect(readCanonical(doc, page)).toEqual({ canonicalUrl: page, claimedCanonical: claimed });
    expect(extractAd(doc, page)).toMatchObject({ canonicalUrl: page, ad: { claimedCanonical: claimed } });
  });

  it('makes no claim of an og:url on the page’s own site', () => {
    const doc = parseHtml('<meta property="og:url" content="https://m.reptiles.example/ads/77">', page);
    expect(readCanonical(doc, page)).toEqual({ canonicalUrl: page });
  });

  it('keeps an off-site rel=canonical as the claim before an off-site og:url', () => {
    const doc = parseHtml(
      '<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">',
      page,
    );
    expect(readCanonical(doc, page).claimedCanonical).toBe('https://a.example/x');
  });

  it('keeps an off-site og:url as the claim beside a trusted rel=canonical', () => {
    const doc = parseHtml(
      '<link rel="canonical" href="https://reptiles.example/ads/77"><meta property="og:url" content="https://b.example/y">',
      `${page}?ref=x`,
    );
    expect(readCanonical(doc, `${page}?ref=x`)).toEqual({
      canonicalUrl: page,
      claimedCanonical: 'https://b.example/y',
    });
  });

  it('resolves relative links against the page, never a <base href> the page points elsewhere', () => {
    const doc = parseHtml(
      `<base href="https://elsewhere.example/shop/">
       <link rel="canonical" href="/ads/77">
       <meta property="og:image" content="/img/77.jpg">
       <script type="application/ld+json">{"@type":"Product","name":"Ball python, captive bred","offers":{"@type":"Offer",
         "price":"120","priceCurrency":"EUR","seller":{"@type":"Person","name":"Hans","url":"/users/hans"}}}</script>`,
      page,
    );
    expect(doc.baseURI).toBe('https://elsewhere.example/shop/');
    const { canonicalUrl, ad } = extractAd(doc, page);
    expect(canonicalUrl).toBe(page);
    expect(ad.claimedCanonical).toBeUndefined();
    expect(ad.imageUrls).toEqual(['https://reptiles.example/img/77.jpg']);
    expect(ad.seller).toMatchObject({ name: 'Hans', profileUrl: 'https://reptiles.example/users/hans' });
  });
});
