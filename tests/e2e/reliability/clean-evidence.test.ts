import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import type { TestServer } from '../support/server';
import { highlightTexts, hoverCardText } from '../detect-support';
import { openScannedPage, pressFlagShortcut, readDatabase, setResearcher, startFlagServer } from '../flag-support';
import { hoverFirstHighlight } from '../support/hover-highlight';

/**
 * Issue 10, "Clean evidence": the screenshot a flag stores shows the page as
 * published, without Spoor's highlight colours or its hover card, and the
 * page has them back afterwards.
 */

/**
 * The Appendix colours of assets/detect-highlights.css, and the hover card's background (lib/highlight/hover-card.ts).
 */
const SPOOR_COLOURS = {
  'app-i': [0xff, 0x6b, 0x6b],
  'app-ii': [0xff, 0xd4, 0x3b],
  'app-iii': [0x74, 0xc0, 0xfc],
  trade: [0xb1, 0x97, 0xfc],
  'hover card': [0x1f, 0x23, 0x28],
} as const;
type Counts = Record<keyof typeof SPOOR_COLOURS, number>;

/**
 * Counts the pixels of each Spoor colour in a PNG, decoded in the service worker:
 * either a stored artifact (by its SHA-256) or a capture of the window taken now.
 */
function spoorPixels(worker: Worker, source: { artifact: string } | { windowOf: number }): Promise<Counts> {
  return worker.evaluate(
    async ({ source, colours }) => {
      let blob: Blob;
      if ('artifact' in source) {
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const request = indexedDB.open('spoor');
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
        const stored = await new Promise<{ blob: Blob }>((done) => {
          const request = db.transaction('artifacts').objectStore('artifacts').get(source.artifact);
          request.onsuccess = () => done(request.result);
        });
        db.close();
        blob = stored.blob;
      } else {
        const tab = await chrome.tabs.get(source.windowOf);
        const dataUrl = await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
        blob = await (await fetch(dataUrl)).blob();
      }
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const counts = Object.fromEntries(Object.keys(colours).map((name) => [name, 0])) as Record<string, number>;
      for (let i = 0; i < data.length; i += 4)
        for (const [name, [r, g, b]] of Object.entries(colours))
          if (Math.abs(data[i]! - r) <= 3 && Math.abs(data[i + 1]! - g) <= 3 && Math.abs(data[i + 2]! - b) <= 3)
            counts[name]!++;
      return counts;
    },
    { source, colours: SPOOR_COLOURS },
  ) as Promise<Counts>;
}

let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startFlagServer();
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.researcher', survey: 'E2E survey' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** Flags a tab with the shortcut and counts the Spoor colours in the screenshot the flag stores. */
async function flagAndCountStored(tabId: number, url: string): Promise<Counts> {
  await pressFlagShortcut(extension.serviceWorker, tabId);
  const flagged = async () =>
    (await readDatabase(extension.serviceWorker)).flags.find((f) => f.observations[0]?.url === url);
  await expect.poll(flagged).toBeDefined();
  const screenshot = (await flagged())!.observations[0].artifacts.find(
    (artifact: { kind: string }) => artifact.kind === 'screenshot',
  );
  return spoorPixels(extension.serviceWorker, { artifact: screenshot.sha256 });
}

describe('the screenshot a flag stores', () => {
  it('has none of Spoor’s colours nor its hover card, and the page has them again afterwards', async () => {
    const url = server.url('/flag/ad.html?clean=1');
    const { page, tabId } = await openScannedPage(extension, url);
    await page.bringToFront();
    await hoverFirstHighlight(page);
    expect(await hoverCardText(page)).toBeTruthy();
    // The control: a plain capture of the same tab shows the highlights and the card, and the counting finds them.
    const live = await spoorPixels(extension.serviceWorker, { windowOf: tabId });
    expect(live['app-i']).toBeGreaterThan(200);
    expect(live.trade).toBeGreaterThan(200);
    expect(live['hover card']).toBeGreaterThan(2000);

    const stored = await flagAndCountStored(tabId, url);
    expect(stored).toEqual({ 'app-i': 0, 'app-ii': 0, 'app-iii': 0, trade: 0, 'hover card': 0 });

    // Back on the page once the screenshot is taken.
    await expect.poll(() => highlightTexts(page, 'app-i')).toContain('Loxodonta africana');
    await expect
      .poll(async () => (await spoorPixels(extension.serviceWorker, { windowOf: tabId }))['app-i'])
      .toBeGreaterThan(200);
  });
  it('has none of Spoor’s colours on a long page scrolled far down, where its highlights came with the scroll', async () => {
    const url = server.url('/flag/ad-long.html?clean=1');
    const { page, tabId } = await openScannedPage(extension, url);
    await page.bringToFront();
    // Lot 150 is far below the first view: its names join Spoor's highlights once it comes near the viewport.
    await page.evaluate(() => document.querySelectorAll('#more p')[150]!.scrollIntoView());
    const live = () => spoorPixels(extension.serviceWorker, { windowOf: tabId });
    await expect.poll(async () => (await live())['app-i']).toBeGreaterThan(200);

    const stored = await flagAndCountStored(tabId, url);
    expect(stored).toEqual({ 'app-i': 0, 'app-ii': 0, 'app-iii': 0, trade: 0, 'hover card': 0 });
    await expect.poll(async () => (await live())['app-i']).toBeGreaterThan(200);
    await page.close();
  });
});
