import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import { openPage, paintedByCase, startDetectServer } from './detect-support';

// A binomial drawn in capitals or small capitals by the page's style (font-variant, text-transform), or written in
// capitals ("LOXODONTA AFRICANA", "Loxodonta Africana"): the text holds the letters, and each is painted (lang26).

let extension: LoadedExtension;
let server: TestServer;
let page: Page;

beforeAll(async () => {
  server = await startDetectServer();
  extension = await launchWithExtension();
  page = await openPage(extension, server, '/small-caps.html');
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

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
