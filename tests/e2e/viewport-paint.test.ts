import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import { openPage, startDetectServer, storedReportEntries, tabIdOf } from './detect-support';

/**
 * Issue 14: on a long page Spoor registers only the ranges of blocks within a viewport of the view (the browser
 * rebuilds every registered range's marker in each frame that changes the page), yet reports every name, and paints
 * a block scrolled into view by the frame after the one that shows it. tests/e2e/pages/detect/long.html: 300 listings
 * of 120 px, each naming Psittacus erithacus (Appendix I).
 */
let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startDetectServer();
  extension = await launchWithExtension();
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** Where each listing is against the viewport, and whether Spoor's Appendix II highlight holds its name. */
function listings(page: Page) {
  return page.evaluate(() => {
    const ranges = [...((CSS.highlights.get('spoor-app-i') ?? []) as unknown as Iterable<Range>)];
    return [...document.querySelectorAll('.listing')].map((listing) => {
      const { top, bottom } = listing.getBoundingClientRect();
      return {
        id: listing.id,
        inView: bottom > 0 && top < innerHeight,
        // Within the observer's margin: one viewport above and below.
        near: bottom >= -innerHeight && top <= 2 * innerHeight,
        painted: ranges.some((range) => listing.contains(range.startContainer)),
      };
    });
  });
}

const reportedCount = async (tabId: number) =>
  (await storedReportEntries(extension, tabId)).reduce((sum, entry) => sum + entry.count, 0);

it('registers only the listings near the viewport, and reports all 300', async () => {
  const page = await openPage(extension, server, '/long.html');
  const tabId = await tabIdOf(extension, page.url());
  await expect.poll(() => reportedCount(tabId), { timeout: 90_000 }).toBe(300);
  await expect
    .poll(async () => (await listings(page)).filter((listing) => listing.inView && !listing.painted))
    .toEqual([]);
  const seen = await listings(page);
  expect(seen.filter((listing) => listing.painted && !listing.near)).toEqual([]);
  expect(seen.filter((listing) => listing.painted).length).toBeLessThan(60);
  await page.close();
}, 120_000);

it('paints a listing scrolled into view by the next frame, and drops those left far behind', async () => {
  const page = await openPage(extension, server, '/long.html');
  const tabId = await tabIdOf(extension, page.url());
  await expect.poll(() => reportedCount(tabId), { timeout: 90_000 }).toBe(300);
  await expect.poll(async () => (await listings(page)).some((listing) => listing.painted)).toBe(true);

  const frames = await page.evaluate(async () => {
    const target = document.getElementById('listing-250')!;
    const painted = () =>
      [...(CSS.highlights.get('spoor-app-i') as unknown as Iterable<Range>)].some((range) =>
        target.contains(range.startContainer),
      );
    const nextFrame = () => new Promise((done) => requestAnimationFrame(done));
    const before = painted();
    // The jump is painted in the frame that follows; its observer callback comes after that frame's paint.
    target.scrollIntoView();
    await nextFrame();
    await nextFrame();
    return { before, nextFrame: painted() };
  });
  expect(frames).toEqual({ before: false, nextFrame: true });
  const seen = await listings(page);
  expect(seen.find((listing) => listing.id === 'listing-0')!.painted).toBe(false);
  expect(seen.filter((listing) => listing.painted && !listing.near)).toEqual([]);
  await page.close();
}, 120_000);
