import { globalExclusions } from '@/lib/dictionary/bundled/exclusions';
import { tradeTerms } from '@/lib/dictionary/bundled/trade-terms';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher, type Matcher } from '@/lib/matching/matcher';

/** A matcher over the dictionary's trade terms that carry a CITES trade code, built on first use. */
let coded: { matcher: Matcher; codes: ReadonlyMap<string, string> } | undefined;

function codedTerms() {
  if (coded) return coded;
  const withCode = tradeTerms.filter((term) => term.tradeCode);
  const dictionary = DictionarySchema.parse({
    source: 'bundled',
    listingsAsOf: '2000-01-01',
    taxa: [],
    tradeTerms: withCode,
    globalExclusions,
  });
  coded = {
    matcher: createMatcher(compileDictionary(dictionary)),
    codes: new Map(withCode.map((term) => [term.id, term.tradeCode!])),
  };
  return coded;
}

/**
 * The CITES Trade Database term codes (IVC, HOC, SKI, TUS…) an ad's words imply, for the
 * researcher to confirm. One vocabulary with the highlights: the codes are those of the
 * dictionary's trade terms (lib/dictionary/bundled/trade-terms.ts), matched by Spoor's own
 * matcher, so inflections, compounds and exclusions ("faux ivory") work as on the page.
 * @example tradeCodesIn('Carved ivory netsuke, pre-1947') // ['IVC']
 */
export function tradeCodesIn(text: string): string[] {
  const { matcher, codes } = codedTerms();
  const found = new Set<string>();
  for (const line of text.slice(0, 20_000).split('\n')) {
    for (const match of matcher.find(line)) {
      for (const term of match.terms) {
        const code = codes.get(matcher.entries[matcher.terms[term].entry].id);
        if (code) found.add(code);
      }
    }
  }
  return [...found];
}
