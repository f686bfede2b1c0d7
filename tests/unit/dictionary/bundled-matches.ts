import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

/** The bundled dictionary's matcher, made once for the dictionary tests that read what it finds. */
export const bundledMatcher = createMatcher(compileDictionary(loadBundledDictionary()));

/** The words found in `text` (read as a page in `lang` when given), each with the taxa it stands for. */
export function taxaFound(text: string, lang?: string): string[][] {
  return bundledMatcher
    .find(text, lang === undefined ? undefined : { pageLang: lang })
    .map(({ start, end, terms }) => [
      text.slice(start, end),
      ...new Set(terms.flatMap((term) => bundledMatcher.entries[bundledMatcher.terms[term]!.entry]!.taxa)),
    ]);
}
