import type { ExemptTaxon } from '@/lib/dictionary/exemptions';
import type { Category, MarkCategory } from '@/lib/matching/types';
import type { BlockOwner } from './dom-rules';

/** The coloured categories, strictest first. */
export const CATEGORIES: readonly Category[] = ['app-i', 'app-ii', 'app-iii', 'trade'];
/** Everything the painter marks: the colours, then the colour-free mark of exempt names, weakest. */
const MARKS: readonly MarkCategory[] = [...CATEGORIES, 'exempt'];

/** The name a category's Highlight is registered under: `::highlight(spoor-app-i)` styles it. */
export const highlightName = (category: MarkCategory) => `spoor-${category}`;

/**
 * Where the painter leaves its marks' Highlights in its isolated world (each mark: its Highlight first): the page
 * reader, injected into the same world at flag time, compares them with the page's registry (lib/flags/paint-check.ts).
 * The page sees neither this global nor anything set on these objects.
 */
export const OWN_HIGHLIGHTS = '__spoorPaint';
/**
 * What the painter leaves under OWN_HIGHLIGHTS: its marks (each mark's Highlight, which holds only the ranges near the
 * viewport), then what it paints, block by block.
 */
export type OwnHighlights = readonly [
  ReadonlyMap<MarkCategory, readonly [Highlight, ...unknown[]]>,
  ReadonlyMap<unknown, readonly PaintedMatch[]>,
];

/** One painted match: its range, colour, and the dictionary terms it stands for. */
export interface PaintedMatch {
  range: Range;
  category: MarkCategory;
  /**
   * Indices into the matcher's `terms` (none for an exempt name); one array per name, which the pieces of a name
   * painted apart share and no other name does (paintedTerms in lib/detect/scan-block.ts: the keyboard stops once
   * per array, lib/detect/match-card.ts).
   */
  terms: number[];
  /** For category `exempt`: the species named, which the Appendices leave out. */
  exempt?: ExemptTaxon;
  /** The text nodes the range touches, for hit-testing. */
  nodes: Text[];
}

/** The painter's view of the page: which ranges each block owns. */
export interface Painter {
  /** Replaces everything painted for a block (an empty list just clears it); the page shows it at the next flush. */
  replace(owner: BlockOwner, painted: PaintedMatch[]): void;
  /**
   * Hands the replacements made since the last flush to the page's highlights.
   * Every frame in which a highlight changed repaints the whole page, so a
   * scan flushes now and then rather than after each block.
   */
  flush(): void;
  /** Drops blocks that left the document, so no Highlight keeps a detached node alive (at the next flush). */
  dropDisconnected(): void;
  /** Unpaints everything at once. */
  clear(): void;
  /**
   * Takes the highlights off the page without forgetting them, for a screenshot
   * of the page as published; `show` puts them back. Painting goes on meanwhile.
   */
  conceal(): void;
  show(): void;
  /** Clears and unregisters the highlights (the content script is going away). */
  dispose(): void;
  /** The painted match containing a caret position, if any. */
  at(node: Node, offset: number): PaintedMatch | undefined;
  /**
   * Every match painted, block by block, one at a time: the keyboard's way from name to name reads them all
   * (lib/detect/next-match.ts), a check that reads a few (lib/highlight/paint-guard.ts) makes no list of them all.
   */
  painted(): Iterable<PaintedMatch>;
}

/** How many blocks may be taken as near the viewport before the observer has reported on them (see guessNear). */
const GUESSED_BLOCKS = 32;

/** What a window provides for the CSS Custom Highlight API (`CSS.highlights`, `Highlight`). */
export interface HighlightApi {
  registry: HighlightRegistry;
  Highlight: typeof Highlight;
  /** Watches blocks coming within a viewport of the frame's view; without it every painted range is registered. */
  observe?: (callback: IntersectionObserverCallback) => IntersectionObserver;
  /** Whether the page is in forced colours (`(forced-colors: active)`), followed as it changes. */
  forcedColors?: MediaQueryList;
}

/**
 * The browser's Highlight API, or an inert stand-in where it is missing
 * (Firefox before 140): nothing is painted, but matches are still found,
 * counted and reported, and the hover card still works.
 * @example createPainter(highlightApiOf(window))
 */
export function highlightApiOf(win: typeof globalThis): HighlightApi {
  const forcedColors = win.matchMedia?.('(forced-colors: active)');
  if (win.CSS?.highlights && typeof win.Highlight === 'function')
    return {
      registry: win.CSS.highlights,
      Highlight: win.Highlight,
      // The frame's document as the root, so that the margin (a viewport above, below and aside) applies in frames too.
      observe: (callback) => new win.IntersectionObserver(callback, { root: win.document, rootMargin: '100%' }),
      forcedColors,
    };
  class InertHighlight extends Set<AbstractRange> {
    priority = 0;
  }
  return {
    registry: new Map() as unknown as HighlightRegistry,
    Highlight: InertHighlight as unknown as typeof Highlight,
    forcedColors,
  };
}

/**
 * Paints matches with the CSS Custom Highlight API: one Highlight per category,
 * so the page's DOM is never touched. Stricter categories get higher priority
 * and win where ranges overlap. `onPaint` runs whenever a block gets matches to paint.
 * Only the ranges of blocks near the viewport are registered: in every frame that changes the page the browser
 * rebuilds a marker for each registered range, which the thousands of a long page's matches make slow.
 * @example const painter = createPainter({ registry: CSS.highlights, Highlight });
 */
export function createPainter(api: HighlightApi, onPaint?: () => void): Painter {
  const byOwner = new Map<BlockOwner, PaintedMatch[]>();
  /**
   * Each mark's Highlight, and the ranges waiting for the next flush to join it (true) or leave it (false): the last
   * change queued for a range wins, so one added and removed in between never reaches the page. One tuple a mark: the
   * script every frame evaluates spells fewer names than with a map for each.
   */
  const marks = new Map(
    MARKS.map((category, index) => {
      const highlight = new api.Highlight();
      highlight.priority = MARKS.length - index;
      return [category, [highlight, new Map<Range, boolean>()] as const];
    }),
  );
  (globalThis as Record<string, unknown>)[OWN_HIGHLIGHTS] = [marks, byOwner];
  let shown = true;
  // In forced colours Chromium paints every registered highlight in the selection's system colours, whatever its
  // rules say: an exempt name would look listed. It stays off the registry there (`at` still finds it for the card).
  const offPage = (category: MarkCategory) => category === 'exempt' && api.forcedColors?.matches === true;
  const register = () => {
    shown = true;
    for (const [category, [highlight]] of marks) {
      if (offPage(category)) api.registry.delete(highlightName(category));
      else api.registry.set(highlightName(category), highlight);
    }
  };
  const unregister = () => {
    shown = false;
    for (const category of MARKS) api.registry.delete(highlightName(category));
  };
  const followForcedColors = () => shown && register();
  api.forcedColors?.addEventListener('change', followForcedColors);
  register();
  // Weak: a text node that leaves the page takes its entry with it.
  const ownerOfNode = new WeakMap<Node, BlockOwner>();
  // The blocks the observer last saw near the viewport, or guessed near before its first report (guessNear).
  const near = new WeakSet<Node>();
  /** Blocks taken as near before the observer's first report on them, until it comes; none since a clear. */
  const guessed = new Set<Node>();
  let observed = new WeakSet<Node>();
  /**
   * The observer reports a block first after the frame that lays it out, so new content would show its matches a
   * frame after itself: the first blocks painted since its last report are taken as near at once (content appears
   * where the reader is: a list growing below the view, a page's top), and the report corrects a wrong guess. A few
   * only: in every frame that changes the page the browser rebuilds a marker for each registered range, far or not.
   */
  const guessNear = (owner: Element) => {
    if (observed.has(owner) || guessed.size >= GUESSED_BLOCKS) return;
    guessed.add(owner);
    near.add(owner);
  };
  /** Queues a block's ranges to join the page's highlights at the next flush, or to leave them. */
  const queue = (painted: PaintedMatch[], joining: boolean) => {
    for (const { category, range } of painted) marks.get(category)![1].set(range, joining);
  };

  const flush = () => {
    for (const [highlight, pending] of marks.values()) {
      for (const [range, joining] of pending) {
        if (joining) highlight.add(range);
        else highlight.delete(range);
      }
      pending.clear();
    }
  };

  // Its callback runs in the task after the frame that moved a block, so the block is painted by the next frame.
  const observer = api.observe?.((entries) => {
    for (const { target, isIntersecting, boundingClientRect: box } of entries) {
      guessed.delete(target);
      // A block without a box of its own (`display: contents`) tells nothing of where its text is: taken as near.
      // Queueing what a block already has is harmless (a block observed anew is reported even where it was).
      const isNear = isIntersecting || !box.height;
      if (isNear) near.add(target);
      else near.delete(target);
      const painted = byOwner.get(target);
      if (painted) queue(painted, isNear);
    }
    // One change of the page's highlights for every block that came near or went away.
    flush();
  });

  // An element block is observed (the observer holds it weakly: no need to unobserve one that leaves); a shadow root's
  // top-level text (no element of its own), or any block without an observer, is always registered.
  const registered = (owner: BlockOwner) => !observer || owner.nodeType !== 1 || near.has(owner);
  const unpaint = (owner: BlockOwner) => {
    const painted = byOwner.get(owner);
    if (!painted) return;
    if (registered(owner)) queue(painted, false);
    byOwner.delete(owner);
  };

  return {
    replace(owner, painted) {
      unpaint(owner);
      if (painted.length === 0) return;
      onPaint?.();
      byOwner.set(owner, painted);
      for (const match of painted) for (const node of match.nodes) ownerOfNode.set(node, owner);
      if (observer && owner.nodeType === 1) guessNear(owner as Element);
      if (registered(owner)) queue(painted, true);
      // A block observed for the first time, or since a clear, is reported where it is, which corrects a stale guess.
      if (owner.nodeType === 1) {
        observer?.observe(owner as Element);
        observed.add(owner);
      }
    },
    flush,
    dropDisconnected() {
      for (const owner of [...byOwner.keys()]) if (!owner.isConnected) unpaint(owner);
      // A block gone before its first report may never get one.
      for (const owner of guessed) if (!owner.isConnected) guessed.delete(owner);
    },
    clear() {
      byOwner.clear();
      observer?.disconnect();
      guessed.clear();
      observed = new WeakSet();
      for (const mark of marks.values()) for (const part of mark) part.clear();
    },
    conceal: unregister,
    show: register,
    dispose() {
      this.clear();
      unregister();
      api.forcedColors?.removeEventListener('change', followForcedColors);
    },
    at(node, offset) {
      const owner = ownerOfNode.get(node);
      if (!owner) return undefined;
      return byOwner
        .get(owner)
        ?.find((match) => match.nodes.includes(node as Text) && match.range.isPointInRange(node, offset));
    },
    *painted() {
      for (const painted of byOwner.values()) yield* painted;
    },
  };
}
