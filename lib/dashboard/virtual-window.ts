/** Which rows a virtualised list renders, and the empty space standing in for the rest. */
export interface RowWindow {
  /** First rendered row (index into the full list). */
  start: number;
  /** One past the last rendered row. */
  end: number;
  /** Height of the rows above and below the window, in pixels. */
  before: number;
  after: number;
}

/**
 * The rows visible in a scroll container of fixed-height rows, plus `overscan`
 * rows on each side so a fast scroll does not flash empty space.
 * @example rowWindow({ scrollTop: 3200, viewport: 640, rowHeight: 32, total: 10_000, overscan: 5 }) // { start: 95,
 * end: 126, … }
 */
export function rowWindow({
  scrollTop,
  viewport,
  rowHeight,
  total,
  overscan,
}: {
  scrollTop: number;
  viewport: number;
  rowHeight: number;
  total: number;
  overscan: number;
}): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewport / rowHeight) + 1;
  const start = Math.min(total, Math.max(0, first - overscan));
  const end = Math.min(total, first + visible + overscan);
  return { start, end, before: start * rowHeight, after: (total - end) * rowHeight };
}
