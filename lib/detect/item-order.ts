import { collectBlockText, type BlockText } from '@/lib/highlight/block-text';
import { isInline, isSkipped, type OwnUi } from '@/lib/highlight/dom-rules';
import type { Matcher } from '@/lib/matching/matcher';
import { fewChildren, MAX_PIECES, MAX_RUN_CHARS, placesItemsAnew, readAsDrawn } from './display-order';
import type { HidesMatch, ScannedBlock } from './scan-block';

// A flex or grid container draws its items (each a block of its own) where its rules place them: `<div>phant</div>
// <div>Ele</div>` in a reversed row shows "Elephant", and two cells next to each other in the page's text may be drawn
// columns apart with another between. Such a container's items are read together, in the order they are drawn. Only a
// short run of small items, one of them starting in lower case (an epithet, a word's rest), is asked for its style.

/** Elements inside one item: more make a card, not a piece of a name. */
const MAX_ITEM_ELEMENTS = 3;
/** Nodes read in all to find whether a container's items are such a run: its items' elements, their text, a spare. */
const MAX_RUN_NODES = MAX_PIECES * 8;
const ELEMENT = 1;
const TEXT = 3;
/** An item starting in lower case (an epithet, a word's rest): a layout may draw it after the words behind it. */
const LOWER_START = /^\p{Ll}/u;

/** What itemsAround found for a container, and the page's state (the scanner's mutation count) it was found in. */
const runs = new WeakMap<Element, { epoch: number; items: Element[] | undefined }>();

/**
 * The items of the container `item` sits in, when they may be pieces of one name its layout reorders: 2–12 blocks of
 * at most MAX_ITEM_ELEMENTS elements, under MAX_RUN_CHARS in all, one of them starting in lower case. Text only;
 * `epoch` (the scanner's count of mutation batches) lets the items of one container share the answer.
 * @example itemsAround(cell, () => false) // the cells of `<div><div>africana</div><div>Loxodonta</div></div>`
 */
export function itemsAround(item: Element, ownUi: OwnUi, epoch = NaN): Element[] | undefined {
  const container = item.parentElement;
  if (!container) return undefined;
  // Each item of a container asks: the container's items are read once until the page changes.
  const known = runs.get(container);
  if (known?.epoch === epoch) return known.items;
  const children = fewChildren(container, MAX_PIECES);
  const items = children && children.length > 1 ? runOf(children, ownUi) : undefined;
  runs.set(container, { epoch, items });
  return items;
}

function runOf(items: Element[], ownUi: OwnUi): Element[] | undefined {
  const budget = { nodes: MAX_RUN_NODES, chars: MAX_RUN_CHARS };
  let lowerStart = false;
  for (const each of items) {
    if (isInline(each) || isSkipped(each, ownUi)) return undefined;
    const words = smallText(each, budget);
    if (words === undefined) return undefined;
    lowerStart ||= LOWER_START.test(words);
  }
  return lowerStart ? items : undefined;
}

/**
 * The trimmed text of a small item, read node by node: undefined once it holds more than MAX_ITEM_ELEMENTS elements,
 * or the run's `budget` of nodes or characters is spent. Never reads past the budget, whatever is under the item (a
 * wrapper of a whole page's rows has few children but a million nodes: its text is never asked for).
 */
function smallText(item: Element, budget: { nodes: number; chars: number }): string | undefined {
  let text = '';
  let elements = 0;
  for (let node: Node | null = item.firstChild; node && node !== item;) {
    if (--budget.nodes < 0) return undefined;
    if (node.nodeType === ELEMENT && ++elements > MAX_ITEM_ELEMENTS) return undefined;
    if (node.nodeType === TEXT) {
      // A text node of megabytes is not copied only to be found too long.
      if ((node as Text).length > MAX_RUN_CHARS * 4) return undefined;
      text += (node as Text).data;
    }
    node = node.firstChild ?? nextAfter(node, item);
  }
  text = text.trim();
  budget.chars -= text.length;
  return budget.chars < 0 ? undefined : text;
}

/** The node after `node`'s subtree in document order, inside `root` (`root` itself when there is none). */
function nextAfter(node: Node, root: Node): Node {
  for (let at: Node = node; at !== root; at = at.parentNode!) if (at.nextSibling) return at.nextSibling;
  return root;
}

/** The items' texts as one block of the container, a block break between items. */
function itemsBlock(container: Element, items: Element[], ownUi: OwnUi): BlockText {
  const run: BlockText = { owner: container, text: '', nodes: [], starts: [] };
  for (const item of items) {
    const own = collectBlockText(item, ownUi);
    if (run.text) run.text += '\n';
    run.nodes.push(...own.nodes);
    run.starts.push(...own.starts.map((start) => start + run.text.length));
    run.text += own.text;
  }
  return run;
}

/**
 * The matches of the item `block` in a flex or grid container whose items may be pieces of a name: read as drawn when
 * the container draws them in another order than its text or side by side, each match kept by the item of its first
 * drawn piece (so counted once); else the item's own, `scanned`, which joins no next item (the container draws it
 * apart: a row below, or columns away). undefined when the container is no such run.
 * @example scanItemAsDrawn(cell, scanned, matcher, document, ownUi, 0) // "Loxodonta africana" in Loxodonta's cell,
 * // for <div style="display:flex;flex-direction:row-reverse"><div>africana</div><div>Loxodonta</div></div>
 */
export function scanItemAsDrawn(
  block: BlockText,
  scanned: ScannedBlock,
  matcher: Matcher,
  doc: Document,
  ownUi: OwnUi,
  epoch: number,
  hides?: HidesMatch,
): ScannedBlock | undefined {
  const item = block.owner as Element;
  const win = doc.defaultView;
  if (!win || item.nodeType !== 1 || block.text.length > MAX_RUN_CHARS) return undefined;
  const items = itemsAround(item, ownUi, epoch);
  const container = item.parentElement!;
  if (!items || !placesItemsAnew(container, win.getComputedStyle(container), win)) return undefined;
  const run = itemsBlock(container, items, ownUi);
  return readAsDrawn(run, matcher, doc, hides, { owns: (pieces) => item.contains(pieces[0]!) }) ?? scanned;
}
