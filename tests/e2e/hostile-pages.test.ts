import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, storedReportEntries, taxonReport } from './detect-support';

// A seller who wants buyers to read a name that a keyword tool reads apart (hostile28, hostile-pages.html). Main
// missed two: a word split over two inline boxes that touch (`display: inline-block`, which the block's text sets
// apart by a space when the box's style is in its attribute), and a word split by a `display: contents` element,
// which has no box: Chromium's checkVisibility says false of it, so its text was read as junk hidden inside the word.
// The other ways were caught on main and are kept so: <wbr> and soft hyphens, a comment, vertical writing, full-width
// letters, combining underlines, mathematical bold, circled and modifier letters, ruby with <rp>, junk letters hidden
// by colour, scale, width or indent, light text slotted through two shadow roots, a section far below drawn only once
// scrolled to (`content-visibility: auto`); and <template>, <noscript> and a visible extra letter stay quiet.
// Words the page's sheets draw, which main did not read: a nested rule's (`.card { & .x::after {…} }`), an imported
// sheet's, a list item's ::marker content or marker string (`list-style-type: "…"`), and quotes (`quotes: "…" "…"`
// drawn by `content: open-quote`). They are counted with the image descriptions, as drawn words are.
// hostile32: a name a shadow root's text and its slot's text make together, a letter an absolutely placed ::before
// draws over a first letter ::first-letter hides ("Xmazona" shows "Amazona"), an SVG chart of over 2,000 letters.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/hostile-pages.html'));
});
afterAll(() => close?.());

const NAME = 'Psittacus erithacus';
const JUNK = 'Psittqacus erithacus';

it('paints the name however the page splits, decorates or hides letters in it, and nothing where none shows', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect
    .poll(() => paintedByCase(page), { timeout: 120_000 })
    .toEqual({
      // Each piece painted where it is drawn, the name counted once.
      'inline-block-style': ['Psitt', 'acus', ' erithacus'],
      'inline-block-class': [NAME],
      'inline-block-apart': ['Psittacus', 'erithacus'],
      'contents-style': [NAME],
      'contents-class': [NAME],
      'wbr-shy': ['Psitta\u00ADcus eri\u00ADthacus'],
      comment: [NAME],
      vertical: [NAME],
      'full-width': [NAME],
      underlined: ['P̲s̲i̲t̲t̲a̲c̲u̲s̲ e̲r̲i̲t̲h̲a̲c̲u̲s̲'],
      'math-bold': ['𝐏𝐬𝐢𝐭𝐭𝐚𝐜𝐮𝐬 𝐞𝐫𝐢𝐭𝐡𝐚𝐜𝐮𝐬'],
      circled: ['Ⓟⓢⓘⓣⓣⓐⓒⓤⓢ ⓔⓡⓘⓣⓗⓐⓒⓤⓢ'],
      'modifier-letters': ['ᴾˢⁱᵗᵗᵃᶜᵘˢ ᵉʳⁱᵗʰᵃᶜᵘˢ'],
      'ruby-rp': ['Psittacus(grey) erithacus'],
      'junk-transparent': [JUNK],
      'junk-scaled': [JUNK],
      'junk-narrow': [JUNK],
      'junk-indent': [JUNK],
      'slotted-twice': [NAME],
      // The root's "Croco" and "Testudo" are painted too, in the shadow trees this page-side look does not reach.
      'slot-edge': ['dylus niloticus'],
      'slot-word': ['graeca'],
      'before-over': [],
      template: [],
      noscript: [],
      'not-a-name': [],
      'far-below': [NAME],
    });
});

/** The entries of the tab's report counted with the image descriptions (drawn words are), sorted. */
const inAttributes = async () =>
  (await storedReportEntries(extension, tabId))
    .filter((entry) => entry.inAttributes)
    .map((entry) => entry.entryId)
    .sort();

it("counts the names drawn by a nested rule, an imported sheet, a list's markers and quotes", async () => {
  await expect
    .poll(inAttributes, { timeout: 120_000 })
    .toEqual([
      'amazona-oratrix',
      'ara-ararauna',
      'chelonia-mydas',
      'loxodonta-africana',
      'manis-javanica',
      'panthera-tigris',
      'python-regius',
    ]);
});

// hostile32: a shadow root's own text runs on into what its slots draw ("Croco" + "dylus niloticus", "Testudo" +
// "graeca"), which main read as two blocks and counted neither; each name is now counted once, painted in both trees.
it("counts a name a shadow root's text and its slot's text make together", async () => {
  const counts = async () => ({
    nile: await taxonReport(extension, tabId, 'crocodylus-niloticus'),
    spur: await taxonReport(extension, tabId, 'testudo-graeca'),
  });
  await expect.poll(counts, { timeout: 120_000 }).toEqual({ nile: [[1, false]], spur: [[1, false]] });
});
