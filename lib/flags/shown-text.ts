import { unshown } from '@/lib/detect/unshown';

/**
 * Whether the reader sees a text node, judged as detection judges a match (lib/detect/unshown.ts: not rendered,
 * opacity 0, the colour behind it, clipped to nothing, no size, before the page's start): the flag's reading and its
 * fields then record what the page showed, not names (or denials) a seller drew where no one sees them. White space
 * is always kept: it only parts words. Where the DOM has no layout (jsdom) every text is shown.
 * @example shownToReader(textNode) // false for the text of <span style="color: #fff"> on a white page
 */
export function shownToReader(node: Text): boolean {
  if (!/\S/.test(node.data)) return true;
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  return !unshown(range, [node]);
}
