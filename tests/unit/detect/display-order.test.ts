// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { mayBeShuffled, readAsDrawn, scanAsDrawn } from '@/lib/detect/display-order';
import { collectBlockText } from '@/lib/highlight/block-text';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { fixtureDictionary } from './fixture-dictionary';

const blockOf = (html: string) => {
  const owner = document.createElement('p');
  owner.innerHTML = html;
  document.body.append(owner);
  return collectBlockText(owner, () => false);
};

// Only blocks that pass this text-only test are asked for their style, and only then for their boxes (layout26): the
// pieces a layout can shuffle into a name, and no ordinary block of a listing page.
it.each([
  ['<span class="second">phant</span><span class="first">Ele</span>'],
  ['<span>africana</span> <span>Loxodonta</span>'],
  ['<span>cus erithacus</span><span>Psitta</span>'],
  ['Psitta<span style="position: absolute">sold out</span>cus erithacus'],
  ['<span style="display: inline-block">niloticus</span> <span style="display: inline-block">Crocodylus</span>'],
  // hostile28: two boxes on the line that may touch; the space their edges set in the text is not the page's.
  ['<span style="display: inline-block">Psitt</span><span style="display: inline-block">acus</span> erithacus'],
  // hostile29: a letter a span, more than a flex box's dozen items, shuffled in the text and put in order by `order`.
  [
    [...'Psittacus\u00a0erithacus']
      .map((letter) => `<span>${letter}</span>`)
      .reverse()
      .join(''),
  ],
])('a run of pieces %j may be shuffled', (html) => expect(mayBeShuffled(blockOf(html))).toBe(true));

it.each([
  ['Grey parrot <b>Psittacus erithacus</b> for sale'],
  ['<a href="#">Grey parrot</a> <span>for sale</span>'],
  ['<b>Price</b>: 450 €'],
  ['<i>Loxodonta</i> <i>africana</i>, carved'],
  ['Elephant'],
  ['<span>Ivory</span>, <span>white</span>'],
  ['<span style="display: inline-block">Ivory</span> <span style="display: inline-block">white</span>'],
  [`<span>${'Carved netsuke from a private collection, '.repeat(4)}</span><b>Ele</b>phant`],
  // A listing row of more than a dozen pieces, words not letters (flag-huge-page's million nodes are such rows).
  [
    '<span>#1</span> <b>Fahrrad</b> <i>jung</i> <a>Berlin</a> <em>850 €</em> <small>heute</small> <u>Versand</u> <s>9 €</s>',
  ],
])('an ordinary block %j is not', (html) => expect(mayBeShuffled(blockOf(html))).toBe(false));

/** Where jsdom has no layout: each text node drawn in the box given for its text. */
function drawAt(boxes: Record<string, DOMRect>) {
  Range.prototype.getClientRects = function (this: Range) {
    return [boxes[this.startContainer.textContent!]!] as unknown as DOMRectList;
  };
}
afterEach(() => {
  delete (Range.prototype as Partial<Range>).getClientRects;
});

// Exempt names are marked where the senses apply.
const pageMatcher = createMatcher(compileDictionary(DictionarySchema.parse(fixtureDictionary)));

// The second piece drawn right after the first (touching: one word) or a space after it (two words).
it.each([
  ['an exempt name', '<span>gies</span><span>Bud</span>', 'Bud', 'gies', 30, 'exempt'],
  ['a listed name', '<span>parrot</span> <span>Grey</span>', 'Grey', 'parrot', 40, 'app-i'],
])('paints %s drawn in pieces with one terms array, one keyboard stop', (_, html, first, second, left, category) => {
  const block = blockOf(html);
  drawAt({ [first]: new DOMRect(0, 0, 30, 12), [second]: new DOMRect(left, 0, 40, 12) });
  const painted = readAsDrawn(block, pageMatcher, document)!.painted;
  expect(painted.map(({ range, category }) => [range.toString(), category])).toEqual([
    [first, category],
    [second, category],
  ]);
  expect(painted[1]!.terms).toBe(painted[0]!.terms);
});

// hostile31: a shadow host's children are drawn where its root's slots are, in their order; an open root or a custom
// element (whose root may be closed) is asked for its boxes.
it.each([
  ['an open root', 'div', 'open'],
  ['a custom element', 'name-tag', 'closed'],
] as const)("reads a shadow host's children in the order %s's slots draw them", (_, tag, mode) => {
  const host = document.createElement(tag);
  host.attachShadow({ mode }).innerHTML = '<slot name="a"></slot><slot name="b"></slot>';
  host.innerHTML = '<span slot="b">gies</span><span slot="a">Bud</span>';
  document.body.append(host);
  drawAt({ Bud: new DOMRect(0, 0, 30, 12), gies: new DOMRect(30, 0, 40, 12) });
  const painted = scanAsDrawn(
    collectBlockText(host, () => false),
    pageMatcher,
    document,
  )!.painted;
  expect(painted.map(({ range }) => range.toString())).toEqual(['Bud', 'gies']);
});
