import { describe, expect, it } from 'vitest';
import { siteFromInput, withoutPausedSite, withPausedSite } from '@/lib/settings/sites';

describe('siteFromInput', () => {
  it.each([
    ['ebay.de', 'ebay.de'],
    ['  EBAY.DE ', 'ebay.de'],
    ['www.leboncoin.fr', 'leboncoin.fr'],
    ['https://www.ebay.de/itm/123?x=1', 'ebay.de'],
    ['*.avito.ru', 'avito.ru'],
    ['shop.example.com.', 'shop.example.com'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['', undefined],
    ['not a site', undefined],
    ['ebay..de', undefined],
  ])('%j → %j', (input, site) => {
    expect(siteFromInput(input)).toBe(site);
  });
});

describe('the paused sites list', () => {
  it('adds a site sorted, once, and not under a site that already covers it', () => {
    expect(withPausedSite(['ebay.de'], 'avito.ru')).toEqual(['avito.ru', 'ebay.de']);
    expect(withPausedSite(['ebay.de'], 'ebay.de')).toEqual(['ebay.de']);
    expect(withPausedSite(['ebay.de'], 'shop.ebay.de')).toEqual(['ebay.de']);
  });

  it('removes exactly the site asked', () => {
    expect(withoutPausedSite(['avito.ru', 'ebay.de'], 'ebay.de')).toEqual(['avito.ru']);
  });
});
