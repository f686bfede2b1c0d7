import type { Frame, Page } from 'playwright-core';
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { LoadedExtension } from '../../support/extension';
import { untilDone } from '../../support/progress';
import type { TestServer } from '../../support/server';
import { watchConsole, type ConsoleWatch } from './console-watch';
import type { Category, HostilePage } from './page';
import { registersNearOnly, spoorPaint, type SpoorPaint } from './spoor-paint';

/** What the page's harness (harness.ts) knows, read in one go. */
export interface PageState {
  ticks: number;
  clicks: number;
  /** Mutations the page did not make itself. */
  foreign: string[];
  overridesCalled: string[];
  passes: number;
  ticksDuringFirstPass: number;
}

interface Harness {
  ticks: number;
  clicks: number;
  foreign: string[];
  overridesCalled: string[];
  passes(): PerformanceEntry[];
  ticksDuringFirstPass(): number;
}

export function pageState(target: Page | Frame): Promise<PageState> {
  return target.evaluate(() => {
    const hostile = (window as unknown as { __hostile: Harness }).__hostile;
    return {
      ticks: hostile.ticks,
      clicks: hostile.clicks,
      foreign: [...hostile.foreign],
      overridesCalled: [...hostile.overridesCalled],
      passes: hostile.passes().length,
      ticksDuringFirstPass: hostile.ticksDuringFirstPass(),
    };
  });
}

/** Every category's count, the unlisted ones 0. */
export const allCounts = (expected: Partial<Record<Category, number>>): Record<Category, number> => ({
  'app-i': 0,
  'app-ii': 0,
  'app-iii': 0,
  trade: 0,
  ...expected,
});

export interface OpenedPage {
  page: Page;
  console: ConsoleWatch;
}

/** Opens a hostile page in a new tab, its console watched from before the first byte. */
export async function openHostile(
  extension: LoadedExtension,
  server: TestServer,
  hostile: HostilePage,
): Promise<OpenedPage> {
  const page = await extension.context.newPage();
  const console = await watchConsole(page);
  // The heaviest pages build a million nodes or 10 MB of text in their own script before their load event.
  await page.goto(server.url(`/${hostile.name}.html`), { timeout: 180_000 });
  return { page, console };
}

/**
 * Waits until Spoor's painter holds exactly the expected matches, and the page's highlights exactly the painter's
 * ranges near the view, for as long as the reading keeps changing: the heaviest pages are painted over many seconds
 * on a busy machine.
 */
export async function expectHighlights(
  target: Page | Frame,
  expected: Partial<Record<Category, number>>,
): Promise<SpoorPaint> {
  const wanted = allCounts(expected);
  const paint = await untilDone(
    () => spoorPaint(target),
    (seen) => isDeepStrictEqual(seen?.painted, wanted) && registersNearOnly(seen),
    { what: "Spoor's painted matches" },
  );
  expect(paint).toMatchObject({ painted: wanted, nearUnregistered: 0, farRegistered: 0, strays: 0, detached: 0 });
  return paint!;
}

/**
 * The page still works once Spoor has scanned it: its heartbeat keeps
 * ticking, it handles a real click, no mutation it did not make itself, no
 * trapped global called.
 */
export async function expectPageWorks(page: Page): Promise<void> {
  const before = await pageState(page);
  await page.mouse.click(2, 2);
  // A busy machine may take seconds to deliver the click or run the timer: wait for the work, not a deadline.
  const patiently = { interval: 100 };
  await expect.poll(async () => (await pageState(page)).clicks, patiently).toBe(before.clicks + 1);
  await expect.poll(async () => (await pageState(page)).ticks, patiently).toBeGreaterThan(before.ticks + 5);
  const after = await pageState(page);
  expect(after.foreign).toEqual([]);
  expect(after.overridesCalled).toEqual([]);
}
