import { lazyRegExp } from '@/lib/matching/lazy-regexp';
import type { Matcher } from '@/lib/matching/matcher';
import type { ExemptMatch } from '@/lib/matching/exempt-names';
import type { Category, Match, TermInfo } from '@/lib/matching/types';
import type { DeclaredLanguage } from '@/lib/matching/text-language';
import { rangeFor, type BlockText } from '@/lib/highlight/block-text';
import type { PaintedMatch } from '@/lib/highlight/painter';

/** One occurrence of an entry on the page: counted in the report. */
export interface Hit {
  /** Index into `matcher.entries`. */
  entry: number;
  /** The words as the page wrote them. */
  word: string;
  lang: TermInfo['lang'];
  /**
   * Found but not painted: a private term (PRIVATE, lib/detect/private-terms.ts), or text the page does not show
   * (UNSHOWN, lib/detect/unshown.ts), counted apart.
   */
  unpainted?: Unpainted;
}

/** A match of the researcher's private terms: counted, kept off the page. */
export const PRIVATE = 1;
/** A match in text the page hides (`display: none`, `font-size: 0`, off the page…): neither painted nor counted. */
export const UNSHOWN = 2;
export type Unpainted = typeof PRIVATE | typeof UNSHOWN;

/** Whether a match, by its terms and where it is, is kept off the page, and why; false or 0 when it is painted. */
export type HidesMatch = (terms: readonly number[], range: Range, nodes: readonly Text[]) => Unpainted | false | 0;
const HIDES_NONE: HidesMatch = () => false;

export interface ScannedBlock {
  painted: PaintedMatch[];
  hits: Hit[];
}

const STRICTNESS: Record<Category, number> = { 'app-i': 0, 'app-ii': 1, 'app-iii': 2, trade: 3 };
/** The categories by strictness (STRICTNESS's values). */
const BY_STRICTNESS: readonly Category[] = ['app-i', 'app-ii', 'app-iii', 'trade'];

/**
 * Per terms list, each term's strictness + 1 (0: not read yet). A tab's terms and entries are lazy lists behind a
 * proxy (lib/matching/pack/lazy-list.ts), two proxy reads a term; with the full checklist's lists they were a
 * quarter of the CPU that 500 appended listings cost (bench/profile.ts, BENCHMARKS.md append40), every card's name
 * read again. Weak: a list replaced by a new dictionary takes its column with it.
 */
const strictnessByTerms = new WeakMap<readonly unknown[], Uint8Array>();
/** A text without two letters in a row cannot hold a term; skipping it saves the matcher call. */
export const HAS_WORD = lazyRegExp('\\p{L}\\p{M}*\\p{L}');

/**
 * A painted name's own array of its terms (none for an exempt name): a text met before is answered from memory with
 * the same matches (lib/matching/scan-memo.ts), and the keyboard command stops once per array (match-card.ts), so
 * two cards with the same title would otherwise be one stop.
 */
export const paintedTerms = (found: Pick<Match, 'terms'> | ExemptMatch): number[] =>
  'taxon' in found ? [] : [...found.terms];

/**
 * The colour of a match: the strictest category among the entries its terms point at.
 * @example categoryOf({ terms: [ivoryTerm, elephantTerm] }, matcher) // 'app-i'
 */
export function categoryOf(match: Pick<Match, 'terms'>, matcher: Pick<Matcher, 'entries' | 'terms'>): Category {
  const { terms } = matcher;
  let known = strictnessByTerms.get(terms);
  if (!known) strictnessByTerms.set(terms, (known = new Uint8Array(terms.length)));
  let best = STRICTNESS.trade;
  for (const term of match.terms) {
    let strictness = known[term]! - 1;
    if (!(strictness >= 0)) known[term] = (strictness = STRICTNESS[matcher.entries[terms[term]!.entry]!.category]) + 1;
    if (strictness < best) best = strictness;
  }
  return BY_STRICTNESS[best]!;
}

/** Hits of one match: one per distinct entry (several taxa may share a common name). */
export function hitsOf(match: Match, word: string, matcher: Matcher, unpainted?: Unpainted | false | 0): Hit[] {
  const seen = new Map<number, Hit>();
  for (const termIndex of match.terms) {
    const term = matcher.terms[termIndex]!;
    if (!seen.has(term.entry))
      seen.set(term.entry, { entry: term.entry, word, lang: term.lang, ...(unpainted && { unpainted }) });
  }
  return [...seen.values()];
}

/**
 * A block's text longer than this is matched in segments, one per step of
 * the scan: one 10 MB `<pre>` would otherwise be a single task of hundreds of ms.
 * It is the first segment's length; later ones follow the time the last took (SegmentPace).
 */
export const SEGMENT_CHARS = 4_000;
/**
 * What a segment should take: several fit in a slice's 8 ms and the last one started
 * does not take a slice past 16 ms. Code the engine has not optimised yet matches
 * a few thousand characters in that time, warm code tens of thousands.
 */
const SEGMENT_MS = 4;
const MIN_SEGMENT_CHARS = 1_000;
const MAX_SEGMENT_CHARS = 64_000;
/**
 * Text on either side of a segment that the matcher reads too, far longer
 * than any term or exclusion: a match is kept by the segment it starts in and
 * is seen whole there, with the words before it that could change the choice.
 */
const CONTEXT_CHARS = 1_000;

/**
 * The matches of a block that start in `[from, to)`, as ranges to paint and hits to count.
 * @example scanSegment(block, matcher, document, 0, SEGMENT_CHARS) // the first segment of a long block
 */
export function scanSegment(
  block: BlockText,
  matcher: Matcher,
  doc: Document,
  from: number,
  to: number,
  hides: HidesMatch = HIDES_NONE,
): ScannedBlock {
  const result: ScannedBlock = { painted: [], hits: [] };
  const windowStart = Math.max(0, from - CONTEXT_CHARS);
  // A window over the whole text is the text itself, not a copy (what slice returns for its full range).
  const text = block.text.slice(windowStart, to + CONTEXT_CHARS);
  if (!HAS_WORD().test(text)) return result;
  const { matches, exempt } = matcher.scan(text, new BlockLanguage(block.owner, doc.documentElement));
  // Exempt names follow the matches: marked for the reader, they never make a hit (no badge, no count, no verdict).
  for (const found of [...matches, ...exempt]) {
    const start = found.start + windowStart;
    const end = found.end + windowStart;
    if (start < from || start >= to) continue;
    const { range, nodes } = rangeFor(block, start, end, doc);
    // An exempt name has no terms: only text the page hides keeps it unmarked.
    const isExempt = 'taxon' in found;
    const terms = paintedTerms(found);
    const hidden = hides(terms, range, nodes);
    if (!hidden)
      result.painted.push(
        isExempt
          ? { range, nodes, category: 'exempt', terms, exempt: found.taxon }
          : { range, nodes, category: categoryOf(found, matcher), terms },
      );
    if (!isExempt) result.hits.push(...hitsOf(found, block.text.slice(start, end), matcher, hidden));
  }
  return result;
}

/**
 * What the page declares about a block's language: the nearest `lang` attribute below `<html>` (through a shadow
 * host), and `<html lang>` apart, since a page-wide default weighs less than the block's own words. Read from the
 * DOM only if the matcher asks (a name spelled like an everyday word): most blocks match nothing of the kind. A class:
 * V8 builds an object literal with getters slowly (microseconds), and one is made for every block with words.
 */
export class BlockLanguage implements DeclaredLanguage {
  // Declared only: fields without initialisers would each be defined again on every block's object.
  declare private readonly owner: BlockText['owner'];
  declare private readonly root: Element;
  /** '' once read and absent. */
  declare private read: string | undefined;

  constructor(owner: BlockText['owner'], root: Element) {
    this.owner = owner;
    this.root = root;
  }

  get lang() {
    if (this.read === undefined) {
      const { owner, root } = this;
      const marked = ('closest' in owner ? owner : (owner as ShadowRoot).host)?.closest('[lang]');
      this.read = (marked !== root && marked?.getAttribute('lang')) || '';
    }
    return this.read || undefined;
  }

  get pageLang() {
    return this.root.getAttribute('lang') || undefined;
  }
}

/**
 * The length of a long block's next segment, learnt from the last one: shared by a scanner's blocks.
 * @example
 * const pace = { chars: SEGMENT_CHARS, now: () => performance.now() };
 * scanInSegments(block, matcher, document, undefined, pace).step(); // pace.chars: the next segment's length
 */
export interface SegmentPace {
  chars: number;
  now(): number;
}

/**
 * The next segment's length after `chars` took `ms`: sized to take SEGMENT_MS at the same speed, growing at most
 * twofold a step (one fast segment may be luck or a coarse clock), shrinking at once.
 * @example nextSegmentChars(4_000, 1) // 8_000
 */
export const nextSegmentChars = (chars: number, ms: number) =>
  Math.max(MIN_SEGMENT_CHARS, Math.min((chars * SEGMENT_MS) / ms, 2 * chars, MAX_SEGMENT_CHARS)) | 0;

/** A block being matched one segment at a time. */
export interface BlockScan {
  readonly block: BlockText;
  /** Matches the next segment; returns the whole block's matches once the last one is done. */
  step(): ScannedBlock | undefined;
}

/**
 * Matches a block in steps, one segment each (one step for most blocks): SEGMENT_CHARS long, or as `pace` says.
 * @example const scan = scanInSegments(block, matcher, document); let done; while (!(done = scan.step()));
 */
export function scanInSegments(
  block: BlockText,
  matcher: Matcher,
  doc: Document,
  hides?: HidesMatch,
  pace?: SegmentPace,
): BlockScan {
  // The first segment's result is the block's (most blocks have one): later segments add to it.
  let scanned: ScannedBlock | undefined;
  let next = 0;
  return {
    block,
    step() {
      const chars = pace?.chars ?? SEGMENT_CHARS;
      const to = Math.min(next + chars, block.text.length);
      // Only a full segment tells the speed; most blocks are shorter than one and are not timed.
      const started = pace && to - next === chars ? pace.now() : undefined;
      const part = scanSegment(block, matcher, doc, next, to, hides);
      if (started !== undefined) pace!.chars = nextSegmentChars(chars, pace!.now() - started);
      if (!scanned) scanned = part;
      else {
        scanned.painted.push(...part.painted);
        scanned.hits.push(...part.hits);
      }
      next = to;
      return to === block.text.length ? scanned : undefined;
    },
  };
}
