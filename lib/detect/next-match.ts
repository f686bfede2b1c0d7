import type { PaintedMatch } from '@/lib/highlight/painter';

/**
 * The painted name the keyboard goes to after `after`, in reading order (top to bottom, then left to right on the
 * page), going round at the end; without `after` (or once it is gone), the first whose top is in view or below it.
 * Names laid out with no box (hidden since they were painted) are passed over. A name painted in pieces
 * (display-order.ts) is one stop, at its first piece read: its pieces share the match's `terms` array.
 * @example const first = nextMatch(painter.painted(), undefined); const second = nextMatch(painter.painted(), first);
 */
export function nextMatch(painted: Iterable<PaintedMatch>, after: PaintedMatch | undefined) {
  const read = new Set<readonly number[]>();
  const placed = Array.from(painted, (match) => ({ match, box: match.range.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 || box.height > 0)
    .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
    .filter(({ match }) => !read.has(match.terms) && read.add(match.terms));
  if (placed.length === 0) return undefined;
  const last = after ? placed.findIndex(({ match }) => match.terms === after.terms) : -1;
  const next = last >= 0 ? (last + 1) % placed.length : placed.findIndex(({ box }) => box.top >= 0);
  return placed[Math.max(0, next)]!.match;
}
