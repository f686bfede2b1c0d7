import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import type { TestServer } from './support/server';
import { openPage, paintedByCase, startDetectServer, tabIdOf, taxonReport } from './detect-support';

// A page that hides no text, so the reveal watch (lib/detect/reveal-watch.ts) does not poll it, hides shown names
// later by changes that touch no element: a rule inserted in a sheet, an adopted sheet, a rule giving the text the
// colour behind it. Each name is unpainted and counted apart, as a name hidden from the start.

let extension: LoadedExtension;
let server: TestServer;
let page: Page;
let tabId: number;

declare function sheetOf(id: string): CSSStyleSheet;

const HIDES: [string, () => void][] = [
  ['insert-hides', () => sheetOf('rules').insertRule('#insert-hides { visibility: hidden }')],
  [
    'adopted-hides',
    () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('#adopted-hides { opacity: 0 }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    },
  ],
  ['colour-hides', () => sheetOf('rules').insertRule('#colour-hides { color: white }')],
];

beforeAll(async () => {
  server = await startDetectServer();
  extension = await launchWithExtension();
  page = await openPage(extension, server, '/hidden-later.html');
  tabId = await tabIdOf(extension, page.url());
}, 120_000);
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

it('stops painting and counting a shown name a page with no hidden text hides later', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect
    .poll(() => taxonReport(extension, tabId, 'psittacus-erithacus'), { timeout: 120_000 })
    .toEqual([[HIDES.length, false]]);
  for (const [, hide] of HIDES) await page.evaluate(hide);
  // The researcher at the page, reading it.
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 60);
  await expect
    .poll(() => paintedByCase(page), { timeout: 60_000 })
    .toMatchObject({ plain: ['Loxodonta africana'], ...Object.fromEntries(HIDES.map(([name]) => [name, []])) });
  await expect
    .poll(() => taxonReport(extension, tabId, 'psittacus-erithacus'), { timeout: 60_000 })
    .toEqual([[HIDES.length, true]]);
}, 240_000);
