import { collectBlockText } from '@/lib/highlight/block-text';
import { blockOwner, isInline, isInsideSkipped, isSkipped, type BlockOwner, type OwnUi } from '@/lib/highlight/dom-rules';
import type { Painter } from '@/lib/highlight/painter';
import type { Matcher } from '@/lib/matching/matcher';
import { scanBlock, type Hit } from './scan-block';
import { createSlicer } from './slicer';

export interface PageScannerOptions {
  doc: Document;
  matcher: Matcher;
  painter: Painter;
  ownUi: OwnUi;
  /** Aborting stops observing and unpaints everything this scanner painted. */
  signal: AbortSignal;
  /** Called whenever the pending work runs dry (the counts are current), with the time that work began. */
  onIdle(busySince: number): void;
  /** Called once for each open shadow root found (its styles do not reach in from the page). */
  onShadowRoot(root: ShadowRoot): void;
}

export interface PageScanner {
  /** The hits of every block currently on the page. */
  hits(): Iterable<Hit[]>;
}

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };
const ELEMENT = 1;
const FRAGMENT = 11;
// NodeFilter's constants, spelled out so the module needs no window globals.
const SHOW_ELEMENT = 0x1;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** The block whose own text a mutation touched: the node itself when it is a block. */
function ownerFor(node: Node): BlockOwner | null {
  if (node.nodeType === ELEMENT && !isInline(node as Element)) return node as Element;
  if (node.nodeType === FRAGMENT) return node as DocumentFragment;
  return blockOwner(node);
}

/**
 * Scans the document for matches, paints them and keeps them current as the
 * page changes: only blocks touched by a mutation are scanned again, removed
 * blocks are unpainted, and all work runs in time slices.
 * @example startPageScanner({ doc: document, matcher, painter, ownUi, signal, onIdle: report, onShadowRoot: adopt });
 */
export function startPageScanner(options: PageScannerOptions): PageScanner {
  const { doc, matcher, painter, ownUi, signal } = options;
  const hitsByOwner = new Map<BlockOwner, Hit[]>();
  const dirty = new Set<BlockOwner>();
  const walkers: TreeWalker[] = [];
  const seenShadowRoots = new WeakSet<ShadowRoot>();
  let sweepPending = false;
  const skipFilter = (node: Node) =>
    isSkipped(node as Element, ownUi) ? FILTER_REJECT : FILTER_ACCEPT;

  const scanOwner = (owner: BlockOwner) => {
    const gone = !owner.isConnected || (owner.nodeType === ELEMENT && isInsideSkipped(owner, ownUi));
    const scanned = gone ? { painted: [], hits: [] } : scanBlock(collectBlockText(owner, ownUi), matcher, doc);
    painter.replace(owner, scanned.painted);
    if (scanned.hits.length > 0) hitsByOwner.set(owner, scanned.hits);
    else hitsByOwner.delete(owner);
  };

  const enqueueSubtree = (root: Element | ShadowRoot) => {
    if (root.nodeType === ELEMENT && isInsideSkipped(root, ownUi)) return;
    const owner = ownerFor(root);
    if (owner) dirty.add(owner);
    if (root.nodeType === ELEMENT && (root as Element).shadowRoot) adoptShadowRoot((root as Element).shadowRoot!);
    walkers.push(doc.createTreeWalker(root, SHOW_ELEMENT, skipFilter));
  };

  const observer = new doc.defaultView!.MutationObserver((records) => {
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
      return true;
    }
    const [owner] = dirty;
    if (owner) {
      dirty.delete(owner);
      scanOwner(owner);
      return true;
    }
    const walker = walkers[walkers.length - 1];
    if (!walker) return false;
    const element = walker.nextNode() as Element | null;
    if (!element) walkers.pop();
    else {
      if (!isInline(element)) dirty.add(element);
      if (element.shadowRoot) adoptShadowRoot(element.shadowRoot);
    }
    return true;
  };

  const slicer = createSlicer({ step, onIdle: options.onIdle, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    painter.clear();
    hitsByOwner.clear();
  }, { once: true });

  observer.observe(doc.documentElement, OBSERVED);
  enqueueSubtree(doc.documentElement);
  slicer.wake();
  return { hits: () => hitsByOwner.values() };
}
