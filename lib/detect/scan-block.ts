import type { Matcher } from '@/lib/matching/matcher';
import type { Category, Match, TermInfo } from '@/lib/matching/types';
import { rangeFor, type BlockText } from '@/lib/highlight/block-text';
import type { PaintedMatch } from '@/lib/highlight/painter';

/** One occurrence of an entry on the page: counted in the report. */
export interface Hit {
  /** Index into `matcher.entries`. */
  entry: number;
  /** The words as the page wrote them. */
  word: string;
  lang: TermInfo['lang'];
}

export interface ScannedBlock {
  painted: PaintedMatch[];
  hits: Hit[];
}

const STRICTNESS: Record<Category, number> = { 'app-i': 0, 'app-ii': 1, 'app-iii': 2, trade: 3 };
// A block without two letters in a row cannot hold a term; skipping it saves the matcher call.
const HAS_WORD = /\p{L}\p{M}*\p{L}/u;

/**
 * The colour of a match: the strictest category among the entries its terms point at.
 * @example categoryOf({ terms: [ivoryTerm, elephantTerm] }, matcher) // 'app-i'
 */
export function categoryOf(match: Pick<Match, 'terms'>, matcher: Pick<Matcher, 'entries' | 'terms'>): Category {
  let best: Category = 'trade';
  for (const term of match.terms) {
    const category = matcher.entries[matcher.terms[term]!.entry]!.category;
    if (STRICTNESS[category] < STRICTNESS[best]) best = category;
  }
  return best;
}

/** Hits of one match: one per distinct entry (several taxa may share a common name). */
function hitsOf(match: Match, word: string, matcher: Matcher): Hit[] {
  const seen = new Map<number, Hit>();
  for (const termIndex of match.terms) {
    const term = matcher.terms[termIndex]!;
    if (!seen.has(term.entry)) seen.set(term.entry, { entry: term.entry, word, lang: term.lang });
  }
  return [...seen.values()];
}

/**
 * Finds the matches in one block's text and turns them into ranges to paint and hits to count.
 * @example scanBlock(collectBlockText(p, ownUi), matcher, document).painted[0].range.toString() // "Elfenbein"
 */
export function scanBlock(block: BlockText, matcher: Matcher, doc: Document): ScannedBlock {
  const result: ScannedBlock = { painted: [], hits: [] };
  if (!HAS_WORD.test(block.text)) return result;
  for (const match of matcher.find(block.text)) {
    const { range, nodes } = rangeFor(block, match.start, match.end, doc);
    result.painted.push({ range, nodes, category: categoryOf(match, matcher), terms: match.terms });
    result.hits.push(...hitsOf(match, block.text.slice(match.start, match.end), matcher));
  }
  return result;
}
