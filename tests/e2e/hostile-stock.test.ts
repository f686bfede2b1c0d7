import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, storedReportEntries } from './detect-support';

// A seller's stock page of 40 ways to show a name that no earlier hostile page tried (hostile33, hostile-stock.html;
// written before any run). Main (d133b3f8) caught 17 and kept the 3 ordinary cases quiet. The branch catches four
// more: a letter hidden inside a name by the "visually hidden" pattern (`position: absolute; clip: rect(0 0 0 0)`),
// Latin small capitals no other script draws (ꜱ, ᴍ, ꜰ, ꞯ), a name whose pieces neighbouring boxes draw
// (`content: attr(…)` on three elements) and, the two cases stop 47 left open, a closed shadow root's slotted text
// the page changes after the first pass, and a first letter hidden by an inline element of its own under an
// absolutely placed ::before. The report's entries and each case's painted ranges are asserted; what stays missed
// is said case by case below. hostile34 reads seven more (lib/matching/seller-readings.ts, diacritics.ts): digits for
// letters, letters spaced, dotted or hyphenated one by one, a Hangul filler between words, accents on a binomial.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/hostile-stock.html'));
});
afterAll(() => close?.());

declare const changeAfterFirstPass: () => void;

const NAME = 'Psittacus erithacus';
/** A name painted over the decoy letter the page hides inside it: the range runs over it, the word read without. */
const JUNK = 'Psittqacus erithacus';

/** The taxa of the tab's report, sorted, each marked when counted with the image descriptions (drawn words are). */
async function reportedTaxa(): Promise<string[]> {
  const entries = await storedReportEntries(extension, tabId);
  return [...new Set(entries.map((entry) => `${entry.entryId}${entry.inAttributes ? ' (described)' : ''}`))].sort();
}

it('reads the names a seller spells, draws, hides letters in or changes later, and nothing in ordinary text', async () => {
  // The first report, before the page changes anything (a busy machine takes most of this): no crocodile yet.
  await expect.poll(async () => (await reportedTaxa()).includes('ara-ararauna'), { timeout: 120_000 }).toBe(true);
  expect(await reportedTaxa()).not.toContain('crocodylus-niloticus');
  await page.evaluate(() => changeAfterFirstPass());
  await expect.poll(reportedTaxa, { timeout: 120_000 }).toEqual([
    // Drawn by a ::before over a first letter an inline element hides ("<span>X</span>mazona").
    'amazona-oratrix (described)',
    // Nested declarative shadow roots.
    'ara-ararauna',
    // A textarea's text is a form value, counted as one; a broken image's description, which Chromium draws.
    'chelonia-mydas (described)',
    // The closed root's "Croco" and its host's text, changed from "crossant" after the first pass.
    'crocodylus-niloticus',
    // "1v0ry" and "E-l-f-e-n-b-e-i-n", read as the seller means them.
    'ivory',
    'ivory-carving',
    'manis-javanica (described)',
    'psittacus-erithacus',
    // The CSS escape `content: "\50"` drawing the first letter.
    'psittacus-erithacus (described)',
    // "Pyth0n regius", a digit read as the letter it stands for.
    'python-regius',
    // Pieces drawn by `content: attr(data-piece)` on three neighbouring elements.
    'testudo-graeca (described)',
  ]);
  expect(await paintedByCase(page)).toEqual({
    // Drawn words are counted with the image descriptions, never painted (no text node holds them).
    'css-escape': [],
    // Not read: a letter drawn by `counter(x, upper-alpha)` needs the counter's value, which no style tells.
    'counter-letter': [],
    'attr-pieces': [],
    uppercase: ['psittacus erithacus'],
    'first-line': [NAME],
    // Still missed: the words written together, set apart by a class's margin (every inline element's style would
    // have to be computed).
    'margin-gap': [],
    'sr-only-decoy': [JUNK],
    'clip-path-decoy': [JUNK],
    'opacity-decoy': [JUNK],
    'skipped-decoy': [JUNK],
    'squeezed-decoy': [JUNK],
    hyphenated: [NAME],
    // Accents on a binomial's letters only disguise it: a binomial names no word of any language (diacritics.ts).
    'mixed-marks': ['Psi\u0301tta\u0308cus eri\u0336thacus'],
    'variation-selectors': ['Psi\uFE0Ftta\uFE0Ecus erithacus'],
    // A Hangul filler draws a blank: read as the space it draws (seller-readings.ts).
    'filler-space': ['Psittacus\u3164erithacus'],
    fraktur: ['𝔓𝔰𝔦𝔱𝔱𝔞𝔠𝔲𝔰 𝔢𝔯𝔦𝔱𝔥𝔞𝔠𝔲𝔰'],
    'double-struck': ['ℙ𝕤𝕚𝕥𝕥𝕒𝕔𝕦𝕤 𝕖𝕣𝕚𝕥𝕙𝕒𝕔𝕦𝕤'],
    // Parenthesized letters, symbols to Unicode, read as their letters (seller35, seller-readings.ts).
    parenthesized: ['⒫⒮⒤⒯⒯⒜⒞⒰⒮ ⒠⒭⒤⒯⒣⒜⒞⒰⒮'],
    squared: ['🄿🅂🄸🅃🅃🄰🄲🅄🅂 🄴🅁🄸🅃🄷🄰🄲🅄🅂'],
    'small-capital-letters': ['ᴘꜱɪᴛᴛᴀᴄᴜꜱ ᴇʀɪᴛʜᴀᴄᴜꜱ'],
    'superscript-element': [NAME],
    // Digits read as letters inside words of letters; four or more single letters spread by one separator joined.
    'leet-binomial': ['Pyth0n regius'],
    'leet-trade': ['carved 1v0ry'],
    'spaced-binomial': ['P s i t t a c u s e r i t h a c u s'],
    'dotted-binomial': ['Graupapagei', 'P.s.i.t.t.a.c.u.s e.r.i.t.h.a.c.u.s'],
    'hyphen-spaced': ['E-l-f-e-n-b-e-i-n'],
    // Still missed: list items displayed inline are blocks to the reader (their tag), so "Psitt" and "acus" part.
    'list-items': [],
    // A form value is counted in the popup, not painted; here the genus and the value's epithet stay apart.
    'label-input': [],
    'inline-svg': [NAME],
    textarea: [],
    'broken-image': [],
    // Letters a canvas draws are pixels, not text: neither painted nor counted.
    canvas: [],
    'stamped-later': [NAME],
    // In shadow roots, which this page-side look does not reach (counted above).
    'dsd-nested': [],
    // What the researcher or a script types in an editable region is left alone: painting would fight the caret.
    edited: [],
    'closed-slot-changed': ['dylus niloticus'],
    'span-under-before': [],
    // Joined, "IVORY & LACE: wedding table cards" is ivory the colour.
    'spaced-heading': [],
    'ordinary-digits': [],
  });
});
