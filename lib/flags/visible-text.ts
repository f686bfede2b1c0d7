import { isInline, isSkipped } from '@/lib/highlight/dom-rules';
import { shownToReader } from './shown-text';
import { createPace, type Pace } from '@/lib/scheduling/pace';
import type { TextCut } from '@/lib/records/flag';

/** Characters of visible text a flag reads at most: a long results page is cut, never the flag. */
export const MAX_VISIBLE_TEXT = 300_000;
/**
 * Text nodes whose showing a flag's reading judges at most (shown-text.ts reads their rectangles and styles: ~50 µs
 * each on a busy machine, 2.5 s of CPU on a page of a million nodes). Far above an ad page's few thousand.
 */
export const MAX_JUDGED_TEXTS = 25_000;
/** Nodes a flag's reading walks at most, elements and white space included, for shadow roots too. */
export const MAX_WALKED_NODES = 250_000;

/** A reading's bounds: characters kept, text nodes judged, nodes walked. */
export interface ReadingBounds {
  characters: number;
  judged: number;
  walked: number;
}

const BOUNDS: ReadingBounds = { characters: MAX_VISIBLE_TEXT, judged: MAX_JUDGED_TEXTS, walked: MAX_WALKED_NODES };

/** How many characters of the reading's end say where it was cut. */
const CUT_CONTEXT = 80;

export interface VisibleText {
  text: string;
  cut?: TextCut;
}

/** A shadow root of an element, open or closed where the browser lets Spoor's world see it. */
export type ShadowRootOf = (element: Element) => ShadowRoot | null;

const openRootOf: ShadowRootOf = (element) => element.shadowRoot;

/** Spoor's own UI is not marked in the flag's reading: the page's text is what it reads. */
const noOwnUi = () => false;

/** Nodes between two asks of whether the slice is spent. */
const PACE_EVERY = 256;

/**
 * The text of a page as shown to a reader at this moment, for the flag to find its names in, read in the order the
 * page is drawn: each shadow root's text in place of its host's children, a slot's assigned nodes in place of its
 * own (a component that copies its text into its root reads as it did before it came to life), each text node judged
 * as detection judges a match (shown-text.ts: not rendered, opacity 0, the colour behind it, clipped), so hidden
 * stuffing is not read and hidden junk inside a word does not split it.
 * Blocks are a line apart, as the scan's blocks are (dom-rules.ts), and so are the lines of a <pre> or of text styled
 * `white-space: pre*`, as the reader sees them; scripts, styles and form controls are left out.
 * Where the DOM has no layout (a test's jsdom) every text is shown. Bounded, so a page cannot make flagging hang: cut
 * at MAX_VISIBLE_TEXT characters, MAX_JUDGED_TEXTS text nodes judged or MAX_WALKED_NODES nodes walked, saying so
 * (`cut`); read in slices (`pace`), so the page is never held for long. `onShadowRoot` is told of each root read.
 * A document still being parsed (a flag that waited PARSE_WAIT_MS for it) is read as far as it has arrived, cut
 * `loading`: its end is not the page's.
 * @example const { text, cut } = await visibleText(document, (el) => chrome.dom.openOrClosedShadowRoot(el));
 */
export async function visibleText(
  doc: Document,
  shadowRootOf: ShadowRootOf = openRootOf,
  {
    pace = createPace(),
    bounds = BOUNDS,
    onShadowRoot,
  }: { pace?: Pace; bounds?: ReadingBounds; onShadowRoot?: (root: ShadowRoot) => void } = {},
): Promise<VisibleText> {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '' };
  const reading = new Reading(doc, pace, bounds, shadowRootOf, onShadowRoot);
  await reading.read(root);
  return reading.result(doc.readyState === 'loading');
}

/** One reading's text, its bounds and its pace. */
class Reading {
  private text = '';
  private block: Element | undefined;
  private walkedNodes = 0;
  private judged = 0;
  private readonly keepsLines: (element: Element | null) => boolean;
  cut?: TextCut['reason'];

  constructor(
    doc: Document,
    private readonly pace: Pace,
    private readonly bounds: ReadingBounds,
    private readonly shadowRootOf: ShadowRootOf,
    private readonly onShadowRoot?: (root: ShadowRoot) => void,
  ) {
    this.keepsLines = linesKeptIn(doc);
  }

  /** Counts a node walked, pausing when the slice is spent; true once the reading is cut. */
  async walked(): Promise<boolean> {
    if (++this.walkedNodes > this.bounds.walked) this.cut ??= 'nodes';
    else if (this.walkedNodes % PACE_EVERY === 0 && this.pace.due()) await this.pace.pause();
    return this.cut !== undefined;
  }

  /**
   * Reads the shown text under an element in drawn order (roots and slots composed), its blocks a line apart: a text's
   * block is its nearest non-inline element on the drawn path (a host for its root's text; a slot is none).
   */
  async read(scope: Element): Promise<void> {
    const pending: [Node, Element][] = this.childrenOf(scope).map((node) => [node, scope] as [Node, Element]);
    pending.reverse();
    while (pending.length && !this.cut) {
      const [node, block] = pending.pop()!;
      if (await this.walked()) break;
      if (node.nodeType === 3) this.readText(node as Text, block);
      else if (node.nodeType === 1 && !isSkipped(node as Element, noOwnUi)) {
        const element = node as Element;
        if (element.localName === 'br') this.text += '\n';
        const inner = isInline(element) || element.localName === 'slot' ? block : element;
        const children = this.childrenOf(element);
        for (let i = children.length - 1; i >= 0; i--) pending.push([children[i]!, inner]);
      }
    }
  }

  /** What is drawn in an element's place: its shadow root's nodes, a slot's assigned nodes, else its children. */
  private childrenOf(element: Element): Node[] {
    const root = this.shadowRootOf(element);
    if (root) {
      this.onShadowRoot?.(root);
      return [...root.childNodes];
    }
    const assigned = element.localName === 'slot' ? (element as HTMLSlotElement).assignedNodes() : [];
    return assigned.length ? assigned : [...element.childNodes];
  }

  private readText(node: Text, owner: Element): void {
    const budget = this.bounds.characters - this.text.length;
    if (budget <= 0) {
      this.cut = 'characters';
      return;
    }
    const data = node.data;
    // A source line break ends a line only where the page keeps them (<pre>, white-space: pre*); elsewhere white
    // space only parts words.
    const lines = /[\n\r]/.test(data) && this.keepsLines(node.parentElement);
    if (!/\S/.test(data)) this.text += lines ? '\n' : ' ';
    else if (++this.judged > this.bounds.judged) this.cut = 'nodes';
    else if (shownToReader(node)) {
      if (this.block !== undefined && owner !== this.block) this.text += '\n';
      this.block = owner;
      const piece = data.slice(0, budget);
      this.text += lines ? piece.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ') : piece.replace(/\s+/g, ' ');
    }
  }

  result(stillLoading: boolean): VisibleText {
    const text = this.text.slice(0, this.bounds.characters);
    const reason = this.cut ?? (stillLoading ? 'loading' : undefined);
    if (!reason) return { text };
    return { text, cut: { reason, characters: text.length, after: text.slice(-CUT_CONTEXT).trimStart() } };
  }
}

/** Values of white-space-collapse (and of the older white-space) that keep the source's line breaks. */
const KEEPS_LINE_BREAKS = /^(?:pre|pre-wrap|pre-line|preserve|preserve-breaks|break-spaces)$/;

/**
 * Whether an element's text keeps the source's line breaks as the reader's (a <pre>, `white-space: pre-line`…), read
 * once per element for one reading.
 */
function linesKeptIn(doc: Document): (element: Element | null) => boolean {
  const known = new Map<Element, boolean>();
  return (element) => {
    if (!element) return false;
    let kept = known.get(element);
    if (kept === undefined) {
      const style = doc.defaultView?.getComputedStyle(element);
      kept = KEEPS_LINE_BREAKS.test(style?.whiteSpaceCollapse ?? '') || KEEPS_LINE_BREAKS.test(style?.whiteSpace ?? '');
      known.set(element, kept);
    }
    return kept;
  };
}
