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

/**
 * The genitive and the plural of a Polish feminine noun in "-a", the forms a Latin genus takes most ("-ia" nouns
 * in "-ii"). Not the accusative "-ę": folded, "Amazonę" is "Amazone", another language's word (the parrot, a
 * horsewoman).
 */
const POLISH_CASES = { a: ['y'], ia: ['i'] };

/**
 * A Latin genus in "-a" declined as a Polish feminine noun: Polish hobby texts write "szczepka Goniopory",
 * "kilka Tillandsii", "dwie Acropory". Only the genitive and plural (POLISH_CASES), each matched as written: the
 * bare stem of the genitive plural ("Amazon" of "Amazona") is a word of every language. Single-word names of
 * MIN_LETTERS or more.
 *
 * @example
 * polishCasesOfGenus({ text: 'Goniopora', lang: 'la' }).map((t) => t.text)
 * // ['Goniopory']
 * polishCasesOfGenus({ text: 'Dendrobium', lang: 'la' }) // []
 */
export function polishCasesOfGenus(term: Term): Term[] {
  const { text } = term;
  if (term.lang !== 'la' || text.length < MIN_LETTERS || !/^\p{Lu}\p{Ll}+a$/u.test(text)) return [];
  const stem = text.slice(0, -1);
  return POLISH_CASES[stem.endsWith('i') ? 'ia' : 'a'].map((ending) => ({
    text: stem + ending,
    lang: 'pl',
    inflect: false,
  }));
}
