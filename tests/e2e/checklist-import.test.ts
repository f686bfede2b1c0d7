import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../shared-data';
import { badgeText, highlightTexts, tabIdOf, waitForHighlightCount } from './detect-support';
import { openOptions, startOptionsServer } from './options-support';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';

const REAL_CHECKLIST = sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz');
/**
 * A page naming Heteropsammia cochlea: Appendix II in the 2017 checklist, absent from the bundled list (whose names
 * grow: a hummingbird and then a beetle named here were taken in by the bundled list; the stony corals' species are
 * left to the checklist, as docs/DICTIONARY.md says, to keep each tab's dictionary small).
 */
const CHECKLIST_ONLY_PAGE = '/options/checklist-species.html';

let server: TestServer;
let extension: LoadedExtension;
let scratch: string;
beforeAll(async () => {
  server = await startOptionsServer();
  extension = await launchWithExtension();
  scratch = mkdtempSync(join(tmpdir(), 'spoor-import-'));
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

interface LongTasks {
  __longTasks: { start: number; duration: number }[];
}

/**
 * Collects the options page's long tasks (main thread busy > 50 ms) from the
 * moment it loads, and proves the observer works by blocking the page for 80 ms once.
 */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: LongTasks['__longTasks'] = [];
    (window as unknown as LongTasks).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.reload();
  // Chromium now and then reports a long task late or not at all (seen once in several runs), so the
  // probe is repeated a few times; the observer must still catch one of them.
  for (let attempt = 1; ; attempt += 1) {
    // In a timer: code run by page.evaluate itself is not a task the observer times.
    const blocked = await page.evaluate(() => {
      const start = performance.now();
      setTimeout(() => {
        while (performance.now() - start < 80);
      });
      return start;
    });
    const seen = await page
      .waitForFunction(
        (from) => (window as unknown as LongTasks).__longTasks.some((t) => t.start >= from - 1),
        blocked,
        { timeout: 5_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (seen) return;
    if (attempt === 3) throw new Error('the long-task observer saw none of 3 blocked tasks of 80 ms');
  }
}

/** The longest long task since `since` (page time), 0 when there was none. */
const longestTaskSince = (page: Page, since: number): Promise<number> =>
  page.evaluate(
    (from) =>
      Math.max(
        0,
        ...(window as unknown as LongTasks).__longTasks.filter((t) => t.start >= from).map((t) => t.duration),
      ),
    since,
  );

const activeMeta = (): Promise<unknown> =>
  extension.serviceWorker.evaluate(async () => (await chrome.storage.local.get('dict:meta'))['dict:meta']);

/** Staged import pieces in storage: an activated import keeps them as its stored copy; a refused one's are removed. */
const stagedKeys = (): Promise<string[]> =>
  extension.serviceWorker.evaluate(async () =>
    Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('dict:staged:')),
  );

async function importFile(options: Page, path: string): Promise<void> {
  await options.getByLabel('Checklist file').setInputFiles(path);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
}

describe('importing the CITES Checklist on the options page', () => {
  it('imports the real 2017 checklist without freezing the page, highlights its species, and reverts', async () => {
    const options = await openOptions(extension.context, extension.extensionId);
    await watchLongTasks(options);
    const status = options.getByTestId('dictionary-status');
    await expect.poll(() => status.textContent()).toMatch(/Spoor’s bundled list/);

    const page = await extension.context.newPage();
    await page.goto(server.url(CHECKLIST_ONLY_PAGE));
    await waitForHighlightCount(page, 'app-i', 1);
    expect(await highlightTexts(page, 'app-ii')).toEqual([]);
    const tabId = await tabIdOf(extension, page.url());
    // The badge counts the elephant and its ivory, then the beetle too (the checklist's lists decoded as their
    // parts arrive), then the two again.
    await expect.poll(() => badgeText(extension, tabId)).toBe('2');

    await options.bringToFront();
    const started = await options.evaluate(() => performance.now());
    const importStart = Date.now();
    await importFile(options, REAL_CHECKLIST);
    await options.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await options.getByText(/%, [\d,]+ rows read/).waitFor();
    const done = options.getByRole('status').filter({ hasText: /^Imported / });
    await done.waitFor({ timeout: 240_000 });
    const importSeconds = (Date.now() - importStart) / 1000;
    expect(await done.textContent()).toBe(
      'Imported 37,996 taxa, 15,115 common names and 32,717 synonyms from 38,079 rows; skipped 83 not listed (NC or no current listing).',
    );
    expect(await status.textContent()).toMatch(
      /Imported CITES Checklist \(checklist-index-of-cites-species-2017-04-21\.csv\.gz\), listings as of 21 April 2017/,
    );
    const longest = await longestTaskSince(options, started);
    console.info(
      `checklist import: ${importSeconds.toFixed(1)} s, longest task on the options page ${longest.toFixed(0)} ms`,
    );
    // Relative to the import, not to the clock: a busy 2-core machine stretches every task (50 ms on a
    // quiet one, 100–250 ms seen under load), but an import that froze the page would be one task about
    // as long as the import itself. BENCHMARKS.md reports the quiet machine's figure.
    expect(longest).toBeLessThan((importSeconds * 1000) / 20);
    // The staged pieces are the imported list's stored copy, named by the meta: nothing else is left staged.
    const { sourcePrefix, sourceChunks } = (await activeMeta()) as { sourcePrefix: string; sourceChunks: number };
    expect((await stagedKeys()).toSorted()).toEqual(
      Array.from({ length: sourceChunks }, (_, i) => `${sourcePrefix}:${i}`).toSorted(),
    );

    await page.bringToFront();
    await page.reload();
    await waitForHighlightCount(page, 'app-ii', 1);
    expect(await highlightTexts(page, 'app-ii')).toEqual(['Heteropsammia cochlea']);
    await expect.poll(() => badgeText(extension, tabId)).toBe('3');

    await options.bringToFront();
    await options.getByRole('button', { name: 'Revert to bundled list' }).click();
    await expect.poll(() => status.textContent()).toMatch(/Spoor’s bundled list/);
    await page.reload();
    await waitForHighlightCount(page, 'app-i', 1);
    expect(await highlightTexts(page, 'app-ii')).toEqual([]);
    await expect.poll(() => badgeText(extension, tabId)).toBe('2');
    expect(await stagedKeys()).toEqual([]);
    await page.close();
    await options.close();
  }, 300_000);

  it('cancels an import on request and changes nothing', async () => {
    const options = await openOptions(extension.context, extension.extensionId);
    const status = options.getByTestId('dictionary-status');
    await status.waitFor();
    const [before, statusBefore] = [await activeMeta(), await status.textContent()];

    await importFile(options, REAL_CHECKLIST);
    await options.getByText(/%, [\d,]+ rows read/).waitFor();
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect(await options.getByRole('alert').textContent()).toBe('Import cancelled; nothing was changed.');
    expect(await activeMeta()).toEqual(before);
    expect(await status.textContent()).toBe(statusBefore);
    await options.close();
  });

  it('refuses a CSV with another header, says why, and changes nothing', async () => {
    const options = await openOptions(extension.context, extension.extensionId);
    const status = options.getByTestId('dictionary-status');
    await status.waitFor();
    const [before, statusBefore] = [await activeMeta(), await status.textContent()];
    const wrong = join(scratch, 'bank-statement.csv');
    writeFileSync(wrong, 'date,amount,payee\n2024-01-01,5,Bakery\n');

    await importFile(options, wrong);
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nothing was changed. The file cannot be imported:');
    expect(await alert.textContent()).toContain(
      "row 1: not a CITES Checklist or Species+ export: the header starts 'date', 'amount', 'payee'",
    );
    expect(await activeMeta()).toEqual(before);
    expect(await status.textContent()).toBe(statusBefore);
    await options.close();
  });
});
