import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, taxonReport } from './detect-support';

// Words a rule draws once the page edits it in place after the scan (hostile27): a ::after rule's `content` set to a
// name, and a rule drawing a name moved onto an element by its `selectorText`. Neither adds or removes a rule, so the
// sheets' rule count stays as it was; main read the drawn words again only when that count changed, and counted
// neither name. The reveal watch signs rules by their text (lib/detect/reveal-watch.ts) and tells the scanner.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/drawn-edited.html'));
});
afterAll(() => close?.());

declare const ruleOf: (selector: string) => CSSStyleRule;

it('counts a name drawn by a rule whose content or selector the page edits in place', async () => {
  await expect.poll(() => taxonReport(extension, tabId, 'loxodonta-africana'), { timeout: 120_000 }).toHaveLength(1);
  expect(await taxonReport(extension, tabId, 'python-regius')).toEqual([]);
  expect(await taxonReport(extension, tabId, 'ara-macao')).toEqual([]);
  await page.evaluate(() => {
    ruleOf('#content-edited::after').style.content = '" Python regius"';
    ruleOf('.no-such-box::after').selectorText = '#selector-edited::after';
  });
  // The researcher at the page: what makes the watch count the sheets again (else its timer does, later).
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 60);
  await expect.poll(() => taxonReport(extension, tabId, 'python-regius')).toHaveLength(1);
  await expect.poll(() => taxonReport(extension, tabId, 'ara-macao')).toHaveLength(1);
  expect(await taxonReport(extension, tabId, 'psittacus-erithacus')).toEqual([]);
});
