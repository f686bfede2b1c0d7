import { blockOwner, isSkipped } from '@/lib/highlight/dom-rules';
import { shownToReader } from './shown-text';

/** Characters of visible text a flag reads at most: a long results page is cut, never the flag. */
export const MAX_VISIBLE_TEXT = 300_000;

/** A shadow root of an element, open or closed where the browser lets Spoor's world see it. */
export type ShadowRootOf = (element: Element) => ShadowRoot | null;

const openRootOf: ShadowRootOf = (element) => element.shadowRoot;

/** Spoor's own UI is not marked in the flag's reading: the page's text is what it reads. */
const noOwnUi = () => false;

/**
 * The text of a page as shown to a reader at this moment, for the flag to find its names in: the document's text,
 * then each shadow root's, each text node judged as detection judges a match (shown-text.ts: not rendered, opacity 0,
 * the colour behind it, clipped), so hidden stuffing is not read and hidden junk inside a word does not split it.
 * Blocks are a line apart, as the scan's blocks are (dom-rules.ts), and so are the lines of a <pre> or of text styled
 * `white-space: pre*`, as the reader sees them; scripts, styles and form controls are left out.
 * Where the DOM has no layout (a test's jsdom) every text is shown. Cut at MAX_VISIBLE_TEXT characters.
 * @example visibleText(document, (el) => chrome.dom.openOrClosedShadowRoot(el))
 */
export function visibleText(doc: Document, shadowRootOf: ShadowRootOf = openRootOf): string {
  const parts: string[] = [];
  let length = 0;
  const add = (text: string) => {
    if (!text) return;
    parts.push(text);
    length += text.length + 1;
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  add(shownTextOf(root, MAX_VISIBLE_TEXT));
  const visit = (scope: Document | DocumentFragment) => {
    for (const element of scope.querySelectorAll('*')) {
      if (length >= MAX_VISIBLE_TEXT) return;
      const shadow = shadowRootOf(element);
      if (!shadow) continue;
      add(shownTextOf(shadow, MAX_VISIBLE_TEXT - length));
      visit(shadow);
    }
  };
  visit(doc);
  return parts.join('\n').slice(0, MAX_VISIBLE_TEXT);
}

/** The shown text of a tree (a body, a shadow root), its blocks a line apart, read up to about `budget` characters. */
function shownTextOf(scope: Element | DocumentFragment, budget: number): string {
  const walker = scope.ownerDocument!.createTreeWalker(scope, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && isSkipped(node as Element, noOwnUi) ? 2 /* REJECT */ : 1),
  });
  const keepsLines = linesKeptIn(scope.ownerDocument!);
  let text = '';
  let block: Node | null | undefined;
  for (let node = walker.nextNode(); node && text.length < budget; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).localName === 'br') text += '\n';
      continue;
    }
    const data = (node as Text).data;
    // A source line break ends a line only where the page keeps them (<pre>, white-space: pre*); elsewhere white
    // space only parts words.
    const lines = /[\n\r]/.test(data) && keepsLines(node.parentElement);
    if (!/\S/.test(data)) text += lines ? '\n' : ' ';
    else if (shownToReader(node as Text)) {
      const owner = blockOwner(node);
      if (block !== undefined && owner !== block) text += '\n';
      block = owner;
      const piece = data.slice(0, budget - text.length);
      text += lines ? piece.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ') : piece.replace(/\s+/g, ' ');
    }
  }
  return text;
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
