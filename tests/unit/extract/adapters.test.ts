import { describe, expect, it } from 'vitest';
import { extractAd } from '@/lib/extract';
import { fixturePage } from './dom';

describe("platform adapters (fixtures mirroring each marketplace's markup)", () => {
  it('reads a Kleinanzeigen ad', () => {
    const url =
      'https://www.kleinanzeigen.de/s-anzeige/griechische-landschildkroeten/2690123456-243-3331?utm_source=mail';
    const result = extractAd(fixturePage('kleinanzeigen-ad.html', url), url);
    expect(result.ad).toEqual({
      title: 'Griechische Landschildkröten DNZ 2023',
      description: 'Verkaufe zwei Testudo hermanni, eigene Nachzucht, mit Zuchtbescheinigung.',
      price: { amount: 80, currency: 'EUR' },
      seller: {
        name: 'Schildi-Freund',
        id: '98765',
        profileUrl: 'https://www.kleinanzeigen.de/s-bestandsliste.html?userId=98765',
      },
      location: '10115 Berlin - Mitte',
      listingId: '2690123456',
      postedAt: '2024-03-12',
      imageUrls: [
        'https://img.kleinanzeigen.de/api/v1/prod-ads/images/aa/aa11?rule=$_59.JPG',
        'https://img.kleinanzeigen.de/api/v1/prod-ads/images/bb/bb22?rule=$_59.JPG',
      ],
      sources: {
        title: 'adapter',
        description: 'adapter',
        price: 'adapter',
        seller: 'adapter',
        location: 'adapter',
        listingId: 'adapter',
        postedAt: 'adapter',
        imageUrls: 'adapter',
      },
    });
    expect(result.canonicalUrl).toBe(
      'https://www.kleinanzeigen.de/s-anzeige/griechische-landschildkroeten/2690123456-243-3331',
    );
    expect(result).toMatchObject({ intent: 'selling', paperwork: 'breeding certificate; captive bred' });
  });

  it('reads a Leboncoin ad', () => {
    const url = 'https://www.leboncoin.fr/ad/animaux/2712345678';
    const result = extractAd(fixturePage('leboncoin-ad.html', url), url);
    expect(result.ad).toMatchObject({
      title: "Tortue d'Hermann née en captivité",
      price: { amount: 150, currency: 'EUR' },
      seller: { name: 'Jean', id: 'abc-123-def', profileUrl: 'https://www.leboncoin.fr/profil/abc-123-def' },
      location: 'Montpellier 34000',
      listingId: '2712345678',
      imageUrls: [
        'https://img.leboncoin.fr/api/v1/lbcpb1/images/12/34/ab.jpg?rule=ad-large',
        'https://img.leboncoin.fr/api/v1/lbcpb1/images/56/78/cd.jpg?rule=ad-large',
      ],
    });
    expect(result).toMatchObject({
      intent: 'selling',
      paperwork: 'Article 10 certificate; captive bred',
      platform: { id: 'leboncoin', country: 'FR' },
    });
  });

  it('reads an Avito item page', () => {
    const url = 'https://www.avito.ru/moskva/ptitsy/popugay_zhako_4012345678?context=H4sI';
    const result = extractAd(fixturePage('avito-item.html', url), url);
    expect(result.ad).toMatchObject({
      title: 'Попугай жако, с документами',
      price: { amount: 85000, currency: 'RUB' },
      seller: { name: 'Ирина', id: '0a1b2c3d', profileUrl: 'https://www.avito.ru/user/0a1b2c3d/profile?src=item' },
      location: 'Москва, Тверская ул., 1',
      listingId: '4012345678',
      imageUrls: ['https://00.img.avito.st/image/1/1.aaaa.bbbb', 'https://00.img.avito.st/image/1/1.cccc.dddd'],
    });
    expect(result.canonicalUrl).toBe('https://www.avito.ru/moskva/ptitsy/popugay_zhako_4012345678');
    expect(result).toMatchObject({ intent: 'selling', paperwork: 'CITES certificate' });
  });

  it("reads eBay's current layout and recognises the item by its number", () => {
    const url = 'https://www.ebay.co.uk/itm/antique-netsuke/186012345678?_trkparms=x&hash=item2b';
    const result = extractAd(fixturePage('ebay-new-layout.html', url), url);
    expect(result.ad).toMatchObject({
      title: 'Antique carved ivory netsuke, pre-1947',
      price: { amount: 350, currency: 'GBP' },
      seller: { name: 'orientalantiques', profileUrl: 'https://www.ebay.co.uk/str/orientalantiques' },
      location: 'Bath, United Kingdom',
      listingId: '186012345678',
      imageUrls: ['https://i.ebayimg.com/images/g/AAAA/s-l500.jpg', 'https://i.ebayimg.com/images/g/BBBB/s-l500.jpg'],
    });
    expect(result).toMatchObject({
      canonicalUrl: 'https://www.ebay.co.uk/itm/186012345678',
      paperwork: 'pre-1947',
      tradeTerms: ['IVC'],
    });
  });
});
