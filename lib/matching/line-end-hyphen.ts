import type { DisplayOrder } from '@/lib/matching/display-order';
import { LINE_BREAK } from '@/lib/matching/fold';

/**
 * A hyphen at a line end before the rest of its word ("Loxo-<br>donta", a soft hyphen before the `<br>`, or a box
 * of its own that ends the line): the hyphen, the line break (U+2028, see lib/highlight/block-text.ts) and the blanks
 * around it, between a letter and a lower-case letter. A soft hyphen stays: the fold drops it as an invisible.
 */
const LINE_END_HYPHEN = /(?:(?<=\p{L}\p{M}*)-|(?<=\u00AD))[ \u00A0]*\u2028[ \u00A0\u2028]*(?=\p{Ll})/gu;

/**
 * `text` with its words hyphenated at a line end joined ("Loxo-\u2028donta" reads "Loxodonta"), with the original
 * position of each character kept (display-order.ts's toOriginalOrder maps matches back); undefined when it has none.
 * Only the matcher's second stage reads it: the first sends it text with such a hyphen (staged-matcher.ts).
 * @example lineEndJoined('Loxo-\u2028donta africana')!.text // 'Loxodonta africana'
 */
export function lineEndJoined(text: string): DisplayOrder | undefined {
  // Asked of every text the second stage scans, nearly all without a line break: `matchAll` copies its expression.
  if (!text.includes(LINE_BREAK)) return undefined;
  let joined = '';
  const originalIndex: number[] = [];
  let from = 0;
  for (const { index, 0: left } of text.matchAll(LINE_END_HYPHEN)) {
    joined += text.slice(from, index);
    for (; from < index; from++) originalIndex.push(from);
    from += left.length;
  }
  if (from === 0) return undefined;
  joined += text.slice(from);
  for (; from < text.length; from++) originalIndex.push(from);
  return { text: joined, originalIndex: Int32Array.from(originalIndex) };
}
