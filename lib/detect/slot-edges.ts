import type { BlockText } from '@/lib/highlight/block-text';
import { BREAKS, RUNS_ON, textRoleOf, type BlockOwner, type OwnUi } from '@/lib/highlight/dom-rules';
import type { Matcher } from '@/lib/matching/matcher';
import { readAsDrawn } from './display-order';
import type { HidesMatch, ScannedBlock } from './scan-block';

// A shadow root's own text and the page's text its slots draw run on in one line, though each tree's text is a block
// of its own: a root of `Croco<slot></slot>` on a host holding "dylus niloticus" shows "Crocodylus niloticus", and
// `<b>Testudo</b> <slot></slot>` on one holding "graeca" shows "Testudo graeca". A block of a shadow tree with a slot
// in its line is read as the page draws it (the flat tree: what each slot draws in its place), in the order the pieces
// are drawn; it keeps the names that take in some of its own text (a name all in the slotted text is the host's).

/** A run longer than this (the root's text and what its slots draw) is not read again: a slot of a page's layout. */
const MAX_FLAT_CHARS = 1_000;
/** Text nodes read at most, a box each. */
const MAX_FLAT_NODES = 40;
const TEXT = 3;
const ELEMENT = 1;

/** A block's text with what its slots draw in place, and which of its text nodes the slots draw. */
interface FlatBlock {
  block: BlockText;
  slotted: Set<Text>;
}

/**
 * The block's text as drawn, what its slots draw read in their place: its own text and inline elements, each slot's
 * assigned nodes (their text and inline elements; a block among them breaks the line), or the slot's own content when
 * nothing is assigned to it. undefined past MAX_FLAT_CHARS or MAX_FLAT_NODES.
 * @example flatBlock(root, ownUi)?.block.text // 'Crocodylus niloticus' for `Croco<slot></slot>` on "dylus niloticus"
 */
export function flatBlock(owner: BlockOwner, ownUi: OwnUi): FlatBlock | undefined {
  const block: BlockText = { owner, text: '', nodes: [], starts: [] };
  const slotted = new Set<Text>();
  const read = (node: Node, inSlot: boolean): boolean => {
    if (node.nodeType === TEXT) {
      const text = node as Text;
      if (!text.data) return true;
      block.nodes.push(text);
      block.starts.push(block.text.length);
      block.text += text.data;
      if (inSlot) slotted.add(text);
      return block.text.length <= MAX_FLAT_CHARS && block.nodes.length <= MAX_FLAT_NODES;
    }
    if (node.nodeType !== ELEMENT) return true;
    const element = node as Element;
    if (element.localName === 'slot') {
      // Flattened, a slot's assigned slot draws what is assigned to it in turn, and one with nothing its own content.
      const assigned = (element as HTMLSlotElement).assignedNodes().length > 0;
      const drawn = assigned ? (element as HTMLSlotElement).assignedNodes({ flatten: true }) : element.childNodes;
      return [...drawn].every((child) => read(child, inSlot || assigned));
    }
    const role = textRoleOf(element, ownUi);
    if (role === RUNS_ON) return [...element.childNodes].every((child) => read(child, inSlot));
    if (role === BREAKS && !block.text.endsWith('\n')) block.text += '\n';
    return true;
  };
  if (![...owner.childNodes].every((child) => read(child, false))) return undefined;
  return { block, slotted };
}

/**
 * The matches of a block holding a slot in its line, read as the page draws it (see flatBlock), those that take in
 * some of its own text; undefined when its own text or the slotted text is blank, or the run is too long.
 * @example scanAcrossSlots(root, ownUi, matcher, document) // "Crocodylus niloticus", painted on "Croco" and "dylus"
 */
export function scanAcrossSlots(
  owner: BlockOwner,
  ownUi: OwnUi,
  matcher: Matcher,
  doc: Document,
  hides?: HidesMatch,
): ScannedBlock | undefined {
  const flat = flatBlock(owner, ownUi);
  if (!flat) return undefined;
  const { block, slotted } = flat;
  const blank = (text: Text) => !text.data.trim();
  const own = block.nodes.filter((node) => !slotted.has(node));
  if (own.every(blank) || [...slotted].every(blank)) return undefined;
  return readAsDrawn(block, matcher, doc, hides, {
    owns: (pieces) => pieces.some((piece) => !slotted.has(piece)),
    always: true,
  });
}
