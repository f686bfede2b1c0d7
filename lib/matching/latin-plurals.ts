import type { Lang, Term } from '@/lib/dictionary/schema';

/** Latin genus names this long or longer: shorter ones ("Puma", "Vanda") are nearer everyday German words. */
const MIN_LETTERS = 7;

/** A single-word Latin name of MIN_LETTERS or more, capitalised: a genus the rules below decline. */
const isDeclinableGenus = ({ text, lang }: Term) =>
  lang === 'la' && text.length >= MIN_LETTERS && /^\p{Lu}\p{Ll}+$/u.test(text);

/**
 * The German plural of a Latin genus name: German hobby texts decline the genus like a German noun, "-um", "-a" and
 * "-us" becoming "-en" ("Dendrobium" → "Dendrobien", "Paphiopedilum" → "Paphiopedilen", "Euphorbia" → "Euphorbien",
 * "Tillandsia" → "Tillandsien", "Echinocereus" → "Echinocereen"). Single-word names only; the plural is a German
 * word, matched only as one.
 *
 * @example
 * germanPluralOfGenus({ text: 'Dendrobium', lang: 'la' }) // { text: 'Dendrobien', lang: 'de', inflect: false }
 * germanPluralOfGenus({ text: 'Python regius', lang: 'la' }) // undefined
 */
export function germanPluralOfGenus(term: Term): Term | undefined {
  const { text } = term;
  if (!isDeclinableGenus(term)) return undefined;
  const stem = /(um|us)$/u.test(text) ? text.slice(0, -2) : text.endsWith('a') ? text.slice(0, -1) : undefined;
  return stem === undefined ? undefined : { text: `${stem}en`, lang: 'de', inflect: false };
}

/**
 * The plural endings English, Spanish, French and Italian give a Latin genus in "-a" or "-um" when a hobby text
 * uses it as a noun of its own: "Astrophytums", "Dendrobiums", "acroporas" (en, es), "acropores" (fr), "acropore",
 * "mammillarie" (it, whose feminine plural is "-e"). A genus in "-us" keeps its Latin form in all four.
 */
const PLURAL_ENDINGS: ReadonlyArray<[Lang, { a?: string; um?: string }]> = [
  ['en', { a: 'as', um: 'ums' }],
  ['es', { a: 'as', um: 'ums' }],
  ['fr', { a: 'es', um: 'ums' }],
  ['it', { a: 'e' }],
];

/**
 * Letters a genus needs before it takes a Romance plural in "-a" (PLURAL_ENDINGS) or a Polish spelling
 * (polonizedSpelling): shorter ones are often a word of that language ("Parodia" → "parodias", "Vanilla" →
 * "vanilles", "Quechua" → "quechuas", "Dracula" → "Drakula").
 */
const MIN_LETTERS_RESPELT = 8;

/**
 * A Latin genus in the plural of English, Spanish, French and Italian (PLURAL_ENDINGS), each matched as written and
 * bound to its language. Single-word names of MIN_LETTERS or more (MIN_LETTERS_RESPELT for a genus in "-a").
 *
 * @example
 * pluralsOfGenus({ text: 'Acropora', lang: 'la' }).map((t) => `${t.lang} ${t.text}`)
 * // ['en Acroporas', 'es Acroporas', 'fr Acropores', 'it Acropore']
 */
export function pluralsOfGenus(term: Term): Term[] {
  const { text } = term;
  if (!isDeclinableGenus(term)) return [];
  const ending =
    text.endsWith('a') && text.length >= MIN_LETTERS_RESPELT ? 'a' : text.endsWith('um') ? 'um' : undefined;
  if (ending === undefined) return [];
  const stem = text.slice(0, -ending.length);
  // Not a doubled vowel neither language writes: "Jumellea" → "Jumellees" reads, one slip away, as "jumelles".
  return PLURAL_ENDINGS.flatMap(([lang, endings]) => {
    const plural = endings[ending];
    return plural === undefined || stem.endsWith(plural[0]!) ? [] : [{ text: stem + plural, lang, inflect: false }];
  });
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
 * written: the bare stem of the genitive plural ("Amazon" of "Amazona") is a word of every language. A genus with a
 * hard "c" is also declined in its Polish spelling, with "k" (polonizedSpelling), and taken so in the singular too.
 * Single-word names of MIN_LETTERS or more.
 *
 * @example
 * polishCasesOfGenus({ text: 'Goniopora', lang: 'la' }).map((t) => t.text)
 * // ['Goniopory']
 * polishCasesOfGenus({ text: 'Ariocarpus', lang: 'la' }).map((t) => t.text)
 * // ['Ariocarpusy', 'Ariocarpusa', 'Ariocarpusów']
 */
export function polishCasesOfGenus(term: Term): Term[] {
  const { text } = term;
  if (!isDeclinableGenus(term)) return [];
  const ending = ['ia', 'a', 'us', 'um'].find((suffix) => text.endsWith(suffix));
  if (ending === undefined) return [];
  const { cut, endings } = POLISH_CASES[ending];
  const polonized = polonizedSpelling(text);
  // Respelling keeps the length: the Polish spelling's stem is cut where the Latin one is.
  const spellings = polonized === undefined ? [text] : [text, polonized];
  const forms = spellings.flatMap((spelling) =>
    endings.map((polish) => spelling.slice(0, spelling.length - cut) + polish),
  );
  if (polonized !== undefined) forms.push(polonized);
  return forms.map((form) => ({ text: form, lang: 'pl', inflect: false }));
}

/**
 * A Latin genus as Polish spells a loanword, a hard "c" (not before "e", "i", "y" nor in "ch") written "k":
 * "Acropora" → "Akropora" ("dwie akropory"), "Ferocactus" → "Ferokaktus" ("ferokaktusy z wysiewu"). Undefined when
 * no letter changes.
 */
function polonizedSpelling(text: string): string | undefined {
  if (text.length < MIN_LETTERS_RESPELT) return undefined;
  const polonized = text.replace(/c(?![ehiy])/gu, 'k').replace(/^C(?![ehiy])/u, 'K');
  return polonized === text ? undefined : polonized;
}
