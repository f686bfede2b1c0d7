/**
 * Which elements carry readable text, and where text breaks. Tag names decide,
 * not computed styles: `getComputedStyle` on every element of a large page
 * costs more than the whole scan, and marketplaces use these tags as the spec intends.
 */

/** Inline elements: their text runs on with the text around them (`<i>Psittacus</i> <i>erithacus</i>`). */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U',
  'VAR', 'WBR',
]);

/** Elements whose content is not page text a reader sees, or is the reader's own input. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH', 'CANVAS',
  'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

const ELEMENT = 1;
const FRAGMENT = 11;

/** A block element, or a shadow root (a tree of its own, so its top-level text is a block). */
export type BlockOwner = Element | DocumentFragment;

/** Skipped elements that never render, so the text around them runs on ("Elfen<script>…</script>bein"). */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** A predicate marking Spoor's own UI (the hover card host), which is never scanned. */
export type OwnUi = (element: Element) => boolean;

const IS_INLINE = 1;
const IS_SKIPPED = 2;
const IS_INVISIBLE = 4;
/**
 * The flags of each tag name as the DOM spells it ("P" in HTML, "svg" in XML):
 * the scan asks for every element of the page, and upper-casing each time
 * allocated a string per question.
 */
const flagsByTagName = new Map<string, number>();

function tagFlags(element: Element): number {
  const tagName = element.tagName;
  let flags = flagsByTagName.get(tagName);
  if (flags === undefined) {
    const upper = tagName.toUpperCase();
    flags = (INLINE.has(upper) ? IS_INLINE : 0) | (SKIPPED.has(upper) ? IS_SKIPPED : 0) | (INVISIBLE.has(upper) ? IS_INVISIBLE : 0);
    flagsByTagName.set(tagName, flags);
  }
  return flags;
}

/** @example isInline(document.createElement('i')) // true */
export function isInline(element: Element): boolean {
  return (tagFlags(element) & IS_INLINE) !== 0;
}

/**
 * Whether an element never renders: skipping it leaves the text around it joined.
 * @example isInvisible(document.createElement('script')) // true
 */
export function isInvisible(element: Element): boolean {
  return (tagFlags(element) & IS_INVISIBLE) !== 0;
}

/**
 * Whether an element and everything under it is left alone.
 * @example isSkipped(document.createElement('textarea'), () => false) // true
 */
export function isSkipped(element: Element, ownUi: OwnUi): boolean {
  if ((tagFlags(element) & IS_SKIPPED) !== 0 || ownUi(element)) return true;
  // Editable regions hold what the user types; painting there would fight the caret.
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * The node whose own text a node belongs to: its nearest non-inline element
 * ancestor, or the shadow root / document fragment at the top of its tree.
 * Every text node has exactly one owner, so owners partition the page's text.
 * @example blockOwner(italicTextNode) // the <p> around <i>Psittacus</i>
 */
export function blockOwner(node: Node): BlockOwner | null {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (current.nodeType === ELEMENT && !isInline(current as Element)) return current as Element;
    if (current.nodeType === FRAGMENT) return current as DocumentFragment;
  }
  return null;
}

/**
 * Whether a node sits inside a skipped element (checked up to its tree's root).
 * @example isInsideSkipped(paragraphInsideContentEditable, ownUi) // true
 */
export function isInsideSkipped(node: Node, ownUi: OwnUi): boolean {
  for (let el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el, ownUi)) return true;
  }
  return false;
}
