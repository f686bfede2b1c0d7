import { describe, expect, it } from 'vitest';
import { accessPatternFor } from '@/lib/permissions/site-access';

describe('accessPatternFor', () => {
  it.each([
    ['https://www.ebay.de/itm/1?x=1', 'https://www.ebay.de/*'],
    ['http://127.0.0.1:8080/ads.html', 'http://127.0.0.1/*'],
    ['about:newtab', '<all_urls>'],
    ['moz-extension://abc/popup.html', '<all_urls>'],
    [undefined, '<all_urls>'],
  ])('%s → %s', (url, pattern) => {
    expect(accessPatternFor(url)).toBe(pattern);
  });
});
