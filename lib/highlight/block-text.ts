import { LINE_BREAK } from '@/lib/matching/fold';
import { hidesContent } from './clips-all';
import { contentsShow, drawnOnPage } from './contents-box';
import { ADDS_NOTHING, BREAKS, RUNS_ON, textRoleOf, type BlockOwner, type OwnUi } from './dom-rules';

/**
 * One block's own text: the text nodes whose block owner it is, concatenated in
 * document order. Nested blocks and skipped content contribute a "\n" (the
 * matcher never matches across one), `<br>` a U+2028 LINE SEPARATOR (only a
 * scientific name runs across it: the lines are adjacent in reading order);
 * `<bdo dir="rtl">` or a style of `direction: rtl` with an override is wrapped in U+202E … U+202C so it reads in
 * display order, and an inline element styled as a box of its own is set apart (see edgesOf); other inline elements
 * contribute nothing, so words split over `<i>`, `<b>`… read as one.
 */
export interface BlockText {
  owner: BlockOwner;
  text: string;
  /** The text nodes, in order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

const TEXT = 3;
const ELEMENT = 1;
const NEWLINE = 0x0a;
const LINE_SEPARATOR = 0x2028;
// Source line breaks and tabs render as spaces; swapping them one for one keeps offsets aligned.
const RENDERED_AS_SPACE = /[\t\n\r\f]/g;
/** Characters of one text node read per call of a budgeted reader. */
const TEXT_PIECE = 262_144;

/**
 * Collects the own text of a block owner. Runs for every block of the page,
 * so it walks siblings in a loop (a stack only for inline elements) and
 * concatenates strings rather than collecting parts.
 * @example collectBlockText(p, () => false).text // "Grey parrot Psittacus erithacus\nfor sale"
 */
export function collectBlockText(owner: BlockOwner, ownUi: OwnUi): BlockText {
  return blockTextReader(owner, ownUi)(Infinity)!;
}

/** Reads up to `nodes` more nodes of a block; returns its whole text once the last one is read. */
export type BlockTextReader = (nodes: number) => BlockText | undefined;

/**
 * A block's own text, read a few hundred nodes at a time: a block with thousands of children (a results list)
 * is read over several slices, a text node of megabytes TEXT_PIECE characters per call. Between calls the page
 * may change: the reader then stops where the block no longer holds the next node to read, or the rest of a
 * shortened text node (a change to a block's own text marks it to be scanned again anyway).
 * @example const read = blockTextReader(list, ownUi); let block; while (!(block = read(256)));
 */
export function blockTextReader(owner: BlockOwner, ownUi: OwnUi, renders = rendersText): BlockTextReader {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  /**
   * The code of `text`'s last character, kept apart: reading it from `text`, a string built by concatenation, would
   * copy the whole string into one piece each time (a results list of 2,000 cards took 2,000 such copies).
   */
  let last = 0;
  const add = (piece: string) => {
    if (piece) last = piece.charCodeAt(piece.length - 1);
    text += piece;
  };
  // Where to go on after finishing an inline element's children, and what to add then.
  const resume: (ChildNode | null)[] = [];
  const closers: string[] = [];
  let child = owner.firstChild;
  // A block drawn right to left by its style (`direction: rtl; unicode-bidi: bidi-override`) overrides its own text.
  if (owner.nodeType === ELEMENT && drawsRightToLeft(owner as Element)) add(RIGHT_TO_LEFT_OVERRIDE);
  /** How much of `child`, a long text node, is read. */
  let read = 0;
  const done = (): BlockText => ({ owner, text, nodes, starts });
  /** Whether an earlier call stopped part-way: most blocks are read in one call, with nothing to check. */
  let resumed = false;
  return (budget) => {
    // The page may have changed since the last call: the nodes still to visit must still be in the block.
    if (resumed && ![child, ...resume].every((node) => !node || owner.contains(node))) return done();
    resumed = true;
    for (;;) {
      if (child === null) {
        if (resume.length === 0) return done();
        child = resume.pop()!;
        add(closers.pop()!);
        continue;
      }
      if (budget-- <= 0) return undefined;
      const type = child.nodeType;
      if (type === TEXT) {
        const data = (child as Text).data;
        if (data.length > 0 && read === 0) {
          nodes.push(child as Text);
          starts.push(text.length);
        }
        // A text node of megabytes is read a piece per call, not copied and rewritten whole in one step.
        const end = budget < Infinity ? read + TEXT_PIECE : data.length;
        add(data.slice(read, end).replace(RENDERED_AS_SPACE, ' '));
        if (end < data.length) {
          read = end;
          return undefined;
        }
        read = 0;
      } else if (type === ELEMENT) {
        // Read once: the word-edge check, the way back out of an inline element and the way on all need it.
        const next = child.nextSibling;
        const role = textRoleOf(child as Element, ownUi);
        const lineBreak = role === BREAKS && (child as Element).localName === 'br';
        // Junk a seller hides inside a word (`ivo<span hidden>x</span>ry`, `ivo<div hidden>x</div>ry`) is not read:
        // the word is read as shown; an unshown inline element at a word's edge (`<span hidden>x</span>ivory`) is read
        // apart, so that its text neither glues to the word nor joins the text around it.
        const edge = role !== ADDS_NOTHING && !lineBreak ? atWord(child as Element, last, role === RUNS_ON, next) : 0;
        // 0: shown (or not asked), 1: unshown at a word's edge, 2: unshown inside a word.
        const unseen = edge && !renders(child as Element) ? edge : 0;
        if (role === RUNS_ON && unseen < 2) {
          resume.push(next);
          const [open, close] = unseen ? ['\n', '\n'] : edgesOf(child as Element);
          add(open);
          closers.push(close);
          child = child.firstChild;
          continue;
        }
        // After `<br>` a line break (unless one is there), else a block break (which outranks a line break).
        if (role === BREAKS && unseen < 2 && text && last !== NEWLINE && !(lineBreak && last === LINE_SEPARATOR))
          add(lineBreak ? LINE_BREAK : '\n');
        child = next;
        continue;
      }
      child = child.nextSibling;
    }
  };
}

/** Whether an element's text shows on the page (see rendersText); an injected function in unit tests. */
export type Renders = (element: Element) => boolean;

/** A letter of a cased script (all eight languages'), without a Unicode-property regular expression. */
const isLetter = (char = '') => char.toLowerCase() != char.toUpperCase();

/**
 * Whether an element touches a word: 2 inside one (a letter ends the text before it and a letter starts the text
 * after it, in the next sibling or the first text inside it), 1 at its edge (a letter on one side only), else 0.
 * Only such elements are asked whether they render: asking every element of a page would cost more than the scan
 * (see dom-rules.ts). A block (`inline` false) is 0 unless a letter ends the text before it.
 * `next`: the element's next sibling, when the caller has read it.
 * @example atWord(span, 'o'.charCodeAt(0), true) // 2 for `ivo<span>x</span>ry`, 1 for `ivo<span>x</span> ry`
 */
export const atWord = (element: Element, before: number, inline?: boolean, next?: ChildNode | null) => {
  const edge = +isLetter(String.fromCharCode(before));
  // A block matters inside a word only: most blocks follow no letter, and the text after them is not looked for.
  if (!edge && !inline) return 0;
  let after = next === undefined ? element.nextSibling : next;
  while (after?.nodeType === ELEMENT) after = after.firstChild;
  return edge + +isLetter((after as Text | null)?.data?.[0]);
};

/**
 * Whether an element's text shows: not `display: none`, `hidden`, `visibility: hidden`, `opacity: 0` or skipped
 * content (`checkVisibility`), drawn in a box of some width (not `font-size: 0`) not wholly before the page's start
 * (pushed thousands of pixels left or up, where no scrolling reaches), and not clipped to nothing (the "visually
 * hidden" pattern, `Psitt<span class="sr-only">q</span>acus`: clips-all.ts). Where `checkVisibility` is missing
 * (Chromium before 105, Firefox before 106, jsdom) every element counts as shown.
 * @example rendersText(document.querySelector('[hidden]')!) // false
 */
export const rendersText = (element: Element, box = element.getBoundingClientRect()) =>
  !element.checkVisibility ||
  (element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
    drawnOnPage(box) &&
    !hidesContent(element)) ||
  (box.width === 0 && contentsShow(element));

export const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
export const POP_DIRECTIONAL_FORMATTING = '\u202C';
/** Displays that keep an element's text running on: inline, or no box of its own. */
const RUNS_ON_DISPLAY = /^(inline|contents|none|)$/;

/**
 * The computed style of an element with a `style` attribute (which takes in the page's style sheets too), else
 * undefined: computing it for every inline element of a page would cost more than the scan (see dom-rules.ts).
 */
const styleOf = (element: Element) => (element.hasAttribute('style') ? getComputedStyle(element) : undefined);

const isRightToLeftBdo = (element: Element) => element.localName === 'bdo' && (element as HTMLElement).dir === 'rtl';

/**
 * Whether the block reader finds an element's direction itself: a `<bdo dir="rtl">`, or an element whose style it
 * reads (styleOf). The page's rules may override the others' (lib/detect/styled-overrides.ts).
 */
export const readsDirectionOf = (element: Element) => element.hasAttribute('style') || isRightToLeftBdo(element);

/**
 * Whether an element draws its text right to left: `<bdo dir="rtl">`, or a style of `direction: rtl` with
 * `unicode-bidi: bidi-override` or `isolate-override`. The matcher reads it as the control characters would.
 */
export const drawsRightToLeft = (element: Element, style = styleOf(element)) =>
  isRightToLeftBdo(element) || (style?.direction === 'rtl' && style.unicodeBidi.endsWith('override'));

/**
 * What an inline element adds before and after its text: U+202E … U+202C when it draws it right to left; and when
 * its style displays it as a box of its own, a line break (`display: block`, across which only a scientific name
 * runs) or a space (`inline-block`), so that its words do not run on with its neighbours'.
 * @example edgesOf(bdo) // ['\u202E', '\u202C']
 */
function edgesOf(element: Element): [string, string] {
  const style = styleOf(element);
  const display = style?.display ?? '';
  const apart = RUNS_ON_DISPLAY.test(display) ? '' : display.startsWith('inline') ? ' ' : LINE_BREAK;
  return drawsRightToLeft(element, style)
    ? [apart + RIGHT_TO_LEFT_OVERRIDE, POP_DIRECTIONAL_FORMATTING + apart]
    : [apart, apart];
}

/** Index of the text node holding `offset` (the last node starting at or before it). */
function nodeIndexAt(block: BlockText, offset: number): number {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (block.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

interface DomPosition {
  node: Text;
  offset: number;
  /** Index of `node` in `block.nodes`. */
  index: number;
}

/**
 * The (text node, offset) pair for a position in the block's text. A match
 * starts in the node holding its first character and ends in the node holding
 * its last, so a boundary between two nodes resolves differently for each edge: `end` for a match's end.
 */
function domPosition(block: BlockText, offset: number, end?: boolean): DomPosition {
  const index = nodeIndexAt(block, end ? Math.max(offset - 1, 0) : offset);
  const node = block.nodes[index]!;
  // A match may start on a control the reader added before the first node (`<bdo>` opening a block): offset 0 then.
  return { node, index, offset: Math.max(0, Math.min(offset - block.starts[index]!, node.data.length)) };
}

/**
 * A Range covering `block.text.slice(start, end)`, possibly across several
 * text nodes, and the text nodes it touches. With `endBlock`, `end` is an offset in that block, which follows `block`:
 * the range runs on into it (a name split between two blocks, lib/detect/join-blocks.ts).
 * @example rangeFor(block, 0, 19, document).range.toString() // "Psittacus erithacus"
 */
export function rangeFor(
  block: BlockText,
  start: number,
  end: number,
  doc: Document,
  endBlock = block,
): { range: Range; nodes: Text[] } {
  const from = domPosition(block, start);
  const to = domPosition(endBlock, end, true);
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const nodes =
    endBlock === block
      ? block.nodes.slice(from.index, to.index + 1)
      : [...block.nodes.slice(from.index), ...endBlock.nodes.slice(0, to.index + 1)];
  return { range, nodes };
}
