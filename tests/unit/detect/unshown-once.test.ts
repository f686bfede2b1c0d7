// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { unshown } from '@/lib/detect/unshown';

// jsdom lays nothing out: an element's rendering check and the boxes are given here as Chromium would answer them for
// a shown paragraph, and counted (tests/e2e/hidden-text.test.ts runs the real ones).

afterEach(() => vi.restoreAllMocks());

/** A paragraph of two names whose rendering checks are counted; `shown` says what its element answers. */
function paragraph() {
  document.body.innerHTML = '<p id="block">Panthera tigris and Panthera leo</p>';
  const block = document.getElementById('block')!;
  const text = block.firstChild as Text;
  const state = { shown: true, checked: 0 };
  block.checkVisibility = () => (state.checked++, state.shown);
  block.getBoundingClientRect = () => ({ width: 300, height: 20, right: 300, bottom: 20 }) as DOMRect;
  const styles = vi.spyOn(window, 'getComputedStyle');
  const match = (start: number, end: number) => {
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    range.getBoundingClientRect = () =>
      ({ width: 10 * (end - start), height: 20, right: 10 * end, bottom: 20 }) as DOMRect;
    return range;
  };
  return { text, state, styles, tiger: match(0, 15), lion: match(20, 31) };
}

it('asks about a block once in a task however many of its matches are checked', () => {
  const { text, state, styles, tiger, lion } = paragraph();
  expect(unshown(tiger, [text])).toBe(false);
  // Its clipping and its colour against the backgrounds behind it (blends-in.ts) are read once too.
  const styleReads = styles.mock.calls.length;
  expect(unshown(lion, [text])).toBe(false);
  expect(state.checked).toBe(1);
  expect(styles).toHaveBeenCalledTimes(styleReads);
});

it("reads the style of a match's element once in a task, for its colour and its clipping alike", () => {
  const { text, styles, tiger } = paragraph();
  const block = text.parentElement!;
  expect(unshown(tiger, [text])).toBe(false);
  // blends-in.ts reads its fill and what lies behind it, unshown.ts its clipping: one declaration serves all three.
  expect(styles.mock.calls.filter(([element]) => element === block)).toHaveLength(1);
});

it('asks again in a later task, so a block the page hid since is seen hidden', async () => {
  const { text, state, styles, tiger, lion } = paragraph();
  expect(unshown(tiger, [text])).toBe(false);
  const styleReads = styles.mock.calls.length;
  // The page's scripts change it in a task of their own.
  await new Promise((resolve) => setTimeout(resolve));
  state.shown = false;
  expect(unshown(lion, [text])).toBe(true);
  expect(state.checked).toBe(2);
  // Its element draws nothing: no style of it needs reading.
  expect(styles).toHaveBeenCalledTimes(styleReads);
});

it('reads how far the window is scrolled once in a task, and again in a later one', async () => {
  const { text, tiger, lion } = paragraph();
  const scrollX = vi.spyOn(window, 'scrollX', 'get').mockReturnValue(0);
  const scrollY = vi.spyOn(window, 'scrollY', 'get').mockReturnValue(0);
  expect(unshown(tiger, [text])).toBe(false);
  expect(unshown(lion, [text])).toBe(false);
  expect([scrollX.mock.calls.length, scrollY.mock.calls.length]).toEqual([1, 1]);
  await new Promise((resolve) => setTimeout(resolve));
  // Scrolled 400 px right since: a box 300 px before the viewport's start is 100 px into the page (with the offset of
  // the earlier task it would be before the page's start, hidden).
  scrollX.mockReturnValue(400);
  lion.getBoundingClientRect = () => ({ width: 110, height: 20, right: -300, bottom: 20 }) as DOMRect;
  expect(unshown(lion, [text])).toBe(false);
  expect(scrollX).toHaveBeenCalledTimes(2);
});
