import { describe, expect, it } from 'vitest';
import { ExtractedAdSchema, extractAd } from '@/lib/extract';
import { realPage } from './dom';

// Real saved marketplace pages (../shared/data/pages): the values below were read from the files.
// Parsing a 3 MB page in jsdom is slow on a busy machine; the timeout follows the work.
describe('extractAd on real pages', { timeout: 60_000 }, () => {
  it('reads the eBay.com item page (microdata, OpenGraph and the eBay platform data)', () => {
    const url = 'https://www.ebay.com/itm/403760625150?_trkparms=amclksrc%3DITM&hash=item5e02f0f1fe';
    const result = extractAd(realPage('ebay-com-item.html', url), url);
    expect(result.ad).toEqual({
      title: "Puma RS-Dreamer J. Cole Basketball Shoes Red 193990-16 Men's Size 10.0",
      description: "Puma RS-Dreamer J. Cole Basketball Shoes Red 193990-16 Men's Size 10.0.",
      price: { amount: 0.01, currency: 'USD' },
      seller: { name: 'itzm-43', id: 'itzm-43', profileUrl: 'https://www.ebay.com/usr/itzm-43' },
      location: 'South San Francisco, California, United States',
      listingId: '403760625150',
      imageUrls: [
        'https://i.ebayimg.com/images/g/4ggAAOSwpk1ioTWz/s-l500.jpg',
        'https://i.ebayimg.com/images/g/cEcAAOSwluBioTW0/s-l500.jpg',
      ],
      sources: {
        title: 'platform',
        description: 'opengraph',
        price: 'microdata',
        seller: 'platform',
        location: 'platform',
        listingId: 'url',
        imageUrls: 'platform',
      },
      confidence: {
        title: 0.9,
        description: 0.75,
        price: 0.92,
        seller: 0.9,
        location: 0.9,
        listingId: 0.93,
        imageUrls: 0.9,
      },
      paperworkClaim: { claim: 'silent' },
    });
    // The page's rel=canonical is the catalogue page /p/18052730566, shared by every seller of these shoes.
    expect(result).toMatchObject({
      canonicalUrl: 'https://www.ebay.com/itm/403760625150',
      platform: { id: 'ebay', host: 'www.ebay.com' },
      intent: 'selling',
    });
    expect(result.platform.country).toBeUndefined();
  });

  it('reads the Avito.ru search page (JSON-LD Product with an AggregateOffer)', () => {
    const url =
      'https://www.avito.ru/krasnodar/doma_dachi_kottedzhi/sdam/na_dlitelnyy_srok/bez_komissii-ASgBAgICA0SUA9IQoAjIVZ74DgI?context=H4sI';
    const result = extractAd(realPage('avito-ru-search.html', url), url);
    expect(result.ad).toMatchObject({
      title:
        'Снять дом, дачу, коттедж или таунхаус на длительный срок 🏡 в Краснодаре без комиссии | Аренда недвижимости',
      price: { amount: 10000, currency: 'RUB' },
      imageUrls: [
        'https://70.img.avito.st/image/1/1.2xl1sLa1d_BjEM3wT5v4XA0SdfDLG9XxexF18g.H0CGLqyw49U5kJPlE29E5jW6bjSvw9petkqCuwwWC4A',
      ],
      sources: { title: 'json-ld', description: 'json-ld', price: 'json-ld', imageUrls: 'microdata' },
    });
    expect(result.ad.description).toMatch(/^123 объявления об аренде домов/);
    expect(result).toMatchObject({
      canonicalUrl:
        'https://www.avito.ru/krasnodar/doma_dachi_kottedzhi/sdam/na_dlitelnyy_srok/bez_komissii-ASgBAgICA0SUA9IQoAjIVZ74DgI',
      platform: { id: 'avito', name: 'Avito', country: 'RU' },
    });
    expect(ExtractedAdSchema.safeParse(result).success).toBe(true);
  });

  it('reads the Marktplaats listing fragment (JSON-LD Product, Offer and ImageObjects)', () => {
    const url =
      'https://www.marktplaats.nl/v/computers-en-software/tekentablets/m2270379894-wacom-intuos-s-tekentablet-zgan?c=abc#gallery';
    const result = extractAd(realPage('marktplaats-nl-listing-fragment.html', url), url);
    expect(result.ad).toMatchObject({
      title: 'WACOM INTUOS S TEKENTABLET ZGAN',
      price: { amount: 59, currency: 'EUR' },
      seller: { name: 'Maarten' },
      listingId: 'm2270379894',
      sources: { title: 'json-ld', price: 'json-ld', seller: 'json-ld', listingId: 'url', imageUrls: 'json-ld' },
      // The seller is named only as the creator of the photos: a weaker reading.
      confidence: { seller: 0.75, listingId: 0.93 },
    });
    expect(result.ad.imageUrls).toHaveLength(9);
    expect(result.ad.imageUrls[0]).toBe(
      'https://images.marktplaats.com/api/v1/listing-mp-p/images/a5/a5ad34f1-ddcb-4e14-a426-2af5a878f1c5?rule=ecg_mp_eps$_86',
    );
    expect(result).toMatchObject({
      canonicalUrl:
        'https://www.marktplaats.nl/v/computers-en-software/tekentablets/m2270379894-wacom-intuos-s-tekentablet-zgan',
      platform: { id: 'marktplaats', country: 'NL' },
      intent: 'selling',
    });
  });

  it('reads the Marktplaats details fragment (the page state in window.__CONFIG__)', () => {
    const url =
      'https://www.marktplaats.nl/v/fietsen-en-brommers/fietsaccessoires-fietsmanden/m2409216529-gazelle-citygo-esprit-voordrager';
    const result = extractAd(realPage('marktplaats-nl-details-fragment.html', url), url);
    expect(result.ad).toEqual({
      title: 'Gazelle CityGo / Esprit Voordrager',
      price: { amount: 60, currency: 'EUR' },
      seller: { name: 'Marco', id: '13404114', profileUrl: 'https://www.marktplaats.nl/u/marco/13404114/' },
      location: "'s-Gravenhage",
      listingId: 'm2409216529',
      postedAt: '2026-06-10T11:52:24Z',
      imageUrls: [
        'https://images.marktplaats.com/api/v1/hz-mp-pro-listing/images/667a07cc-df3a-465f-8ed1-2ec994f8438c?rule=ecg_mp_eps$_86.jpg',
        'https://images.marktplaats.com/api/v1/hz-mp-pro-listing/images/63f96f09-7b53-477d-8726-f69db8983b5b?rule=ecg_mp_eps$_86.jpg',
      ],
      sources: {
        title: 'page-state',
        price: 'page-state',
        seller: 'page-state',
        location: 'page-state',
        listingId: 'page-state',
        postedAt: 'page-state',
        imageUrls: 'page-state',
      },
      confidence: {
        title: 0.95,
        price: 0.95,
        seller: 0.95,
        location: 0.9,
        listingId: 0.95,
        postedAt: 0.9,
        imageUrls: 0.9,
      },
      paperworkClaim: { claim: 'silent' },
    });
  });
});
