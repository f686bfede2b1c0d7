/** `rect(…)` or `inset(…)` and the lengths or percentages inside. */
const NUMBERS = /-?[\d.]+/g;

/**
 * Whether an element hides what it holds: `content-visibility: hidden`, or it clips it to (almost) nothing:
 * `overflow` other than visible on a box of 1 px or less, `clip: rect(…)` of 1 px or less, or `clip-path: inset(…)`
 * of 50% or more from opposite sides (the "visually hidden" pattern of a page's screen-reader-only text).
 * @example hidesContent(span) // true for `<span style="position: absolute; clip: rect(0 0 0 0)">q</span>`
 */
export function hidesContent(element: Element, style = getComputedStyle(element)): boolean {
  const { clip, clipPath } = style;
  // Its own text is skipped content too (checkVisibility asks only whether the element is inside such a subtree).
  if (style.contentVisibility === 'hidden') return true;
  if (style.overflow !== 'visible') {
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return true;
  }
  if (clip.startsWith('rect(')) {
    const [top = 0, right = 0, bottom = 0, left = 0] = (clip.match(NUMBERS) ?? []).map(Number);
    if (right - left <= 1 || bottom - top <= 1) return true;
  }
  if (clipPath.startsWith('inset(') && clipPath.includes('%')) {
    const [top = 0, right = top, bottom = top, left = right] = (clipPath.match(NUMBERS) ?? []).map(Number);
    if (top + bottom >= 100 || left + right >= 100) return true;
  }
  return false;
}
