import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDetectPage, paintedByCase } from './detect-support';

// A seller's page that writes itself again once painted (evade39, rewritten.html): document.open() and write() put a
// new root element in the document, which main's scanner, watching the first root, never read: the new listing went
// unlit and uncounted. The scanner watches the document itself.

let page: Page;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ page, close } = await openDetectPage('/rewritten.html'));
});
afterAll(() => close?.());

it('reads the page a document.write rewrite puts in place of the first', async () => {
  await expect
    .poll(() => paintedByCase(page), { timeout: 120_000 })
    .toEqual({ before: ['Ball python', 'Python regius'] });
  await page.evaluate(() => {
    document.open();
    document.write('<!doctype html><body><p data-shown="after">Hermann’s tortoise, Testudo hermanni.</p></body>');
    document.close();
  });
  await expect
    .poll(() => paintedByCase(page), { timeout: 120_000 })
    .toEqual({ after: ['Hermann’s tortoise', 'Testudo hermanni'] });
});
