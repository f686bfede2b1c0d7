import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, storedReportEntries } from './detect-support';

// A second seller's stock page (hostile34, hostile-stock2.html; written before any run): 30 ways to spell a name that
// no earlier hostile page tried (digits and symbols for letters, letters spread by one separator, blanks that are
// letters to Unicode, marks and look-alikes on a name's letters, words glued or split) and 7 ordinary texts with
// spaced capitals, dotted acronyms, serials, prices and digits inside words that must stay quiet. Main (c97acc18)
// painted 10 of the 30 and kept the 7 quiet; with seller-readings.ts and binomials' accents (hostile34) 24 of 30,
// the 7 still quiet; with seller35's readings (asterisks, symbol letters, line breaks in words, hashtags) 29 of 30.
// Each case's painted ranges are asserted; what stays missed is said case by case.

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
      'ara-ararauna',
      'crocodylus-niloticus',
      'elephant-tusk',
      'ivory',
      'ivory-carving',
      'loxodonta-africana',
      'manis-javanica',
      'psittacus-erithacus',
      'python-regius',
      'testudo-hermanni',
    ]);
  expect(await paintedByCase(page)).toEqual({
    // A digit or a symbol for a letter inside a word of letters, in any script.
    'leet-genus': ['T3studo hermanni'],
    'leet-epithet': ['Crocodylus n1loticus'],
    'leet-cyrillic': ['резную сл0новую кость'],
    'leet-french': ['iv0ire'],
    'at-sign': ['Psitt@cus erithacus'],
    // An asterisk for a letter, read as the letter that spells a name (seller35).
    'asterisk-letter': ['Ps*ttacus erithacus'],
    // Single letters spread by one separator each (underscore, slash, middle dot, plus, U+3000), joined.
    'underscore-letters': ['E_l_f_e_n_b_e_i_n'],
    'slash-letters': ['Carved i/v/o/r/y'],
    'middle-dot-letters': ['I·V·O·I·R·E'],
    'plus-letters': ['m+a+r+f+i+l'],
    'ideographic-space-letters': ['Carved I V O R Y'],
    // A braille blank and a halfwidth Hangul filler draw a space: read as one.
    'braille-blank': ['Python\u2800regius'],
    'halfwidth-filler': ['Ara\uFFA0ararauna'],
    'choseong-filler': ['Loxo\u115Fdonta africana', 'Tusk'],
    'combining-underline': ['Carved i̲v̲o̲r̲y̲'],
    'enclosing-circles': ['P⃝y⃝t⃝h⃝o⃝n⃝ regius'],
    'precomposed-accents': ['Psíttàcüs érithacus'],
    'armenian-o': ['Pyth\u0585n regius'],
    'dotless-i': ['Ps\u0131ttacus er\u0131thacus'],
    'latin-alpha': ['Manis jav\u0251nica'],
    // Regional indicator and negative circled letters, read as their letters (seller35).
    'regional-indicators': ['Carved 🇮🇻🇴🇷🇾', 'tusk'],
    'negative-circled': ['🅟🅨🅣🅗🅞🅝 🅡🅔🅖🅘🅤🅢'],
    'roman-numeral-letter': ['Carved \u2160VORY'],
    // Still missed: a space inside a word (no cheap sign to hand the text to the second stage). A line break before
    // the small letters that end a word is joined (seller35).
    'space-inside-word': [],
    'break-inside-word': ['Psittacus erithacus'],
    'numeric-entities': ['Python regius'],
    'css-full-width': ['Carved ivory'],
    'emoji-separated': ['I🐘V🐘O🐘R🐘Y'],
    // A hashtag read split where all of it spells one name, or at its capitals (seller35).
    'hashtag-glued': ['psittacuserithacus'],
    'hashtag-camel': ['PythonRegius'],
    'quiet-spaced-acronym': [],
    'quiet-dotted-acronym': [],
    'quiet-droids': [],
    'quiet-serials': [],
    'quiet-prices': [],
    'quiet-gamer-tag': [],
    'quiet-spaced-title': [],
  });
});
