import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDetectPage, paintedByCase } from './detect-support';

// A seller's page that takes Spoor's marks off once they are painted (evade39, paint-kept.html): Spoor's highlight
// names are public, so the page can delete them from the registry, register empty Highlights under them, empty
// Spoor's own Highlights or add its own words to them. Main painted nothing, or the page's word, from then on while the
// badge still counted the name; the paint keeper (lib/highlight/paint-keeper.ts) puts Spoor's marks back.

let page: Page;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ page, close } = await openDetectPage('/paint-kept.html'));
});
afterAll(() => close?.());

const LIT = { listing: ['Ball python', 'Python regius'], ordinary: [] };

/** Waits for the page to show Spoor's marks as painted first, after the page's tampering if any. */
const expectMarksBack = () => expect.poll(() => paintedByCase(page), { timeout: 120_000 }).toEqual(LIT);

it('paints the listing', expectMarksBack);

it("puts back Spoor's highlights the page deletes from the registry", async () => {
  await page.evaluate(() => CSS.highlights.clear());
  await expectMarksBack();
});

it('puts back Spoor’s highlights where the page registers empty ones under their names', async () => {
  await page.evaluate(() => {
    for (const name of [...CSS.highlights.keys()]) CSS.highlights.set(name, new Highlight());
  });
  await expectMarksBack();
});

it('puts back the words the page takes out of Spoor’s highlights', async () => {
  await page.evaluate(() => {
    for (const highlight of CSS.highlights.values()) highlight.clear();
  });
  await expectMarksBack();
});

it('takes out a word the page adds to Spoor’s highlights', async () => {
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('[data-shown="ordinary"]')!.firstChild!);
    CSS.highlights.values().next().value!.add(range);
  });
  await expectMarksBack();
});
