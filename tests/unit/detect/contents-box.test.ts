// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { unshown } from '@/lib/detect/unshown';
import { rendersText } from '@/lib/highlight/block-text';

// An element of `display: contents` has no box: Chromium's checkVisibility says false of it and its own box is empty,
// though its text shows (hostile28: `Psitt<span style="display: contents">acus</span> erithacus` was read as junk
// hidden inside a word, and the name was missed). jsdom lays nothing out: the checks and boxes are given here as
// Chromium answers them (tests/e2e/hostile-pages.test.ts runs the real ones).

const EMPTY = { width: 0, height: 0, right: 0, bottom: 0 } as DOMRect;
const LINE = { width: 40, height: 20, right: 40, bottom: 20 } as DOMRect;

/** A word split by a boxless element; `style`: one that hides what it holds, or '' for none. */
function splitWord(style: string) {
  document.body.innerHTML = `<p>Psitt<span style="display: contents; ${style}">acus</span> erithacus</p>`;
  const span = document.querySelector('span')!;
  span.checkVisibility = () => false;
  span.getBoundingClientRect = () => EMPTY;
  // What Chromium computes and jsdom does not: nothing is clipped, and the paragraph has a box.
  span.style.overflow = 'visible';
  span.parentElement!.getBoundingClientRect = () => LINE;
  // Its contents' box: what Chromium gives a range over them (jsdom ranges have no boxes at all).
  const contentsBox = style.includes('font-size: 0') ? EMPTY : LINE;
  Range.prototype.getBoundingClientRect = () => contentsBox;
  return span;
}

it.each([
  ['', true],
  ['font-size: 0', false],
  ['visibility: hidden', false],
])('reads the text of a display: contents element styled %j as shown: %s', (style, shown) => {
  const span = splitWord(style);
  expect(rendersText(span)).toBe(shown);
  const text = span.firstChild as Text;
  const range = document.createRange();
  range.selectNodeContents(text);
  expect(unshown(range, [text])).toBe(!shown);
});

it('still reads a boxless element of another display (display: none) as hidden', () => {
  document.body.innerHTML = '<p>Psitt<span style="display: none">q</span>acus</p>';
  const span = document.querySelector('span')!;
  span.checkVisibility = () => false;
  span.getBoundingClientRect = () => EMPTY;
  Range.prototype.getBoundingClientRect = () => LINE;
  expect(rendersText(span)).toBe(false);
});
