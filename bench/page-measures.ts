import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';

/** What one page load with Spoor costs, from the content script's own performance measures. */
export interface SpoorLoad {
  dictionaryLoadMs: number;
  passMs: number;
  /** Longest long task (> 50 ms) from dictionary load to the end of the first pass; 0 if none. */
  longestTaskInPassMs: number;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Merges a change into Spoor's settings through the extension's own storage. */
export async function setSettings(extension: LoadedExtension, change: Record<string, unknown>): Promise<void> {
  await extension.serviceWorker.evaluate(async (update) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), ...update } });
  }, change);
}

/** Loads `url` and waits for Spoor's first full pass ("spoor:pass", published with `performanceMarks`). */
export async function loadWithSpoor(page: Page, url: string): Promise<SpoorLoad> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  return page.evaluate(
    () =>
      new Promise<SpoorLoad>((resolve) => {
        const check = () => {
          const load = performance.getEntriesByName('spoor:dictionary-load')[0];
          const pass = performance.getEntriesByName('spoor:pass')[0];
          if (!load || !pass) return void setTimeout(check, 10);
          const from = load.startTime;
          const to = pass.startTime + pass.duration;
          const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
          const inWindow = tasks.filter((t) => t.start < to && t.start + t.duration > from);
          resolve({
            dictionaryLoadMs: load.duration,
            passMs: pass.duration,
            longestTaskInPassMs: Math.max(0, ...inWindow.map((t) => t.duration)),
          });
        };
        check();
      }),
  );
}

/** The floor: a TreeWalker reading every text node of the page (median of 5, in the page). */
export async function rawTextScan(page: Page): Promise<{ ms: number; chars: number }> {
  return page.evaluate(() => {
    // A scan takes well under the timer's resolution on small pages: repeat it
    // for at least 50 ms and divide, five times, and keep the median.
    const times: number[] = [];
    let chars = 0;
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      let scans = 0;
      do {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        chars = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
        scans++;
      } while (performance.now() - start < 50);
      times.push((performance.now() - start) / scans);
    }
    return { ms: times.sort((a, b) => a - b)[2]!, chars };
  });
}

const markJsSource = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

/** mark.js highlighting `keywords` as whole words on the loaded page (Spoor paused). */
export async function markJs(page: Page, keywords: string[]): Promise<number> {
  await page.addScriptTag({ content: markJsSource });
  return page.evaluate(
    (words) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const Mark = (window as unknown as { Mark: new (root: Element) => { mark(w: string[], o: object): void } })
          .Mark;
        new Mark(document.body).mark(words, {
          separateWordSearch: false,
          diacritics: true,
          accuracy: 'exactly',
          done: () => resolve(performance.now() - start),
        });
      }),
    keywords,
  );
}

/**
 * Appends listing cards to `#results` and returns the time until Spoor's next
 * pass has painted them; fails if the last card has no highlight.
 */
export async function appendListings(page: Page, html: string): Promise<number> {
  return page.evaluate(
    (cards) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        new PerformanceObserver((list, observer) => {
          const pass = list.getEntries().find((e) => e.name === 'spoor:pass' && e.startTime >= start);
          if (!pass) return;
          observer.disconnect();
          const last = document.querySelector('#results')!.lastElementChild!;
          const painted = [...CSS.highlights.values()].some((h) =>
            [...h].some((range) => last.contains((range as Range).startContainer)),
          );
          if (painted) resolve(pass.startTime + pass.duration - start);
          else reject(new Error('the appended listings were not highlighted'));
        }).observe({ type: 'measure' });
        document.querySelector('#results')!.insertAdjacentHTML('beforeend', cards);
      }),
    html,
  );
}

/**
 * The page's own cost of the same append, Spoor paused: from inserting the
 * cards to the second animation frame after it (parsed, styled, laid out, painted).
 */
export async function appendListingsRendered(page: Page, html: string): Promise<number> {
  return page.evaluate(
    (cards) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        document.querySelector('#results')!.insertAdjacentHTML('beforeend', cards);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
      }),
    html,
  );
}
