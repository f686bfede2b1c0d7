import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, taxonReport } from './detect-support';

// A rule a page edits in place after the scan (lang26): a colour that showed nothing (white on white) changed to show
// a name. The rule keeps its identity, its place and its sheet's count: only its text changes, and the reveal watch
// (lib/detect/reveal-watch.ts) signs rules by their text.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/edited-rules.html'));
});
afterAll(() => close?.());

declare const ruleOf: (selector: string) => CSSStyleRule;

it('paints and counts a name a rule edited in place reveals', async () => {
  await expect.poll(() => taxonReport(extension, tabId, 'panthera-tigris'), { timeout: 120_000 }).toEqual([[1, true]]);
  await page.evaluate(() => (ruleOf('#colour-reveals').style.color = '#111111'));
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 60);
  await expect
    .poll(() => paintedByCase(page))
    .toMatchObject({ plain: ['Loxodonta africana'], 'colour-reveals': ['Panthera tigris'] });
  await expect.poll(() => taxonReport(extension, tabId, 'panthera-tigris')).toEqual([[1, false]]);
});
