/**
 * Which elements carry readable text, and where text breaks. Tag names decide,
 * not computed styles: `getComputedStyle` on every element of a large page
 * costs more than the whole scan, and marketplaces use these tags as the spec intends.
 */

import { INVISIBLE_TAG } from './invisible-tags';

// Tag names as regular expression literals, not `Set`s: a literal without Unicode escapes costs nothing until its
// first test, while a set of names is built, and its list split, in every frame's evaluation of the content script.

/**
 * Inline elements: their text runs on with the text around them (`<i>Psittacus</i> <i>erithacus</i>`). A ruby's base
 * text too: its annotations (RT, RP) are drawn above it or not at all, so "nilo<rt>q</rt>ticus" reads "niloticus".
 */
const INLINE =
  /^(?:A|ABBR|B|BDI|BDO|BIG|CITE|CODE|DATA|DEL|DFN|EM|FONT|I|INS|KBD|LABEL|MARK|NOBR|Q|S|SAMP|SMALL|SPAN|STRIKE|STRONG|SUB|SUP|TIME|TT|U|VAR|WBR|RUBY|RB)$/;

/**
 * Elements whose content is not page text a reader sees, or is the reader's own input; a ruby's annotations, which
 * are not the line's text (attribute-text.ts counts what an RT says).
 */
const SKIPPED =
  /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|INPUT|SELECT|OPTION|SVG|MATH|CANVAS|IFRAME|OBJECT|EMBED|VIDEO|AUDIO|HEAD|TITLE|RT|RP)$/;
/** Skipped elements drawn outside the line, so the text around them runs on as if they were not there. */
const OFF_LINE = /^(?:RT|RP)$/;

const ELEMENT = 1;
const FRAGMENT = 11;

/** A block element, or a shadow root (a tree of its own, so its top-level text is a block). */
export type BlockOwner = Element | DocumentFragment;

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
    flags =
      (INLINE.test(upper) ? IS_INLINE : 0) |
      (SKIPPED.test(upper) ? IS_SKIPPED : 0) |
      // Skipped elements that never render, so the text around them runs on ("Elfen<script>…</script>bein").
      (INVISIBLE_TAG.test(upper) || OFF_LINE.test(upper) ? IS_INVISIBLE : 0);
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

/** How a block's own text treats a child element (see textRoleOf). */
export const RUNS_ON = 0;
export const BREAKS = 1;
export const ADDS_NOTHING = 2;

/**
 * Whether a child element's text runs on with its block's (inline and not
 * skipped), breaks it (a block, or a skipped element that renders), or adds
 * nothing (never renders). One look at the tag, for every element of the page.
 * @example textRoleOf(document.createElement('i'), () => false) // RUNS_ON
 */
export function textRoleOf(element: Element, ownUi: OwnUi): typeof RUNS_ON | typeof BREAKS | typeof ADDS_NOTHING {
  const flags = tagFlags(element);
  if ((flags & IS_INLINE) !== 0 && !ownUi(element) && !isEditable(element)) return RUNS_ON;
  return (flags & IS_INVISIBLE) !== 0 ? ADDS_NOTHING : BREAKS;
}

// Editable regions hold what the user types; painting there would fight the caret.
function isEditable(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Whether an element and everything under it is left alone.
 * @example isSkipped(document.createElement('textarea'), () => false) // true
 */
export function isSkipped(element: Element, ownUi: OwnUi): boolean {
  return (tagFlags(element) & IS_SKIPPED) !== 0 || ownUi(element) || isEditable(element);
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
