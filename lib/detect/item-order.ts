import { collectBlockText, type BlockText } from '@/lib/highlight/block-text';
import { isInline, isSkipped, type OwnUi } from '@/lib/highlight/dom-rules';
import type { Matcher } from '@/lib/matching/matcher';
import { MAX_PIECES, MAX_RUN_CHARS, placesItemsAnew, readAsDrawn } from './display-order';
import type { HidesMatch, ScannedBlock } from './scan-block';

// A flex or grid container draws its items (each a block of its own) where its rules place them: `<div>phant</div>
// <div>Ele</div>` in a reversed row shows "Elephant", and two cells next to each other in the page's text may be drawn
// columns apart with another between. Such a container's items are read together, in the order they are drawn. Only a
// short run of small items, one of them starting in lower case (an epithet, a word's rest), is asked for its style.

/** Elements inside one item: more make a card, not a piece of a name. */
const MAX_ITEM_ELEMENTS = 3;
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
  const count = container?.childElementCount ?? 0;
  if (item.childElementCount > MAX_ITEM_ELEMENTS || count < 2 || count > MAX_PIECES) return undefined;
  // Each item of a container asks: the container's siblings are read once until the page changes.
  const known = runs.get(container!);
  if (known?.epoch === epoch) return known.items;
  const items = runOf(container!, ownUi);
  runs.set(container!, { epoch, items });
  return items;
}

function runOf(container: Element, ownUi: OwnUi): Element[] | undefined {
  const items = [...container.children];
  let chars = 0;
  let lowerStart = false;
  for (const each of items) {
    if (each.childElementCount > MAX_ITEM_ELEMENTS || isInline(each) || isSkipped(each, ownUi)) return undefined;
    const words = each.textContent!.trim();
    chars += words.length;
    if (chars > MAX_RUN_CHARS) return undefined;
    lowerStart ||= LOWER_START.test(words);
  }
  return lowerStart ? items : undefined;
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
  return readAsDrawn(run, matcher, doc, hides, (first) => item.contains(first)) ?? scanned;
}
