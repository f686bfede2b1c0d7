import type { Term } from '@/lib/dictionary/schema';

/**
 * Russian adjective endings in the dictionary form (nominative): "среднеазиатская", "королевский", "зелёное", and
 * the possessive adjectives of animals ("медвежья", "черепашье").
 */
const RU_ADJECTIVE = /(ая|яя|ья|ый|ий|ой|ое|ее|ье)$/u;

/**
 * The other order a name is written in, where a language's sellers use both: Russian ad titles put the noun
 * first ("Черепаха среднеазиатская", "Питон королевский"), the dictionary writes the adjective first (names of two
 * words, an adjective and a noun); Romance names swap their two adjectives (see romanceAdjectivesSwapped). The
 * variant inflects like the name.
 *
 * @example
 * wordOrderVariant({ text: 'среднеазиатская черепаха', lang: 'ru' }) // 'черепаха среднеазиатская'
 * wordOrderVariant({ text: 'pitón verde arborícola', lang: 'es' }) // 'pitón arborícola verde'
 * wordOrderVariant({ text: 'Hermann's tortoise', lang: 'en' }) // undefined
 */
export function wordOrderVariant(term: Term): string | undefined {
  const words = term.text.split(' ');
  if (ROMANCE.has(term.lang)) return romanceAdjectivesSwapped(words);
  if (term.lang !== 'ru') return undefined;
  if (words.length !== 2 || !RU_ADJECTIVE.test(words[0]) || RU_ADJECTIVE.test(words[1])) return undefined;
  return `${words[1]} ${words[0]}`;
}

const ROMANCE = new Set(['es', 'fr', 'it']);
/** Words that make a Romance name a phrase rather than a noun and its adjectives ("tortuga de tierra"). */
const ROMANCE_FUNCTION_WORDS = new Set(
  'a à al aux comme como come con d dagli dal de degli dei del della delle dello des di du e el en et il in la le sans senza sin sur un una une uno y'.split(
    ' ',
  ),
);

/**
 * Spanish, French and Italian put two adjectives after the noun in either order: the dictionary's "pitón verde
 * arborícola" is sold as "pitón arborícola verde", "python vert arboricole" as "python arboricole vert". Only
 * names of three words with no function word between them; the variant inflects like the name.
 */
function romanceAdjectivesSwapped(words: string[]): string | undefined {
  if (words.length !== 3 || words.some((word) => ROMANCE_FUNCTION_WORDS.has(word.toLowerCase()))) return undefined;
  return `${words[0]} ${words[2]} ${words[1]}`;
}
