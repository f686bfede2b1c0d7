import { DictionarySchema, type DictionaryInput } from '@/lib/dictionary/schema';
import type { TaxonInput, TermInput } from '@/lib/dictionary/bundled/types';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher, type Matcher } from '@/lib/matching/matcher';

/** A taxon with only what the matcher cares about filled in. */
export function taxon(
  id: string,
  scientificName: string,
  names: TermInput[],
  extra: Partial<TaxonInput> = {},
): TaxonInput {
  return {
    id,
    scientificName,
    rank: 'species',
    higher: { kingdom: 'Animalia' },
    group: 'birds',
    cites: { appendix: 'II' },
    euAnnex: 'B',
    names,
    ...extra,
  };
}

export function dictionary(parts: Partial<DictionaryInput>): DictionaryInput {
  return { source: 'bundled', listingsAsOf: '2025-02-07', taxa: [], tradeTerms: [], ...parts };
}

export function matcherFor(parts: Partial<DictionaryInput>): Matcher {
  // The matching itself, without the sense filter's context rules (tested in sense-filter.test.ts).
  return createMatcher(compileDictionary(DictionarySchema.parse(dictionary(parts))), { senses: false });
}

/** The page's own spelling of each match: what a highlight would cover. */
export function spans(matcher: Matcher, text: string): string[] {
  return matcher.find(text).map((match) => text.slice(match.start, match.end));
}

/** A matcher with one term per test row: finds `term` (with its rule) and nothing else. */
export function matcherForTerm(term: TermInput): Matcher {
  return matcherFor({ taxa: [taxon('test-taxon', 'Testus testus', [term])] });
}
