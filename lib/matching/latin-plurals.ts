import type { Term } from '@/lib/dictionary/schema';

/** Latin genus names this long or longer: shorter ones ("Puma", "Vanda") are nearer everyday German words. */
const MIN_LETTERS = 7;

/**
 * The German plural of a Latin genus name: German hobby texts decline the genus like a German noun, "-um" and "-a"
 * becoming "-en" ("Dendrobium" → "Dendrobien", "Paphiopedilum" → "Paphiopedilen", "Euphorbia" → "Euphorbien",
 * "Tillandsia" → "Tillandsien"). Single-word names only; the plural is a German word, matched only as one.
 *
 * @example
 * germanPluralOfGenus({ text: 'Dendrobium', lang: 'la' }) // { text: 'Dendrobien', lang: 'de', inflect: false }
 * germanPluralOfGenus({ text: 'Python regius', lang: 'la' }) // undefined
 */
export function germanPluralOfGenus(term: Term): Term | undefined {
  const { text } = term;
  if (term.lang !== 'la' || text.length < MIN_LETTERS || !/^\p{Lu}\p{Ll}+$/u.test(text)) return undefined;
  const stem = text.endsWith('um') ? text.slice(0, -2) : text.endsWith('a') ? text.slice(0, -1) : undefined;
  return stem === undefined ? undefined : { text: `${stem}en`, lang: 'de', inflect: false };
}
