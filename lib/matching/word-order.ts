import type { Term } from '@/lib/dictionary/schema';

/**
 * Russian adjective endings in the dictionary form (nominative): "среднеазиатская", "королевский", "зелёное", and
 * the possessive adjectives of animals ("медвежья", "черепашье").
 */
const RU_ADJECTIVE = /(ая|яя|ья|ый|ий|ой|ое|ее|ье)$/u;

/**
 * The other order a name is written in, where a language's sellers use both: Russian ad titles put the noun
 * first ("Черепаха среднеазиатская", "Питон королевский"), the dictionary writes the adjective first. Only
 * names of two words, an adjective and a noun; the variant inflects like the name.
 *
 * @example
 * wordOrderVariant({ text: 'среднеазиатская черепаха', lang: 'ru' }) // 'черепаха среднеазиатская'
 * wordOrderVariant({ text: 'Hermann's tortoise', lang: 'en' }) // undefined
 */
export function wordOrderVariant(term: Term): string | undefined {
  if (term.lang !== 'ru') return undefined;
  const words = term.text.split(' ');
  if (words.length !== 2 || !RU_ADJECTIVE.test(words[0]) || RU_ADJECTIVE.test(words[1])) return undefined;
  return `${words[1]} ${words[0]}`;
}
