import { describe, expect, it } from 'vitest';
import { detectPlatform } from '@/lib/extract';

describe('detectPlatform', () => {
  it.each([
    ['https://www.ebay.com/itm/403760625150', 'ebay', undefined],
    ['https://www.ebay.de/itm/1', 'ebay', 'DE'],
    ['https://www.ebay.co.uk/itm/1', 'ebay', 'GB'],
    ['https://www.ebay.com.au/itm/1', 'ebay', 'AU'],
    ['https://www.kleinanzeigen.de/s-anzeige/x/1-2-3', 'kleinanzeigen', 'DE'],
    ['https://www.ebay-kleinanzeigen.de/s-anzeige/x/1-2-3', 'kleinanzeigen', 'DE'],
    ['https://www.leboncoin.fr/ad/animaux/2345678901', 'leboncoin', 'FR'],
    ['https://www.marktplaats.nl/v/a/b/m123456-x', 'marktplaats', 'NL'],
    ['https://www.2dehands.be/v/a/b/m123456-x', '2dehands', 'BE'],
    ['https://www.2ememain.be/v/a/b/m123456-x', '2dehands', 'BE'],
    ['https://www.avito.ru/moskva/ptitsy/x_123456789', 'avito', 'RU'],
    ['https://www.gumtree.com/p/pets/x/123', 'gumtree', undefined],
    ['https://www.gumtree.com.au/s-ad/x/123', 'gumtree', 'AU'],
    ['https://www.etsy.com/listing/123/x', 'etsy', undefined],
    ['https://www.facebook.com/marketplace/item/123456/', 'facebook-marketplace', undefined],
    ['https://www.vinted.fr/items/123-x', 'vinted', 'FR'],
    ['https://www.catawiki.com/en/l/123-x', 'catawiki', undefined],
    ['https://www.subito.it/animali/x-123.htm', 'subito', 'IT'],
    ['https://es.wallapop.com/item/x-123', 'wallapop', undefined],
    ['https://allegro.pl/oferta/x-123', 'allegro', 'PL'],
    ['https://www.olx.pl/d/oferta/x-ID123.html', 'olx', 'PL'],
    ['https://www.olx.ua/d/uk/obyavlenie/x-ID123.html', 'olx', 'UA'],
    ['https://www.olx.com.br/x/123', 'olx', 'BR'],
    ['https://www.willhaben.at/iad/kaufen-und-verkaufen/d/x-123/', 'willhaben', 'AT'],
    ['https://sfbay.craigslist.org/sfc/zip/d/x/123.html', 'craigslist', undefined],
    ['https://www.mercari.com/us/item/m123/', 'mercari', undefined],
    ['https://www.milanuncios.com/x/y-123.htm', 'milanuncios', undefined],
    ['https://www.tori.fi/x/123', 'tori', 'FI'],
    ['https://www.dba.dk/x/id-123/', 'dba', 'DK'],
    ['https://www.blocket.se/annons/x/123', 'blocket', 'SE'],
    ['https://www.finn.no/bap/forsale/ad.html?finnkode=123', 'finn', 'NO'],
    ['https://www.jofogas.hu/x/y_123.htm', 'jofogas', 'HU'],
    ['https://zvierata.bazos.sk/inzerat/123/x.php', 'bazos', 'SK'],
    ['https://www.anibis.ch/de/d-x--123', 'anibis', 'CH'],
    ['https://www.tutti.ch/de/vi/x/123', 'tutti', 'CH'],
    ['https://www.ricardo.ch/de/a/x-123/', 'ricardo', 'CH'],
  ])('%s is %s (%s)', (url, id, country) => {
    const platform = detectPlatform(url);
    expect(platform.id).toBe(id);
    expect(platform.country).toBe(country);
  });

  it.each([
    ['https://www.facebook.com/groups/123', 'facebook.com', undefined],
    ['https://reptile-shop.co.uk/geckos/1', 'reptile-shop.co.uk', 'GB'],
    ['https://exotic.example.com/ad', 'exotic.example.com', undefined],
    ['https://birds.io/ad', 'birds.io', undefined],
    ['http://127.0.0.1:8080/ad', '127.0.0.1', undefined],
  ])('names an unknown site %s by its host', (url, id, country) => {
    expect(detectPlatform(url)).toEqual({ id, name: id, host: new URL(url).hostname, ...(country ? { country } : {}) });
  });

  it('never throws on a malformed URL', () => {
    expect(detectPlatform('not a url').id).toBe('unknown');
  });
});
