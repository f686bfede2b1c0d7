import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import {
  clickContextMenu,
  openPopup,
  openScannedPage,
  readDatabase,
  setResearcher,
  startFlagServer,
} from './flag-support';

// What the built extension records from hostile or sparse ad pages (issue 10 points 3 and 9), in Chromium.
let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.reader', survey: 'Extraction' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

const flagPanel = (popup: Page) => popup.getByRole('region', { name: 'Flag' });
const flagsAt = async (canonicalUrl: string) =>
  (await readDatabase(extension.serviceWorker)).flags.filter((flag) => flag.canonicalUrl === canonicalUrl);

async function flagFromPopup(path: string): Promise<Page> {
  const { page, tabId } = await openScannedPage(extension, server.url(path));
  await page.bringToFront();
  const popup = await openPopup(extension.context, extension.extensionId, tabId);
  await flagPanel(popup).getByRole('button', { name: 'Flag this ad' }).click();
  await expect.poll(() => flagPanel(popup).getByRole('status').textContent()).toMatch(/^Saved:/);
  return popup;
}

describe('reading ads in the built extension', () => {
  it('files an ad that names another site as its canonical under its own URL, keeps the claim, and never merges it into that site’s flag', async () => {
    const otherSite = 'https://seller-b.github.io/shop/cups';
    // The other site's ad is flagged first, from a link, without opening it.
    const { tabId } = await openScannedPage(extension, server.url('/flag/listing.html'));
    await clickContextMenu(extension.serviceWorker, tabId, { menuItemId: 'spoor-flag-link', linkUrl: otherSite });
    await expect.poll(async () => (await flagsAt(otherSite)).length).toBe(1);

    const popup = await flagFromPopup('/flag/foreign-canonical.html');
    const [flag] = await flagsAt(server.url('/flag/foreign-canonical.html'));
    expect(flag).toMatchObject({
      ad: {
        title: 'Carved ivory cup',
        price: { amount: 1200, currency: 'GBP' },
        claimedCanonical: otherSite,
        paperworkClaim: { claim: 'none', phrase: 'No CITES papers' },
      },
    });
    const [untouched] = await flagsAt(otherSite);
    expect(untouched!.observations).toHaveLength(1);
    await popup.close();
  });

  it('keeps the heading the researcher saw as the title when the structured data names another thing, with the claim beside it, and writes a seller’s hidden characters out (forge17)', async () => {
    const popup = await flagFromPopup('/flag/forged-title.html');
    const [flag] = await flagsAt(server.url('/flag/forged-title.html'));
    expect(flag!.ad).toMatchObject({
      title: 'Carved ivory tusk, 1950s',
      claimedTitle: 'Resin figurine, hand painted',
      // The record keeps the page's text as it was; what people read writes the hidden characters out.
      seller: { name: '\u202Eseuqitna\u202C\u200B_berlin' },
    });
    const summary = flagPanel(popup).getByRole('article');
    await expect.poll(() => summary.textContent()).toContain('Carved ivory tusk, 1950s');
    const shown = (await summary.textContent()) ?? '';
    expect(shown).toContain('[U+202E]seuqitna[U+202C][U+200B]_berlin');
    expect(shown).not.toMatch(/[\u200B\u202C\u202E]/u);
    await popup.close();
  });

  it('records no price for an ad without one, shows no currency in the popup form, and dates a relative posting', async () => {
    const popup = await flagFromPopup('/flag/no-price.html');
    const [flag] = await flagsAt(server.url('/flag/no-price.html'));
    expect(flag!.ad.price).toBeUndefined();
    expect(flag!.ad).toMatchObject({
      postedText: 'vor 2 Tagen',
      postedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    // Two days before the capture, in the browser's time zone (the same machine's as this test's).
    const captured = new Date(flag!.observations[0].capturedAt);
    const twoDaysBefore = new Date(captured.getFullYear(), captured.getMonth(), captured.getDate() - 2, 12);
    expect(new Date(`${flag!.ad.postedAt}T12:00:00`).getTime()).toBe(twoDaysBefore.getTime());
    await flagPanel(popup).getByRole('button', { name: 'Edit' }).click();
    expect(await flagPanel(popup).getByLabel('Currency').inputValue()).toBe('');
    await popup.close();
  });
});
