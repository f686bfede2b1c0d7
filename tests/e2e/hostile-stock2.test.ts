import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, storedReportEntries } from './detect-support';

// A second seller's stock page (hostile34, hostile-stock2.html; written before any run): 30 ways to spell a name that
// no earlier hostile page tried (digits and symbols for letters, letters spread by one separator, blanks that are
// letters to Unicode, marks and look-alikes on a name's letters, words glued or split) and 7 ordinary texts with
// spaced capitals, dotted acronyms, serials, prices and digits inside words that must stay quiet. Main (c97acc18)
// painted 10 of the 30 and kept the 7 quiet. Each case's painted ranges are asserted; misses are said case by case.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/hostile-stock2.html'));
});
afterAll(() => close?.());

/** The taxa and trade terms of the tab's report, sorted. */
async function reportedEntries(): Promise<string[]> {
  return [...new Set((await storedReportEntries(extension, tabId)).map((entry) => entry.entryId))].sort();
}

it('reads names spelled with swapped, spread, marked or glued letters, and nothing in ordinary text', async () => {
  await expect
    .poll(reportedEntries, { timeout: 120_000 })
    .toEqual([
      'elephant-tusk',
      'ivory-carving',
      'loxodonta-africana',
      'manis-javanica',
      'psittacus-erithacus',
      'python-regius',
      'pythonidae',
    ]);
  expect(await paintedByCase(page)).toEqual({
    // Still missed: a digit for a letter inside a word ("T3studo", "n1loticus", "сл0новую", "iv0ire").
    'leet-genus': [],
    'leet-epithet': [],
    'leet-cyrillic': [],
    'leet-french': [],
    // Still missed: a symbol for a letter ("Psitt@cus", "Ps*ttacus").
    'at-sign': [],
    'asterisk-letter': [],
    // Still missed: single letters spread by one separator each (underscore, slash, middle dot, plus, U+3000).
    'underscore-letters': [],
    'slash-letters': [],
    'middle-dot-letters': [],
    'plus-letters': [],
    'ideographic-space-letters': [],
    // A braille blank draws a space, but is a symbol: the two words are read apart, not as one name.
    'braille-blank': ['Python', 'regius'],
    // Still missed: a halfwidth Hangul filler between the words is a letter to Unicode, and glues them.
    'halfwidth-filler': [],
    'choseong-filler': ['Loxo\u115Fdonta africana', 'Tusk'],
    'combining-underline': ['Carved i̲v̲o̲r̲y̲'],
    'enclosing-circles': ['P⃝y⃝t⃝h⃝o⃝n⃝ regius'],
    // Still missed: precomposed accents on a binomial's letters.
    'precomposed-accents': [],
    'armenian-o': ['Pyth\u0585n regius'],
    'dotless-i': ['Ps\u0131ttacus er\u0131thacus'],
    'latin-alpha': ['Manis jav\u0251nica'],
    // Still missed: regional indicator letters (only the "tusk" beside them is read).
    'regional-indicators': ['tusk'],
    // Still missed: negative circled letters.
    'negative-circled': [],
    'roman-numeral-letter': ['Carved \u2160VORY'],
    // Still missed: a space or a line break inside a word.
    'space-inside-word': [],
    'break-inside-word': [],
    'numeric-entities': ['Python regius'],
    'css-full-width': ['Carved ivory'],
    // Still missed: letters between emoji, and a name glued into a hashtag.
    'emoji-separated': [],
    'hashtag-glued': [],
    'hashtag-camel': [],
    'quiet-spaced-acronym': [],
    'quiet-dotted-acronym': [],
    'quiet-droids': [],
    'quiet-serials': [],
    'quiet-prices': [],
    'quiet-gamer-tag': [],
    'quiet-spaced-title': [],
  });
});
