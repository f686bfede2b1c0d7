import { standardMixedFold } from '@/lib/matching/compile-rules';
import { phraseKey } from '@/lib/matching/tokenize';

export { HARD_BREAK, LINE_BREAK, foldSeparator, foldWord } from '@/lib/matching/fold';
export { tokenize, Tokens } from '@/lib/matching/tokenize';

/**
 * The folded key of a whole name or phrase: its folded words joined by their
 * folded separators. Two spellings the matcher treats as the same phrase have
 * the same key, so importers can use it to drop duplicate names.
 *
 * @example
 * foldPhrase('African-grey  Parrot') // 'african grey parrot'
 * foldPhrase('Côte d’Ivoire') // "cote d'ivoire"
 * foldPhrase('Elfen\u00ADbein') // 'elfenbein'
 */
export function foldPhrase(text: string): string {
  return phraseKey(text, standardMixedFold);
}
