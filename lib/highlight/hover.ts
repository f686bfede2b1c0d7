import type { Painter, PaintedMatch } from './painter';

export interface HoverOptions {
  doc: Document;
  painter: Painter;
  /** Open shadow roots to look into when finding the word under the pointer. */
  shadowRoots(): ShadowRoot[];
  /** Called when the pointer enters a painted match (with it) or leaves one (with undefined). */
  onChange(match: PaintedMatch | undefined): void;
  /** Whether a point keeps the match shown (its card): the pointer can move onto the card (WCAG 1.4.13 hoverable). */
  holds?(x: number, y: number): boolean;
  /** Where the pointer already is, if known (the watcher may start after it last moved): looked at first. */
  pointer?: { x: number; y: number };
  signal: AbortSignal;
}

/** The caret position under a point, through open shadow roots where the browser can. */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]) {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range && { node: range.startContainer, offset: range.startOffset };
}

// The caret snaps to the nearest character even past the end of a line, so
// the point must also fall inside one of the match's boxes.
const contains = (range: Range, x: number, y: number) =>
  [...range.getClientRects()].some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom);

/**
 * Reports which painted match the pointer is over, at most once per animation frame.
 * @example watchHover({ doc: document, painter, shadowRoots: () => roots, onChange: showCard, signal });
 */
export function watchHover(options: HoverOptions): void {
  const { doc, painter, signal } = options;
  const win = doc.defaultView!;
  let pointer = options.pointer;
  let frame = 0;
  let current: PaintedMatch | undefined;

  const settle = (match: PaintedMatch | undefined) => {
    if (match === current) return;
    current = match;
    options.onChange(match);
  };
  const update = () => {
    frame = 0;
    if (!pointer) return settle(undefined);
    if (current && options.holds?.(pointer.x, pointer.y)) return;
    const caret = caretAt(doc, pointer.x, pointer.y, options.shadowRoots());
    const match = caret ? painter.at(caret.node, caret.offset) : undefined;
    settle(match && contains(match.range, pointer.x, pointer.y) ? match : undefined);
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(update);
  };

  const listen = { passive: true, signal } as const;
  doc.addEventListener(
    'mousemove',
    (event) => {
      pointer = { x: event.clientX, y: event.clientY };
      schedule();
    },
    listen,
  );
  // A scrolled card points at the wrong place: drop it until the pointer moves again.
  win.addEventListener('scroll', () => settle(undefined), { ...listen, capture: true });
  doc.documentElement.addEventListener(
    'mouseleave',
    () => {
      pointer = undefined;
      schedule();
    },
    listen,
  );
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });
  if (pointer) schedule();
}
