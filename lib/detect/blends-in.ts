import { computedStyle } from './computed-style';
import { oncePerTask } from './once-per-task';

/**
 * Below this contrast ratio (WCAG's: 1 for one colour on itself, 21 for black on white) text is taken for unseen.
 * A seller hiding names writes them in the colour behind them or a step off it (#fcfcfc on white: 1.03); the
 * faintest text pages show on purpose (placeholders, disabled or watermark greys, #ddd on white: 1.36) stays well
 * above. 1.1 is #f4f4f4 on white or #101010 on black: at or below it no reader makes out the letters.
 */
export const UNSEEN_CONTRAST = 1.1;

/** A colour's red, green and blue (0–255) and alpha (0–1); shared between callers (parsedColours), never changed. */
type Rgba = readonly [number, number, number, number];

/** The page's canvas where no element paints a background: white, as browsers draw it by default. */
const CANVAS: Rgba = [255, 255, 255, 1];

/**
 * Whether the text of `element` is drawn in (almost) the colour of what lies behind it: its fill (`color`, or
 * `-webkit-text-fill-color`) transparent, or of a contrast below UNSEEN_CONTRAST with the backgrounds behind it
 * (the element's and its ancestors' background colours, composed over the canvas). Where the backdrop cannot be told
 * from the styles the text is taken for seen: an image or a gradient behind it, a positioned element on the way
 * (a banner lays a picture under its white heading), a colour other than sRGB, or, for text in view, another element
 * painting under it than the ancestor found. An outline or a shadow draws the letters whatever their fill.
 * @example blendsIn(paragraph) // true for <p style="color: #fff"> on a white page
 */
export function blendsIn(element: Element): boolean {
  const style = computedStyle(element);
  const fill = rgba(style.webkitTextFillColor || style.color);
  if (!fill) return false;
  // Most text is drawn far off its backdrop: the outline and the shadow are read only of text that is not.
  let painter: Element | undefined;
  if (fill[3] > 0) {
    // The backdrop found, where one is, is the background colours' alone (plainBackdrop): text far from that is seen,
    // and its images and positions go unread.
    const plain = plainBackdrop(element);
    if (!plain || contrast(over(fill, plain), plain) >= UNSEEN_CONTRAST) return false;
    const found = backdrop(element);
    if (!found || contrast(over(fill, found.colour), found.colour) >= UNSEEN_CONTRAST) return false;
    painter = found.painter;
  }
  if (style.textShadow !== 'none' || parseFloat(style.webkitTextStrokeWidth) > 0) return false;
  return fill[3] === 0 || paintsUnder(element, painter);
}

type Backdrop = { colour: Rgba; painter?: Element };

/**
 * The colour behind an element's text, and the nearest element painting a part of it (none: only the canvas does),
 * found once per task: the matches of a long list share their ancestors, so each ancestor's style is read once a
 * pass's slice, not once a match (the check had added ~60 ms to the 2,000-listing pass).
 */
const backdrop = oncePerTask(backdropBelow);

function backdropBelow(at: Element): Backdrop | undefined {
  const style = computedStyle(at);
  const { documentElement, body } = at.ownerDocument;
  if (style.backgroundImage !== 'none') return undefined;
  if (at !== documentElement && at !== body && style.position !== 'static') return undefined;
  const layer = rgba(style.backgroundColor);
  if (!layer) return undefined;
  if (layer[3] === 1) return { colour: layer, painter: at };
  const parent = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null;
  const behind = parent ? backdrop(parent) : { colour: CANVAS };
  if (!behind || layer[3] === 0) return behind;
  return { colour: over(layer, behind.colour), painter: at };
}

/**
 * The colour of the background colours behind an element composed over the canvas, as if no image or positioned
 * element were on the way: one style read an element instead of backdropBelow's three and the document's. Where
 * backdropBelow finds a colour it is this one (the same layers over the same canvas, the walk ending at the same opaque
 * layer); undefined for a colour other than sRGB, as there. Found once per task, like the backdrop.
 */
const plainBackdrop = oncePerTask((at: Element): Rgba | undefined => {
  const layer = rgba(computedStyle(at).backgroundColor);
  if (!layer || layer[3] === 1) return layer;
  const parent = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null;
  const behind = parent ? plainBackdrop(parent) : CANVAS;
  return !behind || layer[3] === 0 ? behind : over(layer, behind);
});

/**
 * Whether, for text in view, the element painting the backdrop is the first one under the text that paints at all:
 * a picture placed under the text (a negative z-index) is not an ancestor. The body and the root paint the canvas,
 * beneath everything (hit-testing lists the body above such a picture). Text out of view cannot be hit-tested.
 */
function paintsUnder(element: Element, painter: Element | undefined): boolean {
  const box = element.getBoundingClientRect();
  const [x, y] = [box.left + Math.min(box.width / 2, 8), box.top + box.height / 2];
  const { defaultView: view, documentElement, body } = element.ownerDocument;
  if (x < 0 || y < 0 || x >= view!.innerWidth || y >= view!.innerHeight) return true;
  const stack = element.ownerDocument.elementsFromPoint(x, y);
  const under = stack.slice(stack.indexOf(element) + 1).find((below) => {
    if (below === body || below === documentElement) return false;
    const style = computedStyle(below);
    return style.backgroundImage !== 'none' || rgba(style.backgroundColor)?.[3] !== 0 || REPLACED.test(below.localName);
  });
  return under === painter || (under === undefined && (painter === body || painter === documentElement));
}

const REPLACED = /^(?:img|video|canvas|svg|iframe|object|embed|picture)$/;

/**
 * The colours parsed so far, by computed value: a page writes its text and backgrounds in a few colours, and the
 * check reads two or three of them a match (its fill, its backdrop's layers). Bounded: a page animating a colour
 * through many values starts the map again.
 */
const parsedColours = new Map<string, Rgba | undefined>();
const PARSED_COLOURS_MAX = 256;

/** `rgb(…)` or `rgba(…)` as computed styles give them; undefined for other colour spaces. */
function rgba(colour: string): Rgba | undefined {
  let parsed = parsedColours.get(colour);
  if (parsed === undefined && !parsedColours.has(colour)) {
    if (parsedColours.size >= PARSED_COLOURS_MAX) parsedColours.clear();
    parsedColours.set(colour, (parsed = parseColour(colour)));
  }
  return parsed;
}

function parseColour(colour: string): Rgba | undefined {
  if (colour === 'transparent') return [0, 0, 0, 0];
  const parts = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour);
  return parts ? [+parts[1]!, +parts[2]!, +parts[3]!, parts[4] === undefined ? 1 : +parts[4]] : undefined;
}

/** `top` drawn over the opaque `behind`: `top` itself where it is opaque (most text), which the mix would give. */
function over(top: Rgba, behind: Rgba): Rgba {
  if (top[3] === 1) return top;
  const mix = (channel: 0 | 1 | 2) => top[channel] * top[3] + behind[channel] * (1 - top[3]);
  return [mix(0), mix(1), mix(2), 1];
}

/** WCAG's contrast ratio of two opaque colours: the lighter's luminance over the darker's. */
function contrast(one: Rgba, other: Rgba): number {
  const first = luminance(one);
  const second = luminance(other);
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

// Read by index, the channel's curve a function of the module: a match's check computes two luminances, and
// destructuring a tuple or making a closure for each is work the engine does per call until it optimises the code.
function luminance(colour: Rgba): number {
  return 0.2126 * linear(colour[0]) + 0.7152 * linear(colour[1]) + 0.0722 * linear(colour[2]);
}

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}
