import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, storedReportEntries } from './detect-support';

// A third seller's stock page (seller35, hostile-stock3.html): new cases of the tricks hostile-stock2 showed missed
// (an asterisk for a letter, symbols drawn as letters, a line break inside a word, glued and camel-cased hashtags)
// in four languages, and 5 ordinary texts with star ratings, flags, hashtags, line-broken addresses and enclosed
// option letters that must stay quiet. Each case's painted ranges are asserted.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/hostile-stock3.html'));
});
afterAll(() => close?.());

/** The taxa and trade terms of the tab's report, sorted. */
async function reportedEntries(): Promise<string[]> {
  return [...new Set((await storedReportEntries(extension, tabId)).map((entry) => entry.entryId))].sort();
}

it('reads asterisks, symbol letters, broken words and hashtags as the seller means, and nothing else', async () => {
  await expect
    .poll(reportedEntries, { timeout: 120_000 })
    .toEqual([
      'diceros-bicornis',
      'ivory',
      'ivory-carving',
      'manis-javanica',
      'pangolin-scales',
      'python-regius',
      'testudo-hermanni',
    ]);
  expect(await paintedByCase(page)).toEqual({
    // An asterisk for one letter, read as the letter that spells a name.
    'asterisk-trade': ['iv*ry'],
    'asterisk-epithet': ['Manis j*vanica', 'Pangolin scales'],
    'asterisk-german': ['Elfenb*in'],
    'asterisk-russian': ['слон*вой кости'],
    // Symbols drawn as letters, read as their letters.
    'negative-squared': ['🅸🆅🅾🆁🆈'],
    parenthesized: ['Carved ⒤⒱⒪⒭⒴'],
    'squared-capitals': ['🄿🅈🅃🄷🄾🄽 regius'],
    // A `<br>` before the small letters that end a word.
    'break-german': ['Elfenbein'],
    'break-binomial': ['Testudo hermanni'],
    // A camel-cased hashtag split at its capitals; a glued one where all of it spells one name.
    'hashtag-camel-italian': ['Avorio'],
    'hashtag-glued-spanish': ['marfiltallado'],
    'hashtag-glued-binomial': ['blackrhino'],
    'quiet-stars': [],
    'quiet-flags': [],
    'quiet-hashtags': [],
    'quiet-address': [],
    'quiet-options': [],
  });
});
