import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { hoverFirstHighlight } from './support/hover-highlight';
import type { TestServer } from './support/server';
import {
  badgeText,
  highlightTexts,
  hoverCardText,
  setSettings,
  startDetectServer,
  tabIdOf,
  waitForHighlightCount,
  openPage,
} from './detect-support';

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

const open = (path: string): Promise<Page> => openPage(extension, server, path);

/** Ranges in any of Spoor's highlights whose nodes have left the document. */
const detachedRanges = (page: Page) =>
  page.evaluate(
    () =>
      [...CSS.highlights.values()]
        .flatMap((highlight) => [...(highlight as unknown as Iterable<Range>)])
        .filter((range) => !range.startContainer.isConnected || !range.endContainer.isConnected).length,
  );

it('highlights appended listings and drops removed ones', async () => {
  const page = await open('/infinite.html');
  await waitForHighlightCount(page, 'app-i', 1);
  await page.evaluate(() => (window as unknown as { appendListings(n: number): void }).appendListings(50));
  await waitForHighlightCount(page, 'app-i', 51);
  await waitForHighlightCount(page, 'trade', 50);

  await page.evaluate(() => (window as unknown as { removeListings(n: number): void }).removeListings(30));
  await waitForHighlightCount(page, 'app-i', 21);
  expect(await detachedRanges(page)).toBe(0);
  await page.close();
});

it('follows an in-page route change', async () => {
  const page = await open('/spa.html');
  await waitForHighlightCount(page, 'app-i', 1);
  const tabId = await tabIdOf(extension, page.url());
  await expect.poll(() => badgeText(extension, tabId), { timeout: 30_000 }).toBe('1');

  await page.click('#to-reptiles');
  await waitForHighlightCount(page, 'app-ii', 2);
  await waitForHighlightCount(page, 'app-i', 0);
  expect(await highlightTexts(page, 'app-ii')).toEqual(['Ball python', 'ball python']);
  expect(await detachedRanges(page)).toBe(0);
  await expect.poll(() => badgeText(extension, tabId), { timeout: 30_000 }).toBe('1');
  await page.close();
});

it('shows a hover card for a highlighted word, and only while hovering', async () => {
  const page = await open('/spa.html');
  await waitForHighlightCount(page, 'app-i', 1);
  await hoverFirstHighlight(page, 'app-i');
  const text = await hoverCardText(page);
  expect(text).toContain('Psittacus erithacus');
  expect(text).toContain('CITES Appendix I');
  expect(text).toContain('EU Annex A');
  expect(text).toContain('Matched “Graupapagei” (German)');

  await page.mouse.move(5, 400);
  await page.waitForSelector('spoor-hover-card', { state: 'detached' });
  await page.close();
});

it('pauses on a site and resumes, live', async () => {
  const page = await open('/infinite.html');
  await waitForHighlightCount(page, 'app-i', 1);
  const tabId = await tabIdOf(extension, page.url());
  await expect.poll(() => badgeText(extension, tabId), { timeout: 30_000 }).not.toBe('');

  await setSettings(extension, { pausedSites: ['127.0.0.1'] });
  await waitForHighlightCount(page, 'app-i', 0);
  await expect.poll(() => badgeText(extension, tabId), { timeout: 30_000 }).toBe('');

  // A page opened while paused stays unpainted.
  const other = await open('/spa.html');
  await other.waitForTimeout(500);
  expect(await highlightTexts(other, 'app-i')).toEqual([]);

  await setSettings(extension, { pausedSites: [] });
  await waitForHighlightCount(page, 'app-i', 1);
  await waitForHighlightCount(other, 'app-i', 1);
  await page.close();
  await other.close();
});

it('clears the badge when the tab navigates to a page without findings', async () => {
  const page = await open('/infinite.html');
  const tabId = await tabIdOf(extension, page.url());
  await expect.poll(() => badgeText(extension, tabId), { timeout: 30_000 }).toBe('1');
  await page.goto(server.url('/plain.html'));
  await expect.poll(() => badgeText(extension, tabId), { timeout: 30_000 }).toBe('');
  await page.close();
});
