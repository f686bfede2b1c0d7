import { INVISIBLE_CHARS } from '@/lib/matching/fold';
import { lazyRegExp } from '@/lib/matching/lazy-regexp';
import type { Matcher } from '@/lib/matching/matcher';
import { rangeFor, type BlockText } from '@/lib/highlight/block-text';
import { categoryOf, hitsOf, paintedTerms, type HidesMatch, type ScannedBlock } from './scan-block';

// A genus ends the block (1: a capital, then letters), or a word broken by a hyphen at its end (2: "Elfen-", a soft
// hyphen too), and a species epithet or the word's rest starts the next (lower case); the invisible characters the
// matcher's fold drops (INVISIBLE_CHARS) may sit inside and before either word, as the matcher allows.
const NAME_RUN = '[\\p{L}\\p{M}' + INVISIBLE_CHARS + ']+';
const LAST_GENUS = lazyRegExp('(?:(\\p{Lu}' + NAME_RUN + ')(?<!\u00AD)|(' + NAME_RUN + ')[-\u00AD])' + '[\\s\u2028]*$');
const FIRST_EPITHET = lazyRegExp('^[\\s\u2028' + INVISIBLE_CHARS + ']*(\\p{Ll}' + NAME_RUN + ')');
/** One character of a word as NAME_RUN reads it (a letter outside the BMP is two code units). */
const NAME_CHAR = lazyRegExp('^[\\p{L}\\p{M}' + INVISIBLE_CHARS + ']$');
/** Enough of each block's edge to hold a word. */
const EDGE_CHARS = 100;

/** A genus ending one block and an epithet starting the next (the regular expressions' matches). */
export interface NameAcross {
  tail: RegExpExecArray;
  head: RegExpExecArray;
  next: BlockText;
}

/**
 * Whether `block` ends like a genus and the block after it starts like an epithet: the two words may be one name.
 * The content script asks only this until the matcher's second stage, which every such name needs, has arrived.
 * @example nameAcross(firstCell, () => secondCell) && joinedWords(nameAcross(firstCell, () => secondCell)!)
 * // "Loxodonta africana"
 */
export function nameAcross(block: BlockText, nextBlock: () => BlockText | undefined): NameAcross | undefined {
  const edge = block.text.slice(-EDGE_CHARS);
  // The edge's last character that is no white space (trimEnd removes what `\s` matches) ends any genus there, so
  // the search is skipped where it is an ASCII character other than a letter (most blocks: "möglich.", "£450",
  // "2024"); `| 32` lower-cases an ASCII letter.
  const end = edge.trimEnd();
  const last = end.charCodeAt(end.length - 1) | 32;
  const endsLikeWord = last > 127 || last === 45 || (last > 96 && last < 123);
  const lastWord = endsLikeWord ? edge.slice(lastWordStart(end)) : '';
  const tail = mayEndName(lastWord) ? LAST_GENUS().exec(lastWord) : null;
  // Read the next block only when this one ends like a genus: most blocks do not.
  const next = tail ? nextBlock() : undefined;
  const head = next && FIRST_EPITHET().exec(next.text.slice(0, EDGE_CHARS));
  return head ? { tail: tail!, head, next: next! } : undefined;
}

/**
 * Where the last word of a text (its white space trimmed) starts, before a hyphen ending it: a genus or a hyphenated
 * word's half ending the text lies within it, so LAST_GENUS reads only that word rather than trying every capital.
 */
function lastWordStart(end: string): number {
  let start = end.length;
  const last = end[start - 1];
  if (last === '-' || last === '\u00AD') start--;
  while (start > 0) {
    const code = end.charCodeAt(start - 1);
    // An ASCII character is in a word only as a letter (`| 32` lower-cases it): most words are read without the
    // expression.
    if (code < 128) {
      if ((code | 32) < 97 || (code | 32) > 122) return start;
      start--;
      continue;
    }
    const units = code >= 0xdc00 && code <= 0xdfff && start > 1 ? 2 : 1;
    if (!NAME_CHAR().test(end.slice(start - units, start))) return start;
    start -= units;
  }
  return start;
}

/**
 * Whether LAST_GENUS may match a text: it holds a capital (1) or a hyphen (2), or a character outside ASCII, whose
 * case the expression reads. A word of small ASCII letters ("handzahm", "samica": about half the words ending a
 * block) is answered without it.
 */
function mayEndName(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code > 127 || code === 45 || (code > 64 && code < 91)) return true;
  }
  return false;
}

/** The two words as one name, or the hyphenated word's halves as one word. */
export const joinedWords = ({ tail, head }: NameAcross) => (tail[1] ? `${tail[1]} ` : tail[2]) + head[1];

/**
 * A scientific name split across two blocks adjacent in reading order
 * (`<td>Loxodonta</td><td>africana</td>`): the genus ends `block`, the epithet
 * starts `next`. Returns `scanned` (the block's own matches) with the joined
 * match added, replacing a match of the genus alone; unchanged when the words
 * do not form a name. Common names never join across blocks: only terms of language 'la' count. `hides` judges
 * the joined match as scan-block.ts judges a block's own.
 * @example withJoinedName(firstCell, scanned, () => secondCell, matcher, document).painted.at(-1)?.range.toString() //
 * "Loxodontaafricana"
 */
export function withJoinedName(
  block: BlockText,
  scanned: ScannedBlock,
  nextBlock: () => BlockText | undefined,
  matcher: Matcher,
  doc: Document,
  hides?: HidesMatch,
): ScannedBlock {
  const none = scanned;
  const across = nameAcross(block, nextBlock);
  if (across === undefined) return none;
  const { tail, head, next } = across;
  const joined = joinedWords(across);
  const tailStart = block.text.length - tail[0].length;
  const epithetEnd = head[0].length;
  // A word hyphenated across the blocks is read with the words around it, which a common name's senses weigh.
  const before = tail[1] ? '' : block.text.slice(Math.max(0, tailStart - EDGE_CHARS), tailStart);
  const after = tail[1] ? '' : next.text.slice(epithetEnd, epithetEnd + EDGE_CHARS);
  // The name ends with the joined word, and may start before it: a genus ending the block before an epithet hyphenated
  // across the two ("Loxodonta afri-" | "cana").
  const match = matcher
    .find(before + joined + after)
    .find((found) => found.start <= before.length && found.end === before.length + joined.length);
  // Only a hyphen says a common name's word goes on in the next block: two cells' words may be any two words.
  if (match === undefined || (tail[1] && !match.terms.every((term) => matcher.terms[term]!.lang === 'la'))) return none;
  const genusStart = tailStart - (before.length - match.start);
  const words = block.text.slice(genusStart, tailStart) + joined;

  const { range, nodes } = rangeFor(block, genusStart, epithetEnd, doc, next);
  const painted = [...scanned.painted];
  const hits = [...scanned.hits];
  // A name the page hides in part (`<td>Panthera</td><td hidden>tigris</td>`) is only reported apart: the block's
  // own matches (a genus shown) stay as they are.
  const terms = paintedTerms(match);
  const hidden = hides?.(terms, range, nodes);
  if (hidden) return { painted, hits: [...hits, ...hitsOf(match, words, matcher, hidden)] };
  // Exempt names follow the block's matches in `painted`: the last match is the last one of another category.
  const lastIndex = painted.findLastIndex((painting) => painting.category !== 'exempt');
  const last = painted[lastIndex];
  // The block's last match may be the genus alone (a genus is a name too): the whole name replaces it.
  if (last !== undefined && last.range.comparePoint(range.startContainer, range.startOffset) <= 0) {
    painted.splice(lastIndex, 1);
    const word = last.range.toString();
    while (hits.length > 0 && hits[hits.length - 1]!.word === word) hits.pop();
  }
  painted.push({ range, nodes, category: categoryOf(match, matcher), terms });
  hits.push(...hitsOf(match, words, matcher));
  return { painted, hits };
}
