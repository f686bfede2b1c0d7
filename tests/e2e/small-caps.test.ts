import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDetectPage, paintedByCase } from './detect-support';

// A binomial drawn in capitals or small capitals by the page's style (font-variant, text-transform), or written in
// capitals ("LOXODONTA AFRICANA", "Loxodonta Africana"): the text holds the letters, and each is painted (lang26).

let page: Page;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ page, close } = await openDetectPage('/small-caps.html'));
});
afterAll(() => close?.());

it('paints binomials drawn or written in capitals and small capitals', async () => {
  // Each case's binomial among its painted words (the ad's other words, "tusk" or "Grey parrot", are painted too).
  await expect
    .poll(() => paintedByCase(page), { timeout: 120_000 })
    .toMatchObject({
      'small-caps': expect.arrayContaining(['Loxodonta africana']),
      'all-small-caps': expect.arrayContaining(['Psittacus erithacus']),
      upper: ['Panthera tigris'],
      capitalize: ['chelonia mydas'],
      'written-upper': expect.arrayContaining(['LOXODONTA AFRICANA']),
      'written-capitals': expect.arrayContaining(['Loxodonta Africana']),
    });
});
