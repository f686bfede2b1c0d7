import { displayOrder, toOriginalOrder, withoutOverlaps } from '@/lib/matching/display-order';
import { gluedSplitter } from '@/lib/matching/glued-words';
import { lineEndJoined } from '@/lib/matching/line-end-hyphen';
import { sellerReadings, type SellerReading } from '@/lib/matching/seller-readings';
import { findExemptNames, settleExempt, type ExemptMatch } from '@/lib/matching/exempt-names';
import type { MatcherOptions } from '@/lib/matching/matcher';
import { MissingText } from '@/lib/matching/pack/paged-text';
import { rememberingScan } from '@/lib/matching/scan-memo';
import { selectMatches } from '@/lib/matching/select';
import { SenseFilter } from '@/lib/matching/sense-filter';
import type { FullScan, MatcherParts } from '@/lib/matching/staged-matcher';
import { tokenize } from '@/lib/matching/tokenize';
import type { Match, MatchRules } from '@/lib/matching/types';
import type { Found } from '@/lib/matching/walk';

/**
 * A matcher's second stage (see staged-matcher.ts): the walk's candidates
 * chosen leftmost-longest with their exclusions, the sense filter, the "not
 * listed" names, bidi-overridden text read as it is drawn, and words hyphenated at a line end read joined. Tabs get it
 * injected when a text first needs it (entrypoints/full-scan.ts). A text it has seen is answered from memory
 * (scan-memo.ts). A text whose matches point at terms or entries a tab has not read yet gets none and `waiting`
 * (pack/paged-text.ts): it is scanned again once they are in.
 * @example const matcher = stagedMatcher(index, lists, (parts) => (stage ??= createFullScan(parts)));
 */
export function createFullScan(parts: MatcherParts, options: MatcherOptions = {}): FullScan {
  const { index, lists, walker, foldMixed, notListed } = parts;
  const senses =
    options.senses === false
      ? undefined
      : new SenseFilter(lists.terms, lists.entries, lists.rules, foldMixed, lists.everyday);
  const splitGlued = gluedSplitter(parts);
  const scan = rememberingScan((text, context, firstTokens, firstFound) => {
    let exempt: ExemptMatch[] = [];
    const matchesIn = (source: string, logical: boolean, tokens = tokenize(source, foldMixed), found?: Found[]) => {
      const selected = selectMatches(found ?? walker.findAll(tokens), index, tokens);
      const sensed = senses ? senses.apply(selected, tokens, context) : selected;
      if (!senses || !logical) return sensed;
      const settled = settleExempt(sensed, findExemptNames(tokens, notListed()));
      exempt = settled.exempt;
      return settled.matches;
    };
    // The first stage's words and candidates of the text as stored, when it handed them over.
    const logical = matchesIn(text, true, firstTokens, firstFound);
    // Bidi-overridden text is also matched as it is drawn: a word stored reversed reads forwards there,
    // and a name stored in order is still the page's own text (copied, read aloud, indexed). Words hyphenated at a
    // line end are also matched joined, and a seller's spellings as the seller means them (seller-readings.ts).
    let matches = logical;
    for (const reading of [displayOrder(text), lineEndJoined(text)])
      if (reading) matches = unionOf(toOriginalOrder(matchesIn(reading.text, false), reading), matches);
    for (const reading of sellerReadings(text, splitGlued))
      matches = unionOf(
        wholeCharacters(text, toOriginalOrder(overChanges(matchesIn(reading.text, false), reading), reading)),
        matches,
      );
    return matches === logical ? { matches, exempt } : settleExempt(matches, exempt);
  }, numbersUnlistedIn(lists.rules));
  const { terms, entries } = lists;
  const { patternTerms, termList } = index;
  // What has been read once is kept (pack/lazy-list.ts): it is not read again through the lists' proxies, which
  // every candidate and match of every text went through.
  const patternsRead = new Uint8Array(patternTerms.length);
  const termsRead = new Uint8Array(terms.length);
  /**
   * Reads the terms and entries the walk's candidates point at, every one even when some have not arrived, so that
   * a tab asks for all their parts in one round rather than one part a round (pack/paged-text.ts).
   */
  const readCandidates = (found: Found[]) => {
    let missing: unknown;
    for (const { pattern } of found) {
      if (patternsRead[pattern]) continue;
      let read = 1;
      for (let i = patternTerms[pattern]!; i < patternTerms[pattern + 1]!; i++) {
        const term = termList[i]!;
        try {
          void entries[terms[term]!.entry];
          termsRead[term] = 1;
        } catch (error) {
          missing = error;
          read = 0;
        }
      }
      patternsRead[pattern] = read;
    }
    if (missing) throw missing;
  };
  return (text, context, firstTokens, firstFound) => {
    try {
      readCandidates(firstFound ?? []);
      const result = scan(text, context, firstTokens, firstFound);
      // The terms and entries the page's scanner reads of each match (scan-block.ts, the report), read here first:
      // in a tab they may still be on their way (pack/paged-text.ts), and only here does a scan wait for them.
      for (const match of result.matches)
        for (const term of match.terms) {
          if (termsRead[term]) continue;
          void entries[terms[term]!.entry];
          termsRead[term] = 1;
        }
      return result;
    } catch (error) {
      if (!(error instanceof MissingText)) throw error;
      return { matches: [], exempt: [], ...(error.waiting && { waiting: true }) };
    }
  };
}

/** A word that is a number in ASCII digits, alone or as a stem ("19*"), in a list of words. */
const NUMBER_IN_LIST = /(?<![\p{L}\p{M}\p{N}])[0-9]+(?![\p{L}\p{M}\p{N}])/u;

/**
 * Whether no list of a dictionary's rules that the second stage looks a text's words up in (cues, function words,
 * group words, exempt names) holds a number: asked once, when a text first shares its shape with one remembered
 * (scan-memo.ts). The look-alike letters are left out: they fold words that mix scripts, never a number.
 */
function numbersUnlistedIn(rules: MatchRules): () => boolean {
  let unlisted: boolean | undefined;
  const holdsNumber = (value: unknown): boolean =>
    typeof value === 'string'
      ? NUMBER_IN_LIST.test(value)
      : typeof value === 'object' && value !== null && Object.values(value).some(holdsNumber);
  return () =>
    (unlisted ??= !Object.entries(rules).some(([name, list]) => name !== 'confusables' && holdsNumber(list)));
}

/**
 * A reading's matches that cover a character it changed: elsewhere the text reads as stored. A guess that must be
 * read whole (a glued hashtag's split) counts only when one match spans it.
 */
function overChanges(matches: Match[], { text, changed, whole }: SellerReading): Match[] {
  if (whole) return matches.filter(({ start, end }) => start === 0 && end === text.length);
  return matches.filter(({ start, end }) => changed.subarray(start, end).includes(1));
}

/** Matches mapped back from a reading that read a symbol's two units as one letter, ended after its second unit. */
function wholeCharacters(text: string, matches: Match[]): Match[] {
  for (const match of matches) if (/[\uDC00-\uDFFF]/.test(text[match.end] ?? '')) match.end++;
  return matches;
}

/** Matches of two readings of one text, sorted by start, the longer first where they overlap. */
function unionOf(drawn: Match[], logical: Match[]): Match[] {
  return withoutOverlaps([...drawn, ...logical].sort((a, b) => a.start - b.start || b.end - a.end));
}

/** Builds the second stage over a matcher's parts, in what a tab's full-scan.js leaves (lib/detect/second-stage.ts). */
export type FullScanFactory = (parts: MatcherParts) => FullScan;
