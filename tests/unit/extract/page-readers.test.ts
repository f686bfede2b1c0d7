import { describe, expect, it } from 'vitest';
import { extractAd } from '@/lib/extract';
import { listingIdFromUrl, sellerIdFromUrl } from '@/lib/extract/ids';
import { labelledValues } from '@/lib/extract/page/labelled';
import { labelIn } from '@/lib/extract/page/labels';
import { visiblePrices } from '@/lib/extract/page/visible-price';
import { platformSpecFor } from '@/lib/extract/platform';
import { parseHtml } from './dom';

const now = new Date(2026, 2, 12, 12, 0);
const read = (html: string, url = 'https://annonces.example.fr/annonce/12345678') =>
  extractAd(parseHtml(html, url), url, { now });

describe('labels', () => {
  it.each([
    ['Vendeur : Jean', 'seller', 'jean'],
    ['Verkäufer', 'seller', ''],
    ['Sprzedający', 'seller', ''],
    ['Продавец:', 'seller', ''],
    ['Säljare', 'seller', ''],
    ['Sold by Hans', 'seller', 'hans'],
    ['Anzeigennr.: 2690123456', 'listingId', '2690123456'],
    ['Annons-id: 1234567', 'listingId', '1234567'],
    ['Ad ID 1712345678', 'listingId', '1712345678'],
    ['Ref: 99812', 'listingId', '99812'],
    ['Dodane 2 godz. temu', 'postedAt', '2 godz. temu'],
    ['Standort', 'location', ''],
    ['Lokalizacja:', 'location', ''],
    ['Preis: 80 € VB', 'price', '80 € vb'],
  ])('%j labels %s', (text, field, rest) => {
    expect(labelIn(text)).toEqual({
      field,
      rest: expect.stringMatching(new RegExp(`^${rest.replace(/[.*+?()[\]\\]/g, '\\$&')}$`, 'i')),
    });
  });

  it.each([['Seller information'], ['Area personale'], ['Location services'], ['Ortsangabe fehlt']])(
    '%j is no label: a name or place after a label needs a colon',
    (text) => {
      expect(labelIn(text)?.field === 'seller' || labelIn(text)?.field === 'location').toBe(false);
    },
  );

  it('reads values beside their labels: dt/dd, th/td, sibling spans, inline text, a seller card', () => {
    const doc = parseHtml(`
      <dl><dt>Verkäufer</dt><dd><a href="/u/hans/42">Hans</a></dd><dt>Standort</dt><dd>10115 Berlin</dd></dl>
      <table><tr><th>Anzeigennr.</th><td>2690123456</td></tr></table>
      <p><strong>Publié :</strong> il y a 3 jours</p>
      <div><span>Cena:</span> <span>1 250 zł</span></div>
      <nav><span>Seller:</span> <span>Not this one</span></nav>`);
    expect(labelledValues(doc).map(({ field, text }) => [field, text])).toEqual([
      ['seller', 'Hans'],
      ['location', '10115 Berlin'],
      ['listingId', '2690123456'],
      ['postedAt', 'il y a 3 jours'],
      ['price', '1 250 zł'],
    ]);
  });
});

describe('visible prices', () => {
  it('prefers the price by the heading over shipping, struck-out and "similar ads" prices', () => {
    const doc = parseHtml(`
      <main><h1>Graupapagei</h1>
        <div><s class="old-price">1.900 €</s> <span class="price">1.800,- € VB</span></div>
        <div>Versand: 4,99 €</div></main>
      <section><a href="/ad/2"><span>Wellensittich</span> <span class="price">20 €</span></a></section>`);
    const [best] = visiblePrices(doc, [doc.querySelector('h1')!], { country: 'DE' });
    expect(best?.price).toEqual({ amount: 1800, currency: 'EUR' });
  });

  it('finds a price in a caption when the page shows none by itself', () => {
    const { ad } = read(
      '<h1>Python skin belt</h1><p>Real python skin belt, handmade, hand stitched. Price 180€, shipping to the EU extra.</p>',
    );
    expect(ad.price).toEqual({ amount: 180, currency: 'EUR' });
    expect(ad.sources.price).toBe('visible');
  });

  it('never takes the price of a "similar ads" teaser for a priceless ad', () => {
    const { ad } = read(`<h1>Perroquet gris</h1><p>Prix sur demande.</p>
      <section><h2>Annonces similaires</h2><a href="/annonce/2"><span>Canari</span> <span class="price">30 €</span></a></section>`);
    expect(ad.price).toBeUndefined();
  });

  it('reads no price on a page without one, and no currency either', () => {
    const { ad } = read('<h1>Perroquet gris</h1><p>Contactez-moi, 3 ans, très calme.</p>');
    expect(ad.price).toBeUndefined();
  });
});

describe('the generic reader on a page no platform data describes', () => {
  it('reads heading, price, labelled seller, place, id and a relative date, each with its source', () => {
    const { ad } = read(`
      <header><a href="/compte/profil/me">Mon compte</a></header>
      <h1>Perroquet gris du Gabon</h1><div class="prix">650 €</div>
      <ul><li>Vendeur : <a href="/profil/marc-d-77">Marc D.</a></li><li>Lieu : Lyon (69000)</li>
      <li>Réf. annonce : 301234567</li><li>Publiée il y a 4 jours</li></ul>`);
    expect(ad).toMatchObject({
      title: 'Perroquet gris du Gabon',
      price: { amount: 650, currency: 'EUR' },
      seller: { name: 'Marc D.', id: 'marc-d-77', profileUrl: 'https://annonces.example.fr/profil/marc-d-77' },
      location: 'Lyon (69000)',
      listingId: '301234567',
      postedAt: '2026-03-08',
      postedText: 'il y a 4 jours',
      sources: { title: 'visible', price: 'visible', seller: 'labelled', location: 'labelled', listingId: 'labelled' },
    });
    for (const field of Object.keys(ad.sources)) expect(ad.confidence?.[field], field).toBeGreaterThan(0);
  });

  it('prefers the page heading over a padded og:title', () => {
    const { ad } = read(
      '<meta property="og:title" content="Grey parrot cage for sale in Leeds, West Yorkshire | Gumtree"><h1>Grey parrot cage</h1><p class="price">£450</p>',
      'https://unknown-market.co.uk/p/birds/grey-parrot-cage/1459876543',
    );
    expect(ad.title).toBe('Grey parrot cage');
    expect(ad.listingId).toBe('1459876543');
  });

  it('does not take the researcher’s own account link for the seller', () => {
    const { ad } = read('<nav><a href="/user/researcher-1">My profile</a></nav><h1>Tortue</h1><p>80 €</p>');
    expect(ad.seller).toBeUndefined();
  });

  it('titles a social post by its first sentence when the page is titled with the account’s name', () => {
    const { ad } = read(
      `<meta property="og:title" content="Exotic Pets Moscow">
       <div class="post"><a class="owner_name" href="/exotic_pets">Exotic Pets Moscow</a>
       <div class="message_text">Продаю попугая жако, 2 года.<br>Цена 180 000 ₽.</div></div>`,
      'https://channel.example.ru/exotic_pets/1542',
    );
    expect(ad.title).toBe('Продаю попугая жако, 2 года.');
    expect(ad.price).toEqual({ amount: 180000, currency: 'RUB' });
  });
});

describe('ids in URLs', () => {
  it.each([
    ['https://www.vinted.fr/items/3456789012-perroquet', '3456789012'],
    ['https://www.facebook.com/marketplace/item/1234567890123456/', '1234567890123456'],
    ['https://www.etsy.com/listing/1234567890/python-belt', '1234567890'],
    ['https://shop.example/annonce/animaux/2345678901', '2345678901'],
    ['https://shop.example/ads/998877.html', '998877'],
    ['https://shop.example/perroquet-gris-301234567.htm', '301234567'],
    ['https://shop.example/view.php?id=4521', '4521'],
    ['https://shop.example/v/dieren/vogels/m2198877665-kooi', 'm2198877665'],
  ])('%s holds listing id %s', (url, id) => {
    expect(listingIdFromUrl(url)?.id).toBe(id);
  });

  it('reads a platform’s own shapes first', () => {
    expect(listingIdFromUrl('https://t.me/s/exoticpets_msk/1542', platformSpecFor('https://t.me/s/x/1'))).toEqual({
      id: 'exoticpets_msk/1542',
      byPlatform: true,
    });
  });

  it.each([
    ['https://shop.example/u/marco/13404114/', '13404114'],
    ['https://shop.example/user/0a1b2c3d/profile', '0a1b2c3d'],
    ['https://shop.example/member/12345678-sophie75', '12345678'],
    ['https://shop.example/user/juanp-987654321', '987654321'],
    ['https://shop.example/profile/account/8f3a2b1c', '8f3a2b1c'],
    ['https://shop.example/s-bestandsliste.html?userId=98765', '98765'],
    ['https://shop.example/userId,4567123/', '4567123'],
    ['https://shop.example/gebruiker/kees/', 'kees'],
    ['https://shop.example/uzytkownik/marek-krk', 'marek-krk'],
    ['https://shop.example/user/me', undefined],
    ['https://shop.example/ad/123456', undefined],
  ])('%s is seller %s', (url, id) => {
    expect(sellerIdFromUrl(url)).toBe(id);
  });
});
