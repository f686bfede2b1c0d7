import { LINE_BREAK } from '@/lib/matching/fold';
import { isCustomElement } from './shadow-roots';
import type { Matcher } from '@/lib/matching/matcher';
import type { BlockText } from '@/lib/highlight/block-text';
import type { PaintedMatch } from '@/lib/highlight/painter';
import {
  BlockLanguage,
  categoryOf,
  hitsOf,
  paintedTerms,
  type HidesMatch,
  type ScannedBlock,
  type Unpainted,
} from './scan-block';

// A seller's layout can show a block's words in another order than its text (flex or grid `order`, `row-reverse`,
// grid areas, right-to-left boxes, absolute positions, floats, negative margins) or run together what its text sets
// apart (inline boxes that touch): `<span style="order:2">phant</span><span style="order:1">Ele</span>` shows
// "Elephant", and two pieces written side by side may be drawn lines or columns apart. Such a block is read in the
// order its pieces are drawn. Only a short block whose words meet at an element's edge is asked for its style, and
// only one whose style can move its pieces for their boxes: ordinary pages' blocks pass neither test, so the scan
// reads no layout there.

/** A block longer than this is not a run of pieces a layout shuffles. */
export const MAX_RUN_CHARS = 160;
/** Items of a flex or grid box read as pieces of one name at most (item-order.ts), each a block of its own. */
export const MAX_PIECES = 12;
/**
 * Text nodes of a block read as pieces at most: a binomial written a letter a span ("Cacatua sulphurea citrinocristata"
 * is 33), which a layout draws in order while the text holds the letters shuffled. Past MAX_PIECES only such a run of
 * letters qualifies, LETTERS_PER_PIECE a node at most: a listing row of 15 words in as many elements does not.
 */
const MAX_LETTER_PIECES = 40;
const LETTERS_PER_PIECE = 2;
const WHITE = /\s/;
const LETTER = /\p{L}/u;
/** A piece of one lower-case word: an epithet, which a layout may draw after the genus written behind it. */
const EPITHET = /^\p{Ll}+$/u;
const BIDI_CONTROL = /[\u202A-\u202E]/g;
/** Displays whose items are placed by the container's rules, not in the order of the text. */
const PLACES_ITEMS = /flex|grid/;
/** Displays that draw an element as a box of its own inside a line. */
const INLINE_BOX = /^inline-/;
/** Positions and floats that draw a box away from where its text runs. */
const MOVES_BOX = /^(relative|absolute|fixed|sticky)$/;
const FLOATS = /^(left|right|inline-start|inline-end)$/;
/** Gaps between pieces on one line, in line heights: below the first they touch, beyond the second they stand apart. */
const TOUCHING = 0.15;
const APART = 3;

/** How the text between two pieces reads: run together, a space, a line break, a block break. */
const GLUED = 0;
const SPACE = 1;
const LINE = 2;
const BLOCK = 3;
type Seam = typeof GLUED | typeof SPACE | typeof LINE | typeof BLOCK;
const SEPARATOR = ['', ' ', LINE_BREAK, '\n'];

interface Piece {
  node: Text;
  /** Index among the block's pieces, in the order of the text. */
  order: number;
  first: DOMRect;
  last: DOMRect;
}

/**
 * Whether a block may be a run of pieces its layout reorders: short, of a few text nodes, two of which, under
 * different parents, meet letter to letter (a word split over elements: "Pan|thera") or as an epithet before a
 * capitalised word ("africana Loxodonta": a piece of one lower-case word, then one starting with a capital). Text
 * only: most blocks of a page end here.
 * @example mayBeShuffled(block) // true for `<span>africana</span> <span>Loxodonta</span>`
 */
export function mayBeShuffled(block: BlockText): boolean {
  const { text, nodes, starts } = block;
  if (text.length > MAX_RUN_CHARS || nodes.length < 2 || nodes.length > MAX_LETTER_PIECES) return false;
  if (nodes.length > MAX_PIECES && piecesLength(nodes) > LETTERS_PER_PIECE * nodes.length) return false;
  let before = -1;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const words = node.data.trim();
    if (!words) continue;
    const last = nodes[before]?.data.trimEnd().at(-1);
    if (last && nodes[before]!.parentNode !== node.parentNode && LETTER.test(last) && LETTER.test(words[0]!)) {
      // Spaces the block's text holds (source line breaks read as spaces), not the breaks it sets around a box.
      const seam = text.slice(starts[before]! + nodes[before]!.data.length - 1, starts[index]! + 1);
      // The space a box of its own sets at its edges (`inline-block`, see edgesOf) is not one: its pieces may touch.
      const boxSpaceOnly =
        index === before + 1 && LETTER.test(nodes[before]!.data.at(-1)!) && LETTER.test(node.data[0]!);
      const spaced = seam.includes(' ') && !boxSpaceOnly;
      if (!spaced || (EPITHET.test(nodes[before]!.data.trim()) && words[0] !== words[0]!.toLowerCase())) return true;
    }
    before = index;
  }
  return false;
}

/** The characters of the pieces but the white space around each (not the breaks the block's text sets apart). */
const piecesLength = (nodes: readonly Text[]) => nodes.reduce((sum, node) => sum + node.data.trim().length, 0);

/**
 * Whether a flex or grid box may draw its items out of their text's order or apart: a grid may; a flex box when it is
 * a column, reversed, wrapping, or an item has an `order`. A flex title that only lines its pieces up in a row (a
 * search term in bold: `<b>Ele</b>phant`) is read as written, with no layout asked for.
 * @example placesItemsAnew(box, win.getComputedStyle(box), win) // false for `display: flex` alone
 */
export function placesItemsAnew(box: Element, style: CSSStyleDeclaration, win: Window): boolean {
  if (!PLACES_ITEMS.test(style.display)) return false;
  if (/grid/.test(style.display) || style.flexDirection !== 'row' || style.flexWrap !== 'nowrap') return true;
  // Beyond this many items (icons, empty boxes) each one's style is not read: the boxes are.
  const items = fewChildren(box, 2 * MAX_PIECES);
  return !items || items.some((item) => win.getComputedStyle(item).order !== '0');
}

/**
 * The element children of `parent`, or undefined when it has more than `max`. Counted one by one and never past
 * max + 1: `childElementCount` walks every child in Chromium, and asked for each row of a list of 40,000 it made a
 * page of a million nodes wait 97 s for its badge (stop 41).
 * @example fewChildren(list, 12) // undefined for a results list of 40 cards
 */
export function fewChildren(parent: Element, max: number): Element[] | undefined {
  const children: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
    if (children.push(child) > max) return undefined;
  return children;
}

/**
 * Whether the block's style can draw its pieces out of their text's order: read for a shuffled-looking block only. A
 * shadow host's children are drawn where its root's slots are, in the slots' order and with the root's text between
 * them: `<span slot="b">thera</span><span slot="a">Pan</span>` shows "Panthera", and pieces written together may be
 * drawn apart.
 */
function layoutMoves(block: BlockText, win: Window): boolean {
  const owner = block.owner as Element;
  const style = win.getComputedStyle(owner);
  if (style.direction === 'rtl' || hostsShadow(owner) || placesItemsAnew(owner, style, win)) return true;
  const seen = new Set<Element>();
  for (const node of block.nodes)
    for (let element = node.parentElement; element && element !== owner; element = element.parentElement) {
      if (seen.has(element)) break;
      seen.add(element);
      if (hostsShadow(element)) return true;
      const own = win.getComputedStyle(element);
      if (
        MOVES_BOX.test(own.position) ||
        FLOATS.test(own.float) ||
        /^(?!none)./.test(own.transform) ||
        own.direction === 'rtl' ||
        // A box of its own on the line: it may touch its neighbour's letters ("Psitt|acus") or stand apart.
        INLINE_BOX.test(own.display) ||
        own.marginLeft.startsWith('-') ||
        own.marginRight.startsWith('-')
      )
        return true;
    }
  return false;
}

/** Whether an element may be a shadow host: an open root shows, a closed one only on a custom element (its name). */
const hostsShadow = (element: Element) => element.shadowRoot !== null || isCustomElement(element);

/** Whether two boxes share a line: each one's middle lies within the other's height. */
const sameLine = (a: DOMRect, b: DOMRect) => {
  const middle = (box: DOMRect) => box.top + box.height / 2;
  return (middle(b) > a.top && middle(b) < a.bottom) || (middle(a) > b.top && middle(a) < b.bottom);
};

/** How the text of the block reads between two of its pieces, `a` before `b`. */
function seamInText(block: BlockText, a: number, b: number): Seam {
  const end = block.starts[a]! + block.nodes[a]!.data.length;
  const between = block.text.slice(end, block.starts[b]).replace(BIDI_CONTROL, '');
  if (between.includes('\n')) return BLOCK;
  if (between.includes(LINE_BREAK)) return LINE;
  const edges = block.nodes[a]!.data.at(-1)! + between + block.nodes[b]!.data[0];
  return WHITE.test(edges) ? SPACE : GLUED;
}

/** How the page draws `b` after `a`: touching, a space apart, on a later line (or column), or `b` elsewhere. */
function seamDrawn(block: BlockText, a: Piece, b: Piece): Seam {
  const textSeam = b.order === a.order + 1 ? seamInText(block, a.order, b.order) : BLOCK;
  if (!sameLine(a.last, b.first)) return textSeam === BLOCK ? BLOCK : LINE;
  const gap = b.first.left - a.last.right;
  const height = Math.max(a.last.height, b.first.height);
  if (gap > APART * height) return BLOCK;
  const spaced = WHITE.test(a.node.data.at(-1)!) || WHITE.test(b.node.data[0]!);
  return gap < TOUCHING * height && !spaced ? GLUED : SPACE;
}

/** The block's pieces in the order they are drawn: by line, top to bottom, then left to right. */
function drawnOrder(block: BlockText, doc: Document): Piece[] | undefined {
  const pieces: Piece[] = [];
  const range = doc.createRange();
  // Without layout (jsdom) no piece has a box.
  if (!range.getClientRects) return undefined;
  block.nodes.forEach((node, order) => {
    if (!node.data.trim()) return;
    range.selectNodeContents(node);
    const boxes = range.getClientRects();
    if (boxes.length > 0) pieces.push({ node, order, first: boxes[0]!, last: boxes[boxes.length - 1]! });
  });
  if (pieces.length < 2) return undefined;
  // Lines first: a piece starts a new line unless its box shares one with the line's first piece.
  const byTop = [...pieces].sort((a, b) => a.first.top - b.first.top);
  const lineOf = new Map<Piece, number>();
  let lineStart = byTop[0]!;
  let line = 0;
  for (const piece of byTop) {
    if (!sameLine(lineStart.first, piece.first)) {
      lineStart = piece;
      line++;
    }
    lineOf.set(piece, line);
  }
  return pieces.sort((a, b) => lineOf.get(a)! - lineOf.get(b)! || a.first.left - b.first.left);
}

/**
 * The block's matches read in the order its pieces are drawn, when its layout draws them in another order or apart
 * (a name's pieces each painted where the reader sees them, the name counted once); undefined when the block reads
 * as its text does, which the scan has already matched.
 * @example scanAsDrawn(block, matcher, document) // "Elephant" for
 * // <span style="order:2">phant</span><span style="order:1">Ele</span> in a flex box
 */
export function scanAsDrawn(
  block: BlockText,
  matcher: Matcher,
  doc: Document,
  hides?: HidesMatch,
): ScannedBlock | undefined {
  const win = doc.defaultView;
  if (!win || block.owner.nodeType !== 1 || !mayBeShuffled(block) || !layoutMoves(block, win)) return undefined;
  return readAsDrawn(block, matcher, doc, hides);
}

/** Which of the matches read as drawn a caller keeps, and whether it wants them when the text reads as written. */
export interface DrawnReading {
  /** Whether a match drawn on these nodes, in drawn order, is the caller's to keep; all are by default. */
  owns?(pieces: readonly Text[]): boolean;
  /** Whether the matches are wanted when the pieces are drawn as the text holds them (not by default). */
  always?: boolean;
}

/**
 * The matches of `block` (whose style can move its pieces) in the text its pieces' boxes draw; undefined when that
 * text is the block's own, unless `reading.always`.
 */
export function readAsDrawn(
  block: BlockText,
  matcher: Matcher,
  doc: Document,
  hides?: HidesMatch,
  reading: DrawnReading = {},
): ScannedBlock | undefined {
  const pieces = drawnOrder(block, doc);
  if (!pieces) return undefined;
  let text = '';
  const starts: number[] = [];
  let moved = false;
  pieces.forEach((piece, index) => {
    const before = pieces[index - 1];
    if (before) {
      const seam = seamDrawn(block, before, piece);
      moved ||= piece.order !== before.order + 1 || seam !== seamInText(block, before.order, piece.order);
      text += SEPARATOR[seam];
    }
    starts.push(text.length);
    text += piece.node.data.replace(/[\t\n\r\f]/g, ' ');
  });
  if (!moved && !reading.always) return undefined;

  const result: ScannedBlock = { painted: [], hits: [] };
  const { matches, exempt } = matcher.scan(text, new BlockLanguage(block.owner, doc.documentElement));
  for (const found of [...matches, ...exempt]) {
    const isExempt = 'taxon' in found;
    // One array for all the pieces of a name: the keyboard command stops once per array (match-card.ts).
    const terms = paintedTerms(found);
    const painted: PaintedMatch[] = [];
    let hidden: Unpainted | false | 0 = false;
    pieces.forEach((piece, index) => {
      const from = Math.max(found.start, starts[index]!) - starts[index]!;
      const to = Math.min(found.end, starts[index]! + piece.node.data.length) - starts[index]!;
      if (to <= from) return;
      const range = doc.createRange();
      range.setStart(piece.node, from);
      range.setEnd(piece.node, to);
      hidden ||= hides?.(terms, range, [piece.node]) || false;
      painted.push(
        isExempt
          ? { range, nodes: [piece.node], category: 'exempt', terms, exempt: found.taxon }
          : { range, nodes: [piece.node], category: categoryOf(found, matcher), terms },
      );
    });
    if (reading.owns && !reading.owns(painted.map(({ nodes }) => nodes[0]!))) continue;
    if (!hidden) result.painted.push(...painted);
    if (!isExempt) result.hits.push(...hitsOf(found, text.slice(found.start, found.end), matcher, hidden));
  }
  return result;
}
