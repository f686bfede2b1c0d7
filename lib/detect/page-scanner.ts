import { collectBlockText } from '@/lib/highlight/block-text';
import {
  blockOwner,
  isInline,
  isInsideSkipped,
  isSkipped,
  type BlockOwner,
  type OwnUi,
} from '@/lib/highlight/dom-rules';
import type { Painter } from '@/lib/highlight/painter';
import type { Matcher } from '@/lib/matching/matcher';
import { attributeHits } from './attribute-text';
import { withJoinedName } from './join-blocks';
import { watchLateShadowRoots } from './late-shadow-roots';
import { scanInSegments, type BlockScan, type HidesMatch, type Hit, type ScannedBlock } from './scan-block';
import { createSlicer, type SlicedWork } from '@/lib/scheduling/slicer';

export interface PageScannerOptions {
  doc: Document;
  matcher: Matcher;
  painter: Painter;
  ownUi: OwnUi;
  /** Aborting stops observing and unpaints everything this scanner painted. */
  signal: AbortSignal;
  /** Called whenever the pending work runs dry (the counts are current), with when that work began and its cost. */
  onIdle(busySince: number, work: SlicedWork): void;
  /** Called once for each shadow root found (its styles do not reach in from the page). */
  onShadowRoot(root: ShadowRoot): void;
  /** An element's shadow root; by default its open one (`element.shadowRoot`). */
  shadowRootOf?(element: Element): ShadowRoot | null;
  /** Matches counted but not painted (private terms); none by default. */
  hides?: HidesMatch;
}

export interface PageScanner {
  /** The hits of every block currently on the page. */
  hits(): Iterable<Hit[]>;
  /** The hits in image descriptions, titles, ARIA labels and form values: counted, never painted. */
  attributeHits(): Iterable<Hit[]>;
}

const NOTHING: ScannedBlock = { painted: [], hits: [] };
const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };
const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const FRAGMENT = 11;
// NodeFilter's constant, spelled out so the module needs no window globals.
const SHOW_ELEMENT = 0x1;

/** The block whose own text a mutation touched: the node itself when it is a block. */
function ownerFor(node: Node): BlockOwner | null {
  if (node.nodeType === ELEMENT && !isInline(node as Element)) return node as Element;
  if (node.nodeType === FRAGMENT) return node as DocumentFragment;
  return blockOwner(node);
}

/** The block right after `owner` in reading order, when only white space or comments lie between them. */
function nextAdjacentBlock(owner: BlockOwner, ownUi: OwnUi): Element | undefined {
  if (owner.nodeType !== ELEMENT) return undefined;
  for (let node = owner.nextSibling; node !== null; node = node.nextSibling) {
    if (node.nodeType === COMMENT) continue;
    if (node.nodeType === TEXT) {
      if ((node as Text).data.trim() === '') continue;
      return undefined;
    }
    if (node.nodeType !== ELEMENT) return undefined;
    const element = node as Element;
    return isInline(element) || isSkipped(element, ownUi) ? undefined : element;
  }
  return undefined;
}

/** Moves the walker past its current node's subtree: to the next sibling of it or of an ancestor below the root. */
function nextOutside(walker: TreeWalker): Element | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling as Element;
    if (walker.parentNode() === null) return null;
  }
}

/**
 * Scans the document for matches, paints them and keeps them current as the
 * page changes: only blocks touched by a mutation are scanned again, removed
 * blocks are unpainted, and all work runs in time slices.
 * @example startPageScanner({ doc: document, matcher, painter, ownUi, signal, onIdle: report, onShadowRoot: adopt });
 */
export function startPageScanner(options: PageScannerOptions): PageScanner {
  const { doc, matcher, painter, ownUi, signal, shadowRootOf = (element: Element) => element.shadowRoot } = options;
  const hitsByOwner = new Map<BlockOwner, Hit[]>();
  const attributeHitsByElement = new Map<Element, Hit[]>();
  const dirty = new Set<BlockOwner>();
  /** Subtrees still to walk; `clearAt`: the mutation count when the root was last found outside skipped elements. */
  const walkers: { walker: TreeWalker; clearAt: number }[] = [];
  let mutations = 0;
  const seenShadowRoots = new WeakSet<ShadowRoot>();
  let sweepPending = false;
  /** The block being matched: one segment per step, so a block of megabytes does not make one long task. */
  let partial: BlockScan | undefined;
  const scanAttributes = (element: Element) => {
    const hits = attributeHits(element, matcher);
    if (hits.length > 0) attributeHitsByElement.set(element, hits);
    else attributeHitsByElement.delete(element);
  };
  /**
   * The walker's next element outside skipped subtrees. Skipped elements still count their attributes (an
   * input's value), except Spoor's own UI. Their subtrees are stepped over here rather than rejected by a
   * NodeFilter: a filter is a call from the browser into the content script for every element of the page.
   */
  const nextScannable = (walker: TreeWalker): Element | null => {
    let element = walker.nextNode() as Element | null;
    while (element !== null && isSkipped(element, ownUi)) {
      if (!ownUi(element)) scanAttributes(element);
      element = nextOutside(walker);
    }
    return element;
  };

  const settle = (owner: BlockOwner, scanned: ScannedBlock) => {
    painter.replace(owner, scanned.painted);
    if (scanned.hits.length > 0) hitsByOwner.set(owner, scanned.hits);
    else hitsByOwner.delete(owner);
  };

  /** Matches the block's next segment; paints the block once the last one is done. */
  const matchNextSegment = () => {
    const scan = partial!;
    // A block removed part-way is dropped; one changed part-way is dirty again and rescanned after.
    const done = scan.owner.isConnected ? scan.step() : NOTHING;
    if (!done) return;
    partial = undefined;
    const next = () => {
      const element = nextAdjacentBlock(scan.owner, ownUi);
      return element && collectBlockText(element, ownUi);
    };
    settle(scan.owner, done === NOTHING ? done : withJoinedName(scan.block, done, next, matcher, doc));
  };

  /** `ancestorsClear`: already known that no element above the owner is skipped (see step). */
  const scanOwner = (owner: BlockOwner, ancestorsClear: boolean) => {
    const gone = !owner.isConnected || (!ancestorsClear && owner.nodeType === ELEMENT && isInsideSkipped(owner, ownUi));
    if (gone) return settle(owner, NOTHING);
    partial = scanInSegments(collectBlockText(owner, ownUi), matcher, doc, options.hides);
    matchNextSegment();
  };

  const enqueueSubtree = (root: Element | ShadowRoot) => {
    if (root.nodeType === ELEMENT && isInsideSkipped(root, ownUi)) return;
    const owner = ownerFor(root);
    if (owner) dirty.add(owner);
    if (root.nodeType === ELEMENT) lookForShadowRoot(root as Element);
    walkers.push({ walker: doc.createTreeWalker(root, SHOW_ELEMENT), clearAt: mutations });
  };

  const observer = new doc.defaultView!.MutationObserver((records) => {
    mutations++;
    for (const record of records) {
      const nodes = [...record.addedNodes, ...record.removedNodes];
      if (nodes.length > 0 && nodes.every((node) => node.nodeType === ELEMENT && ownUi(node as Element))) continue;
      const owner = ownerFor(record.target);
      if (owner) dirty.add(owner);
      for (const added of record.addedNodes) if (added.nodeType === ELEMENT) enqueueSubtree(added as Element);
      if (record.removedNodes.length > 0) sweepPending = true;
    }
    slicer.wake();
  });

  const lateShadowRoots = watchLateShadowRoots({
    win: doc.defaultView!,
    shadowRootOf,
    adopt(root) {
      adoptShadowRoot(root);
      slicer.wake();
    },
    signal,
  });

  function lookForShadowRoot(element: Element) {
    const shadow = shadowRootOf(element);
    if (shadow) adoptShadowRoot(shadow);
    else lateShadowRoots.note(element);
  }

  function adoptShadowRoot(root: ShadowRoot) {
    if (seenShadowRoots.has(root)) return;
    seenShadowRoots.add(root);
    observer.observe(root, OBSERVED);
    options.onShadowRoot(root);
    enqueueSubtree(root);
  }

  const step = (): boolean => {
    if (sweepPending) {
      sweepPending = false;
      painter.dropDisconnected();
      for (const owner of [...hitsByOwner.keys()]) if (!owner.isConnected) hitsByOwner.delete(owner);
      for (const element of [...attributeHitsByElement.keys()])
        if (!element.isConnected) attributeHitsByElement.delete(element);
      return true;
    }
    if (partial) {
      matchNextSegment();
      return true;
    }
    for (const owner of dirty) {
      dirty.delete(owner);
      scanOwner(owner, false);
      return true;
    }
    const current = walkers[walkers.length - 1];
    if (!current) return false;
    const element = nextScannable(current.walker);
    if (!element) walkers.pop();
    else {
      scanAttributes(element);
      if (!isInline(element)) {
        // The walk has just checked the ancestors up to the walker's root; the root's own are
        // checked again only when the page changed since (its subtree may have moved).
        const root = current.walker.root;
        if (current.clearAt !== mutations && (root.nodeType !== ELEMENT || !isInsideSkipped(root, ownUi)))
          current.clearAt = mutations;
        dirty.delete(element);
        scanOwner(element, current.clearAt === mutations);
      }
      lookForShadowRoot(element);
    }
    return true;
  };

  const slicer = createSlicer({
    step,
    onProgress: painter.flush,
    onIdle(busySince, work) {
      painter.flush();
      options.onIdle(busySince, work);
    },
    signal,
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      painter.clear();
      hitsByOwner.clear();
      attributeHitsByElement.clear();
    },
    { once: true },
  );

  observer.observe(doc.documentElement, OBSERVED);
  enqueueSubtree(doc.documentElement);
  slicer.wake();
  return { hits: () => hitsByOwner.values(), attributeHits: () => attributeHitsByElement.values() };
}
