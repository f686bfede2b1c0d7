import type { Frame, Page } from 'playwright-core';
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { LoadedExtension } from '../../support/extension';
import { untilDone } from '../../support/progress';
import type { TestServer } from '../../support/server';
import { watchConsole, type ConsoleWatch } from './console-watch';
import type { Category, HostilePage } from './page';

/** What the page's harness (harness.ts) knows, read in one go. */
export interface PageState {
  ticks: number;
  clicks: number;
  /** Mutations the page did not make itself. */
  foreign: string[];
  overridesCalled: string[];
  counts: Record<Category, number>;
  detached: number;
  passes: number;
  ticksDuringFirstPass: number;
}

interface Harness {
  ticks: number;
  clicks: number;
  foreign: string[];
  overridesCalled: string[];
  counts(): Record<Category, number>;
  detached(): number;
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
      counts: hostile.counts(),
      detached: hostile.detached(),
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
 * Waits until Spoor's highlights hold exactly the expected ranges, for as long as their number keeps
 * growing: the heaviest pages are painted over many seconds on a busy machine.
 */
export async function expectHighlights(
  target: Page | Frame,
  expected: Partial<Record<Category, number>>,
): Promise<void> {
  const wanted = allCounts(expected);
  const counts = await untilDone(
    async () => (await pageState(target)).counts,
    (seen) => isDeepStrictEqual(seen, wanted),
    { what: 'highlights' },
  );
  expect(counts).toEqual(wanted);
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
  const patiently = { timeout: 30_000, interval: 100 };
  await expect.poll(async () => (await pageState(page)).clicks, patiently).toBe(before.clicks + 1);
  await expect.poll(async () => (await pageState(page)).ticks, patiently).toBeGreaterThan(before.ticks + 5);
  const after = await pageState(page);
  expect(after.foreign).toEqual([]);
  expect(after.overridesCalled).toEqual([]);
}
