import { describe, expect, it } from 'vitest';
import { unshownFields } from '@/lib/flags/unshown-fields';
import { createFlagService } from '@/lib/flags/service';
import type { AdFields } from '@/lib/records/flag';
import { captureOf, freshDb, steppingClock } from './support';

const markupAd = (fields: Partial<AdFields>): AdFields => ({
  imageUrls: [],
  sources: { price: 'json-ld', seller: 'json-ld', location: 'opengraph' },
  ...fields,
});

describe('unshownFields', () => {
  it('marks a markup price no shown text states (a price shown in an image)', () => {
    const ad = markupAd({ price: { amount: 5, currency: 'EUR' } });
    expect(unshownFields(ad, 'Carved ivory bangle\nPrice:\nSeller: Ivan Petrov')).toEqual(['price']);
  });

  it('finds the amount however the page groups its thousands and writes its cents', () => {
    const ad = markupAd({ price: { amount: 1200.5, currency: 'EUR' } });
    for (const shown of ['Price: 1 200,50 €', 'Price: 1,200.50 EUR', 'Price: 1200 €', 'Preis: 1.200,50 €'])
      expect(unshownFields(ad, shown)).toEqual([]);
  });

  it('does not take a number holding the amount for it', () => {
    const ad = markupAd({ price: { amount: 320, currency: 'EUR' } });
    expect(unshownFields(ad, 'Price: 1320 € or 3205 €, lot 1,320')).toEqual(['price']);
  });

  it('marks a markup seller and location no shown text names, as whole words', () => {
    const ad = markupAd({ seller: { name: 'Ivan Petrov' }, location: 'Lyon' });
    expect(unshownFields(ad, 'Seller: Ivan Petrovich, Lyonnais')).toEqual(['seller', 'location']);
    expect(unshownFields(ad, 'Seller: IVAN  PETROV (Lyon)')).toEqual([]);
  });

  it('leaves fields a reader of the shown page read alone', () => {
    const ad = markupAd({ price: { amount: 5, currency: 'EUR' }, sources: { price: 'visible' } });
    expect(unshownFields(ad, 'nothing')).toEqual([]);
  });
});

describe('a flag’s edit and ad.unshown', () => {
  it('a field the researcher corrects is no longer the markup’s unshown claim', async () => {
    const flags = createFlagService(await freshDb(), steppingClock());
    const ad = markupAd({ price: { amount: 5, currency: 'EUR' }, seller: { name: 'X' }, unshown: ['price', 'seller'] });
    const { flag } = await flags.record(await captureOf('https://shop.example/ad/1', { ad }), 'ask');
    expect(flag.ad.unshown).toEqual(['price', 'seller']);
    const edited = await flags.edit(flag.id, { ad: { price: { amount: 320, currency: 'EUR' } } }, 'r1');
    expect(edited.ad.unshown).toEqual(['seller']);
    const again = await flags.edit(flag.id, { ad: { seller: { name: 'Ivan Petrov' } } }, 'r1');
    expect(again.ad.unshown).toBeUndefined();
  });
});
