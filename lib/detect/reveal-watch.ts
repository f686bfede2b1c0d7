import { blockOwner, type BlockOwner } from '@/lib/highlight/dom-rules';
import { unshown } from './unshown';

/**
 * Attributes whose change shows or hides what an element holds without changing the page's text: a tab or an
 * accordion toggled by a class, a style (`display`, a carousel's `transform`), `hidden` removed, `<details open>`,
 * `aria-hidden` (which pages switch with the class that shows a panel).
 */
const REVEALING = ['class', 'style', 'hidden', 'open', 'aria-hidden'];
/**
 * How often the changes are looked at, at most: a page that animates a class or a style all the time (60 times a
 * second) costs one look per tenth of a second, and a block whose hidden text the animation does not show is
 * scanned again at most that often.
 */
export const REVEAL_CHECK_MS = 100;

/** The node above `node`, crossing from a shadow root to its host. */
const above = (node: Node): Node | null => node.parentNode ?? (node as ShadowRoot).host ?? null;

/**
 * Watches the blocks that hold text the page hides (unshown.ts) for the page showing it without changing its text:
 * when an attribute that shows or hides (REVEALING) changes on such a block, an element above it or an element in
 * it, `recheck` is called once with the block, and the block is forgotten (its scan notes it again if its text is
 * still hidden). A name joined across two blocks (join-blocks.ts) watches both and rechecks the first, whose scan
 * joins it. The observer exists only while such blocks do: a page whose text is all shown never has one.
 * Returns what the second stage asks of every match: whether it is unshown, noting its block when it is.
 * @example const isUnshown = watchingUnshown((owner) => scanner.rescanWaiting(owner)); isUnshown(range, nodes)
 */
export function watchingUnshown(
  recheck: (owner: BlockOwner) => void,
  isUnshown = unshown,
): (range: Range, nodes: readonly Text[]) => boolean {
  /** The blocks watched, each with the block to scan again: itself, or for a name joined across two the first. */
  const owners = new Map<BlockOwner, BlockOwner>();
  const changed = new Set<Node>();
  let observer: MutationObserver | undefined;
  /** The nodes observed, each with whether its subtree is: a watched block's is, the elements above it are not. */
  let observed = new WeakMap<Node, boolean>();
  let timer = 0;

  const look = () => {
    timer = 0;
    const due = new Set<BlockOwner>();
    // A change inside a block (`<span hidden>` shown): the block is the first watched node above the element.
    for (const target of changed)
      for (let node: Node | null = target; node; node = above(node))
        if (owners.has(node as BlockOwner)) {
          due.add(node as BlockOwner);
          break;
        }
    // A change above a block (a tab panel shown), or on the block itself.
    for (const owner of owners.keys()) {
      if (!owner.isConnected) owners.delete(owner);
      else
        for (let node: Node | null = owner; node; node = above(node))
          if (changed.has(node)) {
            due.add(owner);
            break;
          }
    }
    changed.clear();
    const again = new Set([...due].map((owner) => owners.get(owner)!));
    for (const owner of due) owners.delete(owner);
    for (const owner of again) recheck(owner);
    if (owners.size === 0) {
      observer?.disconnect();
      observer = undefined;
      observed = new WeakMap();
    }
  };

  const watch = (owner: BlockOwner, first: BlockOwner) => {
    owners.set(owner, first);
    const win = (owner.ownerDocument ?? (owner as unknown as Document)).defaultView!;
    observer ??= new win.MutationObserver((records) => {
      for (const record of records) changed.add(record.target);
      timer ||= win.setTimeout(look, REVEAL_CHECK_MS);
    });
    const observe = (node: Node, subtree: boolean) => {
      observed.set(node, subtree);
      observer!.observe(node, { attributes: true, attributeFilter: REVEALING, subtree });
    };
    // The block and what it holds (an inline element shown), then each element above it up to the document, through
    // shadow hosts, without their subtrees: a page animating elements elsewhere (a spinner) costs no callback. Above
    // an element already observed, every one is.
    if (!observed.get(owner)) observe(owner, true);
    for (let node = above(owner); node && !observed.has(node); node = above(node)) observe(node, false);
  };

  return (range, nodes) => {
    if (!isUnshown(range, nodes)) return false;
    const first = nodes[0] && blockOwner(nodes[0]);
    const last = nodes.at(-1) && blockOwner(nodes.at(-1)!);
    if (first) watch(first, first);
    if (first && last && last !== first) watch(last, first);
    return true;
  };
}
