import type { BlockText } from '@/lib/highlight/block-text';
import { isInline } from '@/lib/highlight/dom-rules';

// A seller can write a letter before a name and hide it with a style sheet's `::first-letter` rule ("XPsittacus"
// under `.lot::first-letter { font-size: 0 }` shows "Psittacus"), or hide a name's own first letter. The block's text
// holds the letter; only blocks whose owner a readable ::first-letter rule names (styledBlockSelectors) ask for its
// style.

/**
 * What CSS takes for a block's first letter: the punctuation before it, one letter or digit (with its marks) and the
 * punctuation after it; the block's own text only (a nested block first, "\n", holds the letter itself).
 */
const FIRST_LETTER = /^([ \u202A-\u202E]*)(\p{P}*[\p{L}\p{N}]\p{M}*\p{P}*)/u;

/** A computed colour with no alpha: `transparent` computes to `rgba(0, 0, 0, 0)`. */
const CLEAR = /^rgba\(.*,\s*0(?:\.0*)?\)$/;

/**
 * The block's text with its first letter read as blank space when its `::first-letter` style draws nothing (a font
 * size of 0, a transparent fill), offsets kept; undefined when the owner's first letter shows or no rule names it.
 * @example withHiddenFirstLetter(block, '.lot', window)?.text // ' Psittacus erithacus' for "XPsittacus erithacus"
 */
export function withHiddenFirstLetter(block: BlockText, selector: string, win: Window): BlockText | undefined {
  const owner = block.owner as Element;
  if (!selector || owner.nodeType !== 1 || !owner.matches(selector)) return undefined;
  const found = FIRST_LETTER.exec(block.text);
  const first = block.nodes.find((node) => node.data.trim());
  if (!found || !first || first !== firstText(owner)) return undefined;
  if (!firstLetterHidden(owner, win)) return undefined;
  const start = found[1]!.length;
  const end = start + found[2]!.length;
  return { ...block, text: block.text.slice(0, start) + ' '.repeat(end - start) + block.text.slice(end) };
}

/**
 * Whether an element's first letter is drawn as nothing a reader sees: by its `::first-letter` style, or by the
 * style of an inline element that holds that letter alone (`<span class="clear">X</span>mazona`), a font size of 0
 * or a transparent fill either way.
 */
export function firstLetterHidden(element: Element, win: Window): boolean {
  if (drawsNothing(win.getComputedStyle(element, '::first-letter'))) return true;
  const first = firstText(element)?.parentElement;
  return (
    !!first &&
    first !== element &&
    isInline(first) &&
    withoutFirstLetter(first.textContent ?? '').trim() === '' &&
    drawsNothing(win.getComputedStyle(first))
  );
}

const drawsNothing = (style: CSSStyleDeclaration) =>
  parseFloat(style.fontSize) === 0 || CLEAR.test(style.webkitTextFillColor || style.color);

/**
 * A text without what CSS takes for its first letter (see FIRST_LETTER), white space before it kept.
 * @example withoutFirstLetter(' Xython regius') // ' ython regius'
 */
export const withoutFirstLetter = (text: string): string => text.replace(LEADING_LETTER, '$1');

/** FIRST_LETTER after any white space, which an element's whole text may start with (a source line break). */
const LEADING_LETTER = /^(\s*)\p{P}*[\p{L}\p{N}]\p{M}*\p{P}*/u;

/** The owner's first text not blank, unless a block comes first (its first line, and letter, are the block's). */
function firstText(owner: Element): Text | undefined {
  const walker = owner.ownerDocument.createTreeWalker(owner, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE && (node as Text).data.trim()) return node as Text;
    if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) return undefined;
  }
  return undefined;
}
