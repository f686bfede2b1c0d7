import { blockOwner, isSkipped } from '@/lib/highlight/dom-rules';
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
 * The text of a page as shown to a reader at this moment, for the flag to find its names in: the document's text,
 * then each shadow root's, each text node judged as detection judges a match (shown-text.ts: not rendered, opacity 0,
 * the colour behind it, clipped), so hidden stuffing is not read and hidden junk inside a word does not split it.
 * Blocks are a line apart, as the scan's blocks are (dom-rules.ts), and so are the lines of a <pre> or of text styled
 * `white-space: pre*`, as the reader sees them; scripts, styles and form controls are left out.
 * Where the DOM has no layout (a test's jsdom) every text is shown. Bounded, so a page cannot make flagging hang: cut
 * at MAX_VISIBLE_TEXT characters, MAX_JUDGED_TEXTS text nodes judged or MAX_WALKED_NODES nodes walked, saying so
 * (`cut`); read in slices (`pace`), so the page is never held for long. `onShadowRoot` is told of each root read.
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
  const reading = new Reading(doc, pace, bounds);
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '' };
  await reading.read(root);
  const visit = async (scope: Document | DocumentFragment) => {
    const elements = doc.createTreeWalker(scope, 1 /* SHOW_ELEMENT */);
    for (let element = elements.nextNode(); element && !reading.cut; element = elements.nextNode()) {
      if (await reading.walked()) return;
      const shadow = shadowRootOf(element as Element);
      if (!shadow) continue;
      onShadowRoot?.(shadow);
      await reading.read(shadow);
      await visit(shadow);
    }
  };
  await visit(doc);
  return reading.result();
}

/** One reading's text, its bounds and its pace. */
class Reading {
  private readonly parts: string[] = [];
  private length = 0;
  private walkedNodes = 0;
  private judged = 0;
  private readonly keepsLines: (element: Element | null) => boolean;
  cut?: TextCut['reason'];

  constructor(
    private readonly doc: Document,
    private readonly pace: Pace,
    private readonly bounds: ReadingBounds,
  ) {
    this.keepsLines = linesKeptIn(doc);
  }

  /** Counts a node walked, pausing when the slice is spent; true once the reading is cut. */
  async walked(): Promise<boolean> {
    if (++this.walkedNodes > this.bounds.walked) this.cut ??= 'nodes';
    else if (this.walkedNodes % PACE_EVERY === 0 && this.pace.due()) await this.pace.pause();
    return this.cut !== undefined;
  }

  /** Reads the shown text of a tree (a body, a shadow root), its blocks a line apart, within what is left. */
  async read(scope: Element | DocumentFragment): Promise<void> {
    const budget = this.bounds.characters - this.length;
    if (budget <= 0) this.cut ??= 'characters';
    if (this.cut) return;
    const walker = this.doc.createTreeWalker(scope, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) => (node.nodeType === 1 && isSkipped(node as Element, noOwnUi) ? 2 /* REJECT */ : 1),
    });
    let text = '';
    let block: Node | null | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (text.length >= budget) {
        this.cut = 'characters';
        break;
      }
      if (await this.walked()) break;
      if (node.nodeType === 1) {
        if ((node as Element).localName === 'br') text += '\n';
        continue;
      }
      const data = (node as Text).data;
      // A source line break ends a line only where the page keeps them (<pre>, white-space: pre*); elsewhere white
      // space only parts words.
      const lines = /[\n\r]/.test(data) && this.keepsLines(node.parentElement);
      if (!/\S/.test(data)) text += lines ? '\n' : ' ';
      else if (++this.judged > this.bounds.judged) {
        this.cut = 'nodes';
        break;
      } else if (shownToReader(node as Text)) {
        const owner = blockOwner(node);
        if (block !== undefined && owner !== block) text += '\n';
        block = owner;
        const piece = data.slice(0, budget - text.length);
        text += lines ? piece.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ') : piece.replace(/\s+/g, ' ');
      }
    }
    if (!text) return;
    this.parts.push(text);
    this.length += text.length + 1;
  }

  result(): VisibleText {
    const text = this.parts.join('\n').slice(0, this.bounds.characters);
    if (!this.cut) return { text };
    return { text, cut: { reason: this.cut, characters: text.length, after: text.slice(-CUT_CONTEXT).trimStart() } };
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
