/**
 * Where the time between inserting 500 listings and their highlights goes: loads the generated 2,000-listing page,
 * waits for Spoor's first pass, then appends the 500 cards under a trace, as npm run bench does (responsiveness.ts),
 * and prints per load, from the insertion on, each of Spoor's calls (clock start, clock and CPU ms, its function), the
 * page's frames (when their paint began), the frame whose highlights first reach the first new card (the page scrolled
 * to its end, as the bench: the card in view) counted from the insertion and timed, and the second `spoor:pass`
 * measure. BENCH_PAGE_RUNS loads (3) after a warm-up; BENCH_OTHER_BUILD=<folder holding chrome-mv3> alternates another
 * build; BENCH_DICTIONARIES=checklist imports the full checklist into each. APPEND_TIMELINE=0 prints only each load's
 * summary line. BENCH_WITHOUT_SPOOR=1 adds a browser without Spoor (the page's own render, as the bench's "page
 * alone"). With the timeline, each load also gives the renderer main thread's own CPU by trace event to the highlight
 * (alone: to the render).
 *   npm run build:chrome && node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/append-timeline.ts
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { measureAlternated } from './alternated-builds.ts';
import { listingCard } from './listing-page.ts';
import { median } from './page-measures.ts';
import { LISTINGS_PAGE } from './responsiveness.ts';
import { traced, type TraceEvent } from './trace.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const TIMELINE = process.env.APPEND_TIMELINE !== '0';
const appendedCards = Array.from({ length: 500 }, (_, i) => listingCard(2000 + i)).join('\n');

interface Run {
  /** From the insertion: the frame after the one whose highlights first reach the first new card (as the bench). */
  highlightedMs: number;
  /** Animation frames from the insertion to the one whose highlights first reach the card (1: the frame showing it). */
  frames: number;
  /** Spoor's calls from the insertion to the highlight: count and CPU. */
  callsBefore: number;
  cpuBeforeMs: number;
  /** Spoor's CPU from the insertion to the second pass's end. */
  cpuMs: number;
  lines: string[];
}

const isSpoorCall = (e: TraceEvent) =>
  e.ph === 'X' && e.name === 'FunctionCall' && !!e.args?.data?.url?.startsWith('chrome-extension://');

async function timeline(extension: LoadedExtension, url: string): Promise<Run> {
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
    timeout: 120_000,
  });
  // Timed to the first new card, the one in view.
  await scrollToEndAndSettle(page);
  const { result, events } = await traced(cdp, 'devtools.timeline,blink.user_timing', () =>
    page.evaluate(
      (cards) =>
        new Promise<{ start: number; highlighted: number; frames: number; passEnd: number }>((resolve, reject) => {
          const results = document.querySelector('#results')!;
          const painted = (card: Element) => {
            for (const highlight of CSS.highlights.values())
              for (const range of highlight) if (card.contains((range as Range).startContainer)) return true;
            return false;
          };
          performance.mark('bench:insert');
          const before = results.children.length;
          const start = performance.now();
          results.insertAdjacentHTML('beforeend', cards);
          const firstNew = results.children[before]!;
          let highlighted = Number.NaN;
          // Animation frames from the insertion to the one whose highlights first reach the card: 1, the frame that
          // shows it. A count, unlike the clock, reads the same on a loaded machine.
          let frameCount = 0;
          const pass = () => {
            const entries = performance.getEntriesByName('spoor:pass');
            if (entries.length < 2 || Number.isNaN(highlighted)) return void setTimeout(pass, 20);
            const end = entries[1]!.startTime + entries[1]!.duration - start;
            // A little more trace after the pass: its last calls end before the measure does.
            setTimeout(() => resolve({ start, highlighted, frames: frameCount, passEnd: end }), 100);
          };
          // Each frame's highlights are read once it is laid out, before its paint: a ResizeObserver's report comes
          // after Spoor's own (made at the page's load), which paints after the layout; its animation frame callback,
          // before it, would see them a frame late.
          const laidOut = new ResizeObserver(() => {
            laidOut.disconnect();
            if (!painted(firstNew)) return void requestAnimationFrame(watch);
            requestAnimationFrame(() => (highlighted = performance.now() - start));
          });
          const watch = () => {
            if (performance.now() - start > 30_000)
              return reject(new Error('the appended listings were not highlighted'));
            frameCount++;
            laidOut.observe(document.documentElement);
          };
          queueMicrotask(() => requestAnimationFrame(watch));
          pass();
        }),
      appendedCards,
    ),
  );
  await page.close();
  const insert = events.find((e) => e.name === 'bench:insert');
  if (!insert) throw new Error('no bench:insert mark in the trace');
  const at = (ts: number) => (ts - insert.ts) / 1000;
  const calls = events
    .filter(isSpoorCall)
    .filter((e) => e.ts >= insert.ts)
    .sort((a, b) => a.ts - b.ts);
  // Top-level calls only: a nested call is counted in its caller.
  let coveredUntil = -Infinity;
  const top = calls.filter((call) => {
    if (call.ts < coveredUntil) return false;
    coveredUntil = call.ts + (call.dur ?? 0);
    return true;
  });
  const frames = events
    .filter((e) => e.ph === 'X' && e.name === 'Paint' && e.pid === insert.pid && e.ts >= insert.ts)
    .map((e) => at(e.ts));
  const lines: string[] = [];
  const highlight = result.highlighted;
  const before = top.filter((call) => at(call.ts) < highlight);
  for (const call of top) {
    const data = call.args!.data!;
    lines.push(
      `    +${at(call.ts).toFixed(1)} ${data.functionName || '(anonymous)'}:${(data.lineNumber ?? 0) + 1} ` +
        `${((call.dur ?? 0) / 1000).toFixed(1)} ms clock, ${((call.tdur ?? call.dur ?? 0) / 1000).toFixed(1)} CPU`,
    );
  }
  lines.push(`    paints at +${[...new Set(frames.map((ms) => ms.toFixed(0)))].join(', +')}`);
  lines.push(
    `    the renderer's main thread to the highlight, self CPU ms by event: ${selfTimes(events, insert, highlight)}`,
  );
  const cpu = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  return {
    highlightedMs: highlight,
    frames: result.frames,
    callsBefore: before.length,
    cpuBeforeMs: cpu(before),
    cpuMs: cpu(top.filter((call) => at(call.ts) < result.passEnd)),
    lines,
  };
}

/**
 * The renderer's main-thread work from the insertion to `untilMs` after it, as each trace event's own CPU time (its
 * time less that of the events nested in it), summed by name, largest first: the page's parse, style, layout and
 * paint of the new cards beside Spoor's calls (FunctionCall) and the observers' callbacks.
 */
function selfTimes(events: TraceEvent[], insert: TraceEvent, untilMs: number): string {
  const end = insert.ts + untilMs * 1000;
  const own = events
    .filter((e) => e.ph === 'X' && e.pid === insert.pid && e.tid === insert.tid && e.ts >= insert.ts && e.ts < end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byName = new Map<string, number>();
  const open: { event: TraceEvent; self: number }[] = [];
  const close = (until: number) => {
    while (open.length && open.at(-1)!.event.ts + (open.at(-1)!.event.dur ?? 0) <= until) {
      const { event, self } = open.pop()!;
      // What Spoor's call made the browser do (a forced style or layout) is Spoor's: named apart.
      const inSpoor = open.some((outer) => isSpoorCall(outer.event));
      const name = isSpoorCall(event) ? 'Spoor' : inSpoor ? `Spoor>${event.name}` : event.name;
      byName.set(name, (byName.get(name) ?? 0) + self);
    }
  };
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  for (const event of own) {
    close(event.ts);
    if (open.length) open.at(-1)!.self -= cpu(event);
    open.push({ event, self: cpu(event) });
  }
  close(Infinity);
  return [...byName]
    .filter(([, ms]) => ms >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(', ');
}

/** The page alone (BENCH_WITHOUT_SPOOR=1): the same append, timed to the frame after the one that shows the cards. */
/** As the bench: scrolled to the page's end and settled, so the first new card is the one in view. */
async function scrollToEndAndSettle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((settled) => {
        scrollTo(0, document.documentElement.scrollHeight);
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(settled)), 250);
      }),
  );
}

async function plainTimeline(context: BrowserContext, url: string): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await scrollToEndAndSettle(page);
  const { result, events } = await traced(cdp, 'devtools.timeline,blink.user_timing', () =>
    page.evaluate(
      (cards) =>
        new Promise<number>((resolve) => {
          performance.mark('bench:insert');
          const start = performance.now();
          document.querySelector('#results')!.insertAdjacentHTML('beforeend', cards);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        }),
      appendedCards,
    ),
  );
  await page.close();
  const insert = events.find((e) => e.name === 'bench:insert');
  if (!insert) throw new Error('no bench:insert mark in the trace');
  const lines = [
    `    the renderer's main thread to the render, self CPU ms by event: ${selfTimes(events, insert, result)}`,
  ];
  return { highlightedMs: result, frames: 1, callsBefore: 0, cpuBeforeMs: 0, cpuMs: 0, lines };
}

const builds = await measureAlternated(LISTINGS_PAGE, RUNS, timeline, plainTimeline);
console.log(`500 appended to ${LISTINGS_PAGE}, ${RUNS} loads per build (ms from the insertion)`);
for (const { name, results } of builds) {
  console.log(name);
  for (const [run, result] of results.entries()) {
    console.log(
      `  load ${run + 1}: first new card highlighted in frame ${result.frames} (the frame after it: ` +
        `+${result.highlightedMs.toFixed(0)}); Spoor before it: ` +
        `${result.callsBefore} calls, ${result.cpuBeforeMs.toFixed(1)} ms CPU; to the pass's end ${result.cpuMs.toFixed(1)} ms CPU`,
    );
    if (TIMELINE) console.log(result.lines.join('\n'));
  }
  const mid = (key: 'highlightedMs' | 'frames' | 'cpuBeforeMs' | 'cpuMs') =>
    median(results.map((r) => r[key])).toFixed(1);
  console.log(
    `  median: highlighted in frame ${mid('frames')}, +${mid('highlightedMs')}, CPU before it ${mid('cpuBeforeMs')}, to the pass's end ${mid('cpuMs')}`,
  );
}
