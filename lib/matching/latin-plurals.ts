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
 * The Polish endings a Latin genus takes by its own ending. A feminine noun in "-a" has its genitive and plural ("-ia"
 * nouns in "-ii"), the forms a genus takes most; not the accusative "-ę": folded, "Amazonę" is "Amazone", another
 * language's word (the parrot, a horsewoman). A genus in "-us" is declined as a masculine noun on the whole name, as
 * Polish declines "kaktus": its plural, genitive and genitive plural ("Ariocarpusy", "Ariocarpusa", "Ariocarpusów");
 * a neuter in "-um" keeps its singular and takes the plural only ("Paphiopedilumy").
 */
const POLISH_CASES: Record<string, { cut: number; endings: string[] }> = {
  a: { cut: 1, endings: ['y'] },
  ia: { cut: 1, endings: ['i'] },
  us: { cut: 0, endings: ['y', 'a', 'ów'] },
  um: { cut: 0, endings: ['y'] },
};

/**
 * A Latin genus declined as a Polish noun: Polish hobby texts write "szczepka Goniopory", "kilka Tillandsii", "dwie
 * Acropory", "Ariocarpusy z wysiewu", "kolekcja Paphiopedilumy". Only the forms of POLISH_CASES, each matched as
 * written: the bare stem of the genitive plural ("Amazon" of "Amazona") is a word of every language. Single-word
 * names of MIN_LETTERS or more.
 *
 * @example
 * polishCasesOfGenus({ text: 'Goniopora', lang: 'la' }).map((t) => t.text)
 * // ['Goniopory']
 * polishCasesOfGenus({ text: 'Ariocarpus', lang: 'la' }).map((t) => t.text)
 * // ['Ariocarpusy', 'Ariocarpusa', 'Ariocarpusów']
 */
export function polishCasesOfGenus(term: Term): Term[] {
  const { text } = term;
  if (term.lang !== 'la' || text.length < MIN_LETTERS || !/^\p{Lu}\p{Ll}+$/u.test(text)) return [];
  const ending = ['ia', 'a', 'us', 'um'].find((suffix) => text.endsWith(suffix));
  if (ending === undefined) return [];
  const { cut, endings } = POLISH_CASES[ending];
  return endings.map((polish) => ({ text: text.slice(0, text.length - cut) + polish, lang: 'pl', inflect: false }));
}
