import type { Lang } from '@/lib/dictionary/schema';
import { EVERYDAY_PHRASES, EVERYDAY_WORDS, NAME_COLLISIONS } from '@/lib/dictionary/everyday-words';
import { WORDLIST_PROPER_NAMES, WORDLIST_WORDS } from '@/lib/dictionary/wordlist-words';
import { paradigmFor } from '@/lib/matching/inflection';
import { standardMixedFold } from '@/lib/matching/compile-rules';
import { foldedPhrase } from '@/lib/matching/tokenize';
import { EVERY_LANGUAGE, type EverydayTerm } from '@/lib/matching/types';
import { LATIN_SCHEMES, latinSpelling } from '@/lib/matching/russian-latin';

/** A name this short reads as an abbreviation or a code ("Aa", "AA batteries"), whatever the language. */
const ABBREVIATION_LENGTH = 2;
/**
 * A scientific name this short that a spelling list holds is an everyday word wherever it is read ("Manta", a
 * blanket and an Opel; "Huso", a spindle; "Fossa", a ditch): longer Latin names in those lists are mostly the plant
 * or animal itself ("Cattleya", "Salamandra").
 */
const SHORT_LATIN_WORD = 6;

/**
 * A term as the compiler sees it: its text, language, whether it inflects and whether it names a taxon; `genus`: the
 * Latin genus a declined form was made from ("Cantharellen" of "Cantharellus", latin-plurals.ts).
 */
export interface GatedTerm {
  text: string;
  lang: Lang;
  inflect: boolean;
  taxon: boolean;
  genus?: string;
}

interface Lexicon {
  /** Folded everyday word → the languages it is one of. */
  words: Map<string, string[]>;
  /** Folded everyday phrase, its words joined by spaces → the languages it is one of. */
  phrases: Map<string, string[]>;
  collisions: Set<string>;
  /** Folded word of Debian's spelling lists (wordlist-words.ts) → the languages it is one of. */
  listed: Map<string, string[]>;
  /** Folded proper names of those lists: first names, surnames, places. */
  proper: Set<string>;
}

let lexicon: Lexicon | undefined;

/** The authored word lists folded like page words, once per background (never loaded by a tab). */
function foldedLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const words = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(EVERYDAY_WORDS)) {
    for (const word of foldedPhrase(list, standardMixedFold).words) {
      const langs = words.get(word) ?? [];
      if (!langs.includes(lang)) words.set(word, [...langs, lang]);
    }
  }
  const phrases = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(EVERYDAY_PHRASES)) {
    for (const phrase of list) {
      const key = foldedPhrase(phrase, standardMixedFold).words.join(' ');
      phrases.set(key, [...(phrases.get(key) ?? []), lang]);
    }
  }
  const collisions = new Set(foldedPhrase(NAME_COLLISIONS, standardMixedFold).words);
  const listed = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(WORDLIST_WORDS)) {
    for (const word of foldedPhrase(list, standardMixedFold).words)
      listed.set(word, [...(listed.get(word) ?? []), lang]);
  }
  const proper = new Set(foldedPhrase(WORDLIST_PROPER_NAMES, standardMixedFold).words);
  return (lexicon = { words, phrases, collisions, listed, proper });
}

/**
 * The taxon names spelled like an everyday word, with the languages they are one in (`EVERY_LANGUAGE` for brands
 * and abbreviations) and the forms that are: a single word whose folded form, or any inflected form it matches, is
 * a frequent word of one of the eight languages or a known product name; a name of several words only when it is an
 * everyday phrase ("gato atigrado", a tabby); trade terms and code words keep their own hand-written exclusions.
 * Sorted by term.
 * @example everydayTerms([{ text: 'Once', lang: 'fr', inflect: true, taxon: true }]) // [[0, 'en es', 'once']]
 */
export function everydayTerms(terms: readonly GatedTerm[]): EverydayTerm[] {
  const { words, phrases, collisions } = foldedLexicon();
  const named = commonNameForms(terms);
  const found: EverydayTerm[] = [];
  terms.forEach((term, index) => {
    if (!term.taxon) return;
    // A declined genus that names something else is that thing declined too: "Cantharellen" on a Dutch menu is the
    // chanterelles, like "Cantharellus" on an English one.
    if (term.genus !== undefined && collidesAsGenus(term.genus, collisions)) {
      found.push([index, EVERY_LANGUAGE, '']);
      return;
    }
    const folded = foldedPhrase(term.text, standardMixedFold).words;
    const phraseLangs = folded.length > 1 ? phrases.get(folded.join(' ')) : undefined;
    // An everyday phrase is one in every form it matches ("gatos atigrados" too).
    if (phraseLangs) found.push([index, [...phraseLangs].sort().join(' '), '']);
    if (folded.length !== 1) return;
    const [word] = folded as [string];
    const langs = new Set<string>();
    // The plural and case forms of an everyday word of the name's own language are everyday words of it too
    // ("pinos", "abetos" of the Spanish "pino", "abeto"; "pines" of "pine"), whether or not the list holds them. So are
    // the forms a name shares with another language's everyday word as that language inflects it: the French name of
    // the drill (Mandrillus leucophaeus) takes an -s that makes the English "drills".
    const ownWord = words.get(word)?.includes(term.lang) ?? false;
    const foreign = foreignForms(word, term, words.get(word) ?? []);
    const forms = formsOf(word, term).filter((form) => ownWord || words.has(form) || foreign.has(form));
    for (const form of forms) for (const lang of words.get(form) ?? foreign.get(form) ?? [term.lang]) langs.add(lang);
    const listed = listedLanguages(word, term, named);
    for (const lang of listed) langs.add(lang);
    const everyForm = word.length <= ABBREVIATION_LENGTH || collisions.has(word) || listed.has(EVERY_LANGUAGE);
    if (everyForm) langs.add(EVERY_LANGUAGE);
    if (langs.size > 0) found.push([index, [...langs].sort().join(' '), everyForm ? '' : forms.join(' ')]);
  });
  return found;
}

/** Whether a Latin genus is one of the names that name something else more often on a page (NAME_COLLISIONS). */
function collidesAsGenus(genus: string, collisions: ReadonlySet<string>): boolean {
  const folded = foldedPhrase(genus, standardMixedFold).words;
  return folded.length === 1 && collisions.has(folded[0]!);
}

/** Every folded form of the dictionary's single-word common names, by language: where a word is the animal's name. */
function commonNameForms(terms: readonly GatedTerm[]): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const term of terms) {
    if (!term.taxon || term.lang === 'la') continue;
    const folded = foldedPhrase(term.text, standardMixedFold).words;
    if (folded.length !== 1) continue;
    const forms = named.get(term.lang) ?? named.set(term.lang, new Set()).get(term.lang)!;
    for (const form of formsOf(folded[0]!, term)) forms.add(form);
  }
  return named;
}

/**
 * The languages where Debian's spelling lists make a single-word name an everyday word:
 * - a scientific name spelled like a word of a language whose own common names do not spell it (there the word is
 *   the animal or plant: English "chinchilla") is one of that language, and when short it needs context in every
 *   language (`EVERY_LANGUAGE`: "Manta", "Huso", "Vini");
 * - a common name or a scientific name spelled like a proper name of the lists ("Angèle", "Ada", "Elvira") and no
 *   word of the name's own language needs context in every language, unless another language's common names (or,
 *   for a scientific name, English ones) spell it too.
 * Common names spelled like words of their own language are read by hand instead (everyday-words.ts): the lists hold
 * the animals' own names ("ocelot", "tigre") beside the everyday words.
 */
function listedLanguages(word: string, term: GatedTerm, named: Map<string, Set<string>>): Set<string> {
  const { listed, proper } = foldedLexicon();
  const latin = term.lang === 'la';
  const langs = new Set(latin ? (listed.get(word) ?? []).filter((lang) => !named.get(lang)?.has(word)) : []);
  const ownWord = listed.get(word)?.includes(term.lang) ?? false;
  // A scientific name that is an English common name is the animal's ("Fossa"); a common name is its own language's
  // by definition, and counts as the animal's only where another language names an animal so too ("Gibbon",
  // "Beluga"): a name of one language alone ("Angèle", "Electra", "Godoy") is first the person's.
  const animalsName = () =>
    latin
      ? (named.get('en')?.has(word) ?? false)
      : [...named].some(([lang, forms]) => lang !== term.lang && forms.has(word));
  if (proper.has(word) && !ownWord && !animalsName()) langs.add(EVERY_LANGUAGE);
  if (latin && langs.size > 0 && word.length <= SHORT_LATIN_WORD) langs.add(EVERY_LANGUAGE);
  return langs;
}

/** Every folded word a term matches: its stem with each ending it may carry. */
/** The forms of an everyday word of other languages that the name also takes, with the languages they are words of. */
function foreignForms(word: string, term: GatedTerm, wordLangs: readonly string[]): Map<string, string[]> {
  const foreign = new Map<string, string[]>();
  for (const lang of wordLangs) {
    if (lang === term.lang || lang === EVERY_LANGUAGE) continue;
    for (const form of formsOf(word, { ...term, lang: lang as Lang }))
      foreign.set(form, [...(foreign.get(form) ?? []), lang]);
  }
  return foreign;
}

function formsOf(word: string, { lang, inflect }: GatedTerm): string[] {
  if (!inflect) return [word];
  const { stem, endings } = paradigmFor(word, lang);
  return endings.map((ending) => stem + ending);
}

/** A Russian name spelled in Latin letters this short is as likely another language's word or an abbreviation. */
const SHORT_LATIN_SPELLING = 5;

/**
 * Whether a folded Russian name spelled in Latin letters (russian-latin.ts) would name something else: a word too
 * short, or one of the everyday lists, the spelling lists or their proper names ("лев" is "lev", a first name), or,
 * by `isName`, another name of the dictionary's ("леопард" is the English "leopard", with sense rules of its own).
 * @example spellsOtherWord('пума', () => false) // true: "puma"
 * @example spellsOtherWord('жако', () => false) // false
 */
export function spellsOtherWord(folded: string, isName: (latin: string) => boolean): boolean {
  const { words, listed, proper } = foldedLexicon();
  const single = !folded.includes(' ');
  for (let scheme = 0; scheme < LATIN_SCHEMES; scheme++) {
    const spelled = folded.split(' ').map((word) => latinSpelling(word, scheme));
    if (spelled.some((word) => word === undefined)) return true;
    const latin = spelled.join(' ');
    if (isName(latin)) return true;
    if (single && (latin.length < SHORT_LATIN_SPELLING || words.has(latin) || listed.has(latin) || proper.has(latin)))
      return true;
  }
  return false;
}
