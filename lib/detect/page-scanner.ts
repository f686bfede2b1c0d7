import { blockTextReader, collectBlockText, type BlockTextReader } from '@/lib/highlight/block-text';
import {
  blockOwner,
  isInline,
  isInsideSkipped,
  isSkipped,
  RUNS_ON,
  textRoleOf,
  type BlockOwner,
  type OwnUi,
} from '@/lib/highlight/dom-rules';
import type { Painter } from '@/lib/highlight/painter';
import type { Matcher } from '@/lib/matching/matcher';
import { matcherWith } from '@/lib/matching/staged-matcher';
import { attributeHits } from './attribute-text';
import { scanAsDrawn } from './display-order';
import { scanItemAsDrawn } from './item-order';
import { scanAcrossSlots } from './slot-edges';
import { drawnWordsSelector, eitherOf, hasSheets, readableRuleCount, styledBlockSelectors } from './generated-text';
import { withHiddenFirstLetter } from './first-letter';
import { withStyledOverrides } from './styled-overrides';
import { joinedWords, nameAcross, type withJoinedName } from './join-blocks';
import { watchLateShadowRoots } from './late-shadow-roots';
import {
  scanInSegments,
  SEGMENT_CHARS,
  type BlockScan,
  type HidesMatch,
  type Hit,
  type ScannedBlock,
  type SegmentPace,
} from './scan-block';
import { afterLayout } from '@/lib/scheduling/after-layout';
import { createSlicer, NEXT_SLICE, type SlicedWork } from '@/lib/scheduling/slicer';
import { onAbort } from '@/lib/scheduling/abort';

export interface PageScannerOptions {
  doc: Document;
  matcher: Matcher;
  painter: Painter;
  ownUi: OwnUi;
  /** Aborting stops observing and unpaints everything this scanner painted. */
  signal: AbortSignal;
  /**
   * Called whenever the pending work runs dry (the counts are current), with when that work began and its cost;
   * false: the work is not over (see Slicer's onIdle).
   */
  onIdle(busySince: number, work: SlicedWork): boolean | void;
  /** Called once for each shadow root found (its styles do not reach in from the page). */
  onShadowRoot(root: ShadowRoot): void;
  /** An element's shadow root; by default its open one (`element.shadowRoot`). */
  shadowRootOf?(element: Element): ShadowRoot | null;
  /** Matches counted but not painted (private terms); none by default. */
  hides?: HidesMatch;
  /**
   * Joins a scientific name split over two blocks (join-blocks.ts), once it is at hand: the content script gets it
   * with the matcher's second stage, which every such name needs. Until then the joined words are only scanned, so
   * that a candidate among them asks for the stage and the block waits for it.
   */
  joinName?(): typeof withJoinedName | undefined;
}

export interface PageScanner {
  /** The hits of every block currently on the page. */
  hits(): Iterable<Hit[]>;
  /** The hits in image descriptions, titles, ARIA labels and form values: counted, never painted. */
  attributeHits(): Iterable<readonly Hit[]>;
  /**
   * Scans again the blocks and attributes whose text waited for the matcher's second stage (the matcher said
   * `waiting`), once it has arrived; every other result is kept. `owner`: a block to scan again with them, whose
   * hidden text the page may now show (lib/detect/reveal-watch.ts).
   */
  rescanWaiting(owner?: BlockOwner): void;
  /**
   * The page's style rules changed, maybe in place (a rule's `content` or `selectorText` edited), which leaves their
   * count as it was: the words ::before and ::after draw are looked for again once the scanner is idle.
   */
  rulesChanged(): void;
}

/** What the scanner keeps by block or element: dropped with the node. */
type KeptByNode = { keys(): Iterable<Node>; delete(node: Node): unknown };

const NOTHING: ScannedBlock = { painted: [], hits: [] };
/** Elements whose drawn words are scanned when the rules change: a page's own rules name a few. */
const MAX_DRAWN_ELEMENTS = 2_000;
/** Shadow roots whose own sheets are read for drawn words (keepSheetRoot): each is read again whenever it looks. */
const MAX_SHEET_ROOTS = 500;
const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };
const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const FRAGMENT = 11;
// NodeFilter's constant, spelled out so the module needs no window globals.
const SHOW_ELEMENT = 0x1;
/** Nodes of a block read per step: a list of thousands of children is read over several slices. */
const NODES_PER_STEP = 256;
const NOT_BLANK = /\S/;
/**
 * The blocks scanned again on the matcher's second stage's arrival that start a slice of their own: the first ones
 * run its code for the first time (the sense filter's cue sets, the rendering check, the sheets watch…), 6–8 ms each
 * on a quiet machine (a pass of 10,000 blocks takes ~350 ms), after whatever the slice had done before them.
 */
const COLD_BLOCKS = 8;
/**
 * The blocks near the view that the frame showing new content owes the reader (the slicer's owesFrame): enough for
 * the cards a screen holds, as many as the painter takes as near before its observer reports (GUESSED_BLOCKS).
 */
const FRAME_BLOCKS = 32;

/** The block whose own text a mutation touched: the node itself when it is a block. */
function ownerFor(node: Node): BlockOwner | null {
  if (node.nodeType === ELEMENT && !isInline(node as Element)) return node as Element;
  if (node.nodeType === FRAGMENT) return node as DocumentFragment;
  return blockOwner(node);
}

/** `node` or the first sibling after it that is neither blank text nor a comment; null when none is. */
function meaningfulFrom(node: Node | null): Node | null {
  while (node && (node.nodeType === COMMENT || (node.nodeType === TEXT && !NOT_BLANK.test((node as Text).data))))
    node = node.nextSibling;
  return node;
}

/**
 * The block right after `owner` in reading order, when only white space or comments lie between them: its next
 * sibling, or for the last block of its parent (a row's last cell) the parent's next sibling (the next row), and
 * within that the first block its text starts with (the row's first cell).
 */
function nextAdjacentBlock(owner: BlockOwner, ownUi: OwnUi): Element | undefined {
  let from: Node = owner;
  let next = meaningfulFrom(owner.nextSibling);
  while (next === null && from.parentNode?.nodeType === ELEMENT) {
    from = from.parentNode;
    next = meaningfulFrom(from.nextSibling);
  }
  while (next?.nodeType === ELEMENT && !isInline(next as Element) && !isSkipped(next as Element, ownUi)) {
    const first = meaningfulFrom(next.firstChild);
    if (first?.nodeType !== ELEMENT || isInline(first as Element)) return next as Element;
    next = first;
  }
  return undefined;
}

/**
 * Whether a change to a block's children leaves its own text blank when it was: only blocks (a break each)
 * and blank text were added, and removing nodes from white space leaves white space. A results list that
 * grows by whole cards is then not read again.
 */
const keepsBlank = (record: MutationRecord, ownUi: OwnUi) =>
  record.type === 'childList' &&
  [...record.addedNodes].every((node) =>
    node.nodeType === ELEMENT ? textRoleOf(node as Element, ownUi) !== RUNS_ON : !NOT_BLANK.test(node.textContent!),
  );

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
  const attributeHitsByElement = new Map<Element, readonly Hit[]>();
  const dirty = new Set<BlockOwner>();
  /**
   * Subtrees still to walk; `clearAt`: the mutation count when the root was last found outside skipped elements;
   * `own`: the root is a block still to scan; `added`: the root is an element a mutation added.
   */
  const walkers: { walker: TreeWalker; clearAt: number; own: boolean; added?: boolean }[] = [];
  let mutations = 0;
  const seenShadowRoots = new WeakSet<ShadowRoot>();
  /** The shadow roots met, whose own sheets may draw words. */
  const shadowRoots: ShadowRoot[] = [];
  let sweepPending = false;
  /**
   * The block being read, then matched: a few hundred nodes or one segment per step, so neither a list of
   * thousands of children nor a block of megabytes makes one long task.
   */
  let partial: { owner: BlockOwner; read: BlockTextReader; scan?: BlockScan } | undefined;
  /**
   * Blocks of shadow trees with a slot in their line, read with what the slots draw in place (slot-edges.ts); the
   * first one found makes the scanner look for slotted text in what the page changes.
   */
  const slotOwners = new WeakSet<BlockOwner>();
  let slotsFound = false;
  /** Blocks whose own text is white space only (see keepsBlank). */
  const blank = new WeakSet<BlockOwner>();
  /** Long blocks' segment length, learnt across blocks as the engine warms up. */
  const pace: SegmentPace = { chars: SEGMENT_CHARS, now: () => performance.now() };
  /** What was scanned while the matcher's second stage was on its way, and lacks the matches it finds. */
  const waiting = new Set<BlockOwner>();
  const waitingAttributes = new Set<Element>();
  /**
   * Elements whose attributes waited, scanned again one a step once the stage has arrived: with the full checklist a
   * page's first pass leaves hundreds, and scanning them at once (the stage's first matches, cold) made a long task.
   */
  const attributesAgain: Element[] = [];
  /** Whether the matcher said `waiting` since the current block or element began. */
  let waited = false;
  /** How many more blocks scanned again start a slice (COLD_BLOCKS). */
  let coldBlocks = 0;
  const counting = matcherWith(matcher, (text, context) => {
    const result = matcher.scan(text, context);
    waited ||= !!result.waiting;
    return result;
  });
  /** The elements whose ::before or ::after draw words, and the readable rules it was made from (-1: not yet). */
  let drawnBy = '';
  /** The elements a rule draws right to left with an override (styled-overrides.ts), made alongside drawnBy. */
  let overriddenBy = '';
  /** The blocks whose first letter a rule styles, and may hide (first-letter.ts), made alongside drawnBy. */
  let firstLetterBy = '';
  let rulesSeen = -1;
  /**
   * Made again when the count of the page's readable rules changed, or the reveal watch found a rule edited in place
   * (rulesChanged), once the scanner is idle (not in the first pass): the elements
   * it finds have their drawn words scanned, and every element walked later is matched against it.
   */
  const lookAtDrawnWords = (): boolean => {
    dropRootsOfRemovedHosts();
    const rules = readableRuleCount(doc, shadowRoots);
    if (rules === rulesSeen) return false;
    rulesSeen = rules;
    const drewBefore = drawnBy;
    drawnBy = drawnWordsSelector(doc, shadowRoots);
    // The elements a removed or changed rule drew words for are read again too, lest their names stay counted.
    const drawnAgain = eitherOf(drewBefore, drawnBy);
    let budget = MAX_DRAWN_ELEMENTS;
    for (const scope of drawnAgain ? [doc, ...shadowRoots] : []) {
      // Counted, not spread: a rule on `*::after` names every element of a page of a million.
      const drawing = scope.querySelectorAll(drawnAgain);
      for (let i = 0; i < drawing.length && budget > 0; i++, budget--)
        if (!isInsideSkipped(drawing[i]!, ownUi)) attributesAgain.push(drawing[i]!);
    }
    // The blocks holding an element the rules now override are read again, in the order they are drawn; and those a
    // removed rule overrode, as written now, lest a name read backwards stay painted on letters that no longer show it.
    // So are the blocks whose first letter a rule styles, or styled (first-letter.ts).
    const [overrodeBefore, firstLetterBefore] = [overriddenBy, firstLetterBy];
    [overriddenBy, firstLetterBy] = styledBlockSelectors(doc, shadowRoots) as [string, string];
    const overriddenAgain = eitherOf(
      eitherOf(overrodeBefore, overriddenBy),
      eitherOf(firstLetterBefore, firstLetterBy),
    );
    budget = MAX_DRAWN_ELEMENTS;
    for (const scope of overriddenAgain ? [doc, ...shadowRoots] : []) {
      const overridden = scope.querySelectorAll(overriddenAgain);
      for (let i = 0; i < overridden.length && budget > 0; i++, budget--) {
        const owner = ownerFor(overridden[i]!);
        if (owner) dirty.add(owner);
      }
    }
    return true;
  };
  const scanAttributes = (element: Element) => {
    waited = false;
    const hits = attributeHits(element, counting, drawnBy);
    // A first element tells a list holds one, in fewer bytes of content.js than its length (here and below).
    if (hits[0]) attributeHitsByElement.set(element, hits);
    else attributeHitsByElement.delete(element);
    if (waited) waitingAttributes.add(element);
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

  /** The blocks near the view the current frame slice still owes (FRAME_BLOCKS); 0 outside one. */
  let frameOwed = 0;
  /** Within a viewport of the view, as the painter's observer counts near; a block without a box of its own is. */
  const nearView = (owner: BlockOwner) => {
    if (owner.nodeType !== ELEMENT) return true;
    const box = (owner as Element).getBoundingClientRect();
    return box.bottom >= -win.innerHeight && box.top <= 2 * win.innerHeight;
  };

  const settle = (owner: BlockOwner, scanned: ScannedBlock) => {
    // Content comes in reading order: past the first block far from the view, the frame is owed nothing more.
    if (frameOwed > 0) frameOwed = nearView(owner) ? frameOwed - 1 : 0;
    painter.replace(owner, scanned.painted);
    if (scanned.hits[0]) hitsByOwner.set(owner, scanned.hits);
    else hitsByOwner.delete(owner);
    if (waited && scanned !== NOTHING) waiting.add(owner);
    else waiting.delete(owner);
  };

  /** Reads the block's next nodes, or matches its next segment; paints the block once the last one is done. */
  const continueBlock = () => {
    const current = partial!;
    const { owner } = current;
    // A block removed part-way is dropped; one changed part-way is dirty again and rescanned after.
    if (!owner.isConnected) {
      partial = undefined;
      return settle(owner, NOTHING);
    }
    if (!current.scan) {
      const read = current.read(NODES_PER_STEP);
      if (!read) return;
      const styled = (overriddenBy && withStyledOverrides(read, overriddenBy, win)) || read;
      const block = (firstLetterBy && withHiddenFirstLetter(styled, firstLetterBy, win)) || styled;
      if (NOT_BLANK.test(block.text)) blank.delete(owner);
      else blank.add(owner);
      current.scan = scanInSegments(block, counting, doc, options.hides, pace);
    }
    const { scan } = current;
    const done = scan.step();
    if (!done) return;
    partial = undefined;
    const next = () => {
      const element = nextAdjacentBlock(owner, ownUi);
      return element && collectBlockText(element, ownUi);
    };
    // A block its layout draws in another order is read as drawn (display-order.ts), and joins no next block; so is
    // an item of a flex or grid container that may draw its items out of order or apart (item-order.ts).
    const drawn =
      scanAsDrawn(scan.block, counting, doc, options.hides) ??
      scanItemAsDrawn(scan.block, done, counting, doc, ownUi, mutations, options.hides) ??
      (slotOwners.has(owner) ? scanAcrossSlots(owner, ownUi, counting, doc, options.hides) : undefined);
    if (drawn) return settle(owner, drawn);
    const join = options.joinName?.();
    if (join) return settle(owner, join(scan.block, done, next, counting, doc, options.hides));
    const across = nameAcross(scan.block, next);
    if (across) counting.scan(joinedWords(across));
    settle(owner, done);
  };

  /** `ancestorsClear`: already known that no element above the owner is skipped (see step). */
  const scanOwner = (owner: BlockOwner, ancestorsClear: boolean) => {
    waited = false;
    const gone = !owner.isConnected || (!ancestorsClear && owner.nodeType === ELEMENT && isInsideSkipped(owner, ownUi));
    if (gone) return settle(owner, NOTHING);
    partial = { owner, read: blockTextReader(owner, ownUi) };
    continueBlock();
  };

  const enqueueSubtree = (root: Element | ShadowRoot, added?: boolean) => {
    if (root.nodeType === ELEMENT && isInsideSkipped(root, ownUi)) return;
    const owner = ownerFor(root);
    // A block is scanned when its walk starts, with what it holds (appended cards: the last one whole first); an
    // inline root changed its block's text.
    if (owner && owner !== root) dirty.add(owner);
    if (root.nodeType === ELEMENT) lookForShadowRoot(root as Element, added);
    walkers.push({ walker: doc.createTreeWalker(root, SHOW_ELEMENT), clearAt: mutations, own: owner === root, added });
  };

  /**
   * What the page changed, not yet looked at: the observer only keeps the records, in the page's own task (500
   * appended cards would cost it a few ms there); the slices read them, one record a step, before any other work.
   */
  const records: MutationRecord[][] = [];
  /** How many records of the first batch are read. */
  let recordsRead = 0;
  /**
   * Added elements whose subtrees are still to set up for the walk (owner, shadow root, walker): in reading order,
   * once no added one is being walked. 500 cards appended at once, all set up before the first was walked, took the
   * slice in the frame that shows them, so that frame painted none of their matches. The first is where the reader
   * scrolled to (an infinite list grows below the view) and the painter registers only ranges near the view.
   */
  const added: Element[] = [];
  const readRecord = (record: MutationRecord) => {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    if (nodes[0] && nodes.every((node) => node.nodeType === ELEMENT && ownUi(node as Element))) return;
    const owner = ownerFor(record.target);
    if (owner && !(blank.has(owner) && keepsBlank(record, ownUi))) dirty.add(owner);
    for (const node of record.addedNodes) if (node.nodeType === ELEMENT) added.push(node as Element);
    if (record.removedNodes[0]) sweepPending = true;
    if (slotsFound) for (const node of [record.target, ...record.addedNodes]) slotChanged(node);
  };

  /**
   * Marks the block a slot is in to be read with the slot's text (again): a block found to hold a slot was scanned
   * without it, and one whose slot's text changed is stale, though nothing in its own tree changed.
   */
  const readsSlot = (slot: Element) => {
    const owner = blockOwner(slot);
    if (!owner) return;
    slotsFound = true;
    slotOwners.add(owner);
    // A block of slots alone (most components' wrappers) has no text of its own to run on into theirs.
    if (!blank.has(owner)) dirty.add(owner);
  };
  /** Marks the block reading the slot a changed node is drawn in, if any (the node, or an inline element around it). */
  const slotChanged = (node: Node) => {
    for (let at: Node | null = node; at?.nodeType === ELEMENT || at?.nodeType === TEXT; at = at.parentNode) {
      const slot = (at as Element | Text).assignedSlot ?? closedSlotOf(at as Element | Text);
      if (slot) return readsSlot(slot);
      if (at.nodeType === ELEMENT && !isInline(at as Element)) return;
    }
  };

  /**
   * The slot of a closed shadow root a host's child is drawn in: `assignedSlot` is null outside a closed root, so a
   * text the page changes in "Croco<slot></slot>"'s host would never mark the root's block (hostile33). Its slots
   * are asked, a root holding few.
   */
  const closedSlotOf = (node: Element | Text) => {
    const host = node.parentElement;
    const root = host && !host.shadowRoot ? shadowRootOf(host) : null;
    for (const slot of root?.querySelectorAll('slot') ?? []) if (slot.assignedNodes().includes(node)) return slot;
    return null;
  };

  const win = doc.defaultView!;
  const observer = new win.MutationObserver((batch) => {
    mutations++;
    records.push(batch);
    slicer.wake();
  });

  const lateShadowRoots = watchLateShadowRoots({
    win,
    shadowRootOf,
    adopt(root) {
      adoptShadowRoot(root);
      slicer.wake();
    },
    signal,
  });

  /** `added`: the element came with an added subtree (a host put back or moved keeps the root it had). */
  function lookForShadowRoot(element: Element, added?: boolean) {
    const shadow = shadowRootOf(element);
    if (shadow) adoptShadowRoot(shadow, added);
    else lateShadowRoots.note(element);
  }

  /**
   * Keeps the root among those whose sheets are read. When they are as many as kept, roots whose host left the page go
   * first, then the oldest with no sheet of the page's, then the oldest: an endless scroll of web-component cards has
   * its newest read.
   */
  function keepSheetRoot(root: ShadowRoot) {
    if (shadowRoots.length >= MAX_SHEET_ROOTS) dropRootsOfRemovedHosts();
    if (shadowRoots.length >= MAX_SHEET_ROOTS) {
      const bare = shadowRoots.findIndex((kept) => !hasSheets(kept));
      shadowRoots.splice(Math.max(bare, 0), 1);
      // Roots dropped and added may leave the count of rules as it was: the selector is due again all the same.
      rulesSeen = -1;
    }
    shadowRoots.push(root);
  }

  function dropRootsOfRemovedHosts() {
    let kept = 0;
    for (const root of shadowRoots) if (root.host.isConnected) shadowRoots[kept++] = root;
    if (kept < shadowRoots.length) rulesSeen = -1;
    shadowRoots.length = kept;
  }

  function adoptShadowRoot(root: ShadowRoot, added?: boolean) {
    if (seenShadowRoots.has(root)) {
      // A host put back on the page, or moved: its root's text and sheets were let go of when it left (the sweep of
      // what is disconnected), and nothing in the root itself changed to say it is back.
      if (added) putBack(root);
      return;
    }
    seenShadowRoots.add(root);
    keepSheetRoot(root);
    observer.observe(root, OBSERVED);
    options.onShadowRoot(root);
    enqueueSubtree(root);
  }

  function putBack(root: ShadowRoot) {
    if (!shadowRoots.includes(root)) keepSheetRoot(root);
    enqueueSubtree(root, true);
  }

  const step = (sliceBegun: boolean): boolean | typeof NEXT_SLICE => {
    const batch = records[0];
    if (batch) {
      readRecord(batch[recordsRead++]!);
      if (recordsRead === batch.length) {
        records.shift();
        recordsRead = 0;
      }
      return true;
    }
    if (added[0] && !walkers.some((walk) => walk.added)) {
      enqueueSubtree(added.shift()!, true);
      return true;
    }
    if (sweepPending) {
      sweepPending = false;
      painter.dropDisconnected();
      // Deleting while iterating is safe for a Map or Set: what is left is still visited once.
      for (const kept of [hitsByOwner, attributeHitsByElement, waiting] as KeptByNode[])
        for (const node of kept.keys()) if (!node.isConnected) kept.delete(node);
      return true;
    }
    if (partial) {
      continueBlock();
      return true;
    }
    // Not while a block is part-way: scanning attributes starts `waited` over, which the block's settle reads.
    const again = attributesAgain.pop();
    if (again) {
      if (again.isConnected) scanAttributes(again);
      return true;
    }

    // Asked first: an iterator each step is garbage, and most steps find the set empty.
    if (dirty.size > 0)
      for (const owner of dirty) {
        if (coldBlocks > 0) {
          if (sliceBegun) return NEXT_SLICE;
          coldBlocks--;
        }
        dirty.delete(owner);
        scanOwner(owner, false);
        return true;
      }
    const current = walkers[walkers.length - 1];
    if (!current) return lookAtDrawnWords();
    if (current.own) {
      current.own = false;
      scanOwner(current.walker.root as BlockOwner, false);
      return true;
    }
    const element = nextScannable(current.walker);
    if (!element) walkers.pop();
    else {
      scanAttributes(element);
      if (element.localName === 'slot') readsSlot(element);
      if (!isInline(element)) {
        // The walk has just checked the ancestors up to the walker's root; the root's own are
        // checked again only when the page changed since (its subtree may have moved).
        const root = current.walker.root;
        if (current.clearAt !== mutations && (root.nodeType !== ELEMENT || !isInsideSkipped(root, ownUi)))
          current.clearAt = mutations;
        dirty.delete(element);
        scanOwner(element, current.clearAt === mutations);
      }
      lookForShadowRoot(element, current.added);
    }
    return true;
  };

  const inFrame = afterLayout(win);
  const slicer = createSlicer({
    step,
    onProgress: painter.flush,
    onIdle: options.onIdle,
    signal,
    // A hidden document gets no frames. A page's frame runs the observer callbacks of all its same-site frames in
    // one task: an embedded frame's slices run in tasks of their own, or 20 frames' slices would make it long.
    // New content after a quiet spell (no walk under way, so not the page's first pass, whose code runs cold) is owed
    // its first blocks in the frame that shows it; only that frame (a slice that throws owes the later ones nothing:
    // each would read a box per block).
    requestFrame: (callback) =>
      win === win.top &&
      !doc.hidden &&
      inFrame(() => {
        frameOwed = walkers[0] ? 0 : FRAME_BLOCKS;
        try {
          callback();
        } finally {
          frameOwed = 0;
        }
      }),
    // A block longer than one segment is left to the slices after the frame.
    owesFrame: () => frameOwed > 0 && !(partial?.scan && partial.scan.block.text.length > SEGMENT_CHARS),
  });
  onAbort(signal, () => {
    observer.disconnect();
    painter.clear();
    hitsByOwner.clear();
    attributeHitsByElement.clear();
  });

  // The document itself: a page that rewrites itself (document.open and write) puts a new root element in it.
  observer.observe(doc, OBSERVED);
  enqueueSubtree(doc.documentElement);
  slicer.wake();
  return {
    hits: () => hitsByOwner.values(),
    attributeHits: () => attributeHitsByElement.values(),
    rescanWaiting(shown) {
      // A block the page may now show, hidden when scanned (lib/detect/reveal-watch.ts); the stage is here already.
      if (shown) dirty.add(shown);
      else coldBlocks = Math.min(waiting.size, COLD_BLOCKS);
      for (const owner of waiting) dirty.add(owner);
      // The block being matched may have met such text in a segment already done.
      if (partial) dirty.add(partial.owner);
      waiting.clear();
      attributesAgain.push(...waitingAttributes);
      waitingAttributes.clear();
      slicer.wake();
    },
    rulesChanged() {
      rulesSeen = -1;
      slicer.wake();
    },
  };
}
