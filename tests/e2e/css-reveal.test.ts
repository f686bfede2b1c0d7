import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, taxonReport } from './detect-support';

// Hidden text that the page's style sheets alone show later (issue 13, "a seller can neither hide a word nor reveal
// one unseen"): no attribute changes on the hidden block or above it, so only the second stage's reveal watch
// (lib/detect/reveal-watch.ts) can see it: a box appearing, an event that may change which rules apply, a style
// sheet added or switched. A name the page shows, hidden later by a new rule, stops being painted and counted; a word
// hyphenated at the end of one block and ended in the next is read whole.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

/** Each way the page shows a hidden panel, in the order the test shows them (none undoes another). */
const REVEALS: [string, (target: Page) => Promise<unknown>][] = [
  ['resize', (target) => target.setViewportSize({ width: 600, height: 720 })],
  ['style-added', (target) => target.addStyleTag({ content: '.late { display: block }' })],
  [
    'media',
    (target) => target.evaluate(() => ((document.getElementById('print-only') as HTMLStyleElement).media = 'all')),
  ],
  [
    'disabled',
    (target) => target.evaluate(() => ((document.getElementById('hiding') as HTMLStyleElement).disabled = true)),
  ],
  ['animation', (target) => target.evaluate(() => document.getElementById('animate')!.classList.add('go'))],
  ['transition', (target) => target.evaluate(() => document.getElementById('transit')!.classList.add('go'))],
  ['target', (target) => target.click('#target-link')],
  ['checked', (target) => target.click('#check-label')],
  ['focus', (target) => target.focus('#focus-input')],
  ['hover', (target) => target.hover('#hover-box')],
];
const SHOWN = { plain: ['Loxodonta africana'], 'late-hidden': ['Psittacus erithacus'] };

const reported = (taxon: string) => taxonReport(extension, tabId, taxon);

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/css-reveal.html'));
});
afterAll(() => close?.());

it('reports the hidden names apart, and reads a word hyphenated at the end of one block and ended in the next', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect.poll(() => reported('panthera-tigris'), { timeout: 120_000 }).toEqual([[REVEALS.length, true]]);
  await expect.poll(async () => (await paintedByCase(page)).hyphen).toEqual(['Elfen- bein']);
});

it('paints and counts hidden names once style sheets alone show them', async () => {
  const before = await paintedByCase(page);
  expect(REVEALS.map(([name]) => [name, before[name]])).toEqual(REVEALS.map(([name]) => [name, []]));
  for (const [, show] of REVEALS) await show(page);
  const shown = Object.fromEntries(REVEALS.map(([name]) => [name, ['Panthera tigris']]));
  await expect
    .poll(async () => ({ ...(await paintedByCase(page)), hyphen: undefined }))
    .toEqual({ ...SHOWN, ...shown, hyphen: undefined });
  await expect.poll(() => reported('panthera-tigris')).toEqual([[REVEALS.length, false]]);
});

it('stops painting and counting a name once a new style rule hides it', async () => {
  expect(await reported('psittacus-erithacus')).toEqual([[1, false]]);
  await page.addStyleTag({ content: '#late-hidden { display: none }' });
  await expect.poll(async () => (await paintedByCase(page))['late-hidden']).toEqual([]);
  await expect.poll(() => reported('psittacus-erithacus')).toEqual([[1, true]]);
});
