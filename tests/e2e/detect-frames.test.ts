import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DETECTOR_GLOBAL } from '@/lib/detect/on-demand';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import {
  highlightTexts,
  openPage,
  setSettings,
  startDetectServer,
  tabIdOf,
  waitForHighlightCount,
} from './detect-support';

/**
 * Embedded frames evaluate only the small frame script; the background injects the detector into a frame once it holds
 * words (issue 14: "a frame with no text worth scanning costs ≤ 1 ms"). Ads and pixels must never get it.
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

interface FrameState {
  frameId: number;
  /** The detector's claim on the frame's isolated world (lib/detect/on-demand.ts): it was evaluated there. */
  detector: boolean;
  /** Highlights registered in the frame's document, whoever registered them. */
  highlights: number;
}

/**
 * Each frame's state by its name ("top" for the page), read in Spoor's isolated world of every frame by a script the
 * test has the service worker inject, as the background injects the detector.
 */
async function framesOf(tabId: number): Promise<Record<string, FrameState>> {
  const results = await extension.serviceWorker.evaluate(
    ([id, key]) =>
      chrome.scripting.executeScript({
        target: { tabId: id, allFrames: true },
        func: (global: string) => ({
          name: window === window.top ? 'top' : window.name,
          detector: (globalThis as Record<string, unknown>)[global] === true,
          highlights: CSS.highlights.size,
        }),
        args: [key],
      }),
    [tabId, DETECTOR_GLOBAL] as const,
  );
  return Object.fromEntries(
    results.map(({ frameId, result }) => {
      const { name, ...state } = result as Omit<FrameState, 'frameId'> & { name: string };
      return [name, { frameId, ...state }];
    }),
  );
}

const frameOf = (page: Page, name: string) => page.frame({ name })!;

it('injects the detector only into frames with words: never into ads and pixels, into a frame when it gains some', async () => {
  const page = await openPage(extension, server, '/embedded-frames.html');
  await waitForHighlightCount(page, 'trade', 1);
  await waitForHighlightCount(frameOf(page, 'listing'), 'app-ii', 1);
  expect(await highlightTexts(frameOf(page, 'listing'), 'app-ii')).toEqual(['ball python']);
  // A frame without a URL of its own, which the detector reached before: a srcdoc frame. (About:blank frames a page
  // fills were reached neither before nor now: written while parsing, filled after load, or src="about:blank".)
  await waitForHighlightCount(frameOf(page, 'srcdoc'), 'trade', 1);
  expect(await highlightTexts(frameOf(page, 'srcdoc'), 'trade')).toEqual(['Tiger skin rug']);

  const tabId = await tabIdOf(extension, page.url());
  const before = await framesOf(tabId);
  const injected = (detector: boolean, highlights: unknown = expect.any(Number)) => ({
    frameId: expect.any(Number),
    detector,
    highlights,
  });
  expect(before).toEqual({
    top: injected(true),
    listing: injected(true),
    srcdoc: injected(true),
    // No words: an ad of an image and a script; a 1×1 pixel, however many words it holds.
    ad: injected(false, 0),
    pixel: injected(false, 0),
    later: injected(false, 0),
  });

  // The frame script watches an empty frame: words arriving bring the detector.
  await frameOf(page, 'later').evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<p>Now also: a ball python, captive bred.</p>'),
  );
  await waitForHighlightCount(frameOf(page, 'later'), 'app-ii', 1);
  const after = await framesOf(tabId);
  expect(after.later!.detector).toBe(true);
  expect(after.ad).toEqual(injected(false, 0));
  expect(after.pixel).toEqual(injected(false, 0));
  await page.close();
});

it('runs one detector per document however often it is injected', async () => {
  // Each pass of a detector is measured on its document's timeline: a second detector would scan, and measure, again.
  await setSettings(extension, { performanceMarks: true });
  const page = await openPage(extension, server, '/embedded-frames.html');
  await waitForHighlightCount(frameOf(page, 'listing'), 'app-ii', 1);
  const passes = () =>
    Promise.all(
      [page.mainFrame(), frameOf(page, 'listing')].map((frame) =>
        frame.evaluate(() => performance.getEntriesByName('spoor:pass').length),
      ),
    );
  // Each document's first pass ends on its own: the frame's highlight says nothing of the page's pass.
  await expect.poll(async () => (await passes()).every((count) => count > 0)).toBe(true);
  const before = await passes();
  const tabId = await tabIdOf(extension, page.url());
  const frames = await framesOf(tabId);
  // The detector injected again into the page and the listing's frame, as a frame asking twice would have it.
  await extension.serviceWorker.evaluate(
    ([id, frameIds]) =>
      chrome.scripting.executeScript({ target: { tabId: id, frameIds }, files: ['/content-scripts/content.js'] }),
    [tabId, [frames.top!.frameId, frames.listing!.frameId]] as [number, number[]],
  );
  await page.waitForTimeout(2_000);
  expect(await passes()).toEqual(before);
  expect(await highlightTexts(frameOf(page, 'listing'), 'app-ii')).toEqual(['ball python']);
  expect(await highlightTexts(page, 'trade')).toEqual(['Carved ivory']);
  await setSettings(extension, {});
  await page.close();
});
