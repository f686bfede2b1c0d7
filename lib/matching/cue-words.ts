import type { MixedScriptFold } from '@/lib/matching/confusables';
import { foldedPhrase } from '@/lib/matching/tokenize';
import type { TextLang } from '@/lib/matching/text-language';
import type { FoldedCueList } from '@/lib/matching/types';

/** A stem shorter than this would swallow unrelated words ("ca*"): such entries count as whole words. */
const MIN_STEM = 3;
/** Longest stem any list holds: a word is tried against its prefixes up to this length. */
const MAX_STEM = 16;

/**
 * The stems' key: a word's first MIN_STEM letters as one small integer, so that a lookup cuts no substring (the sense
 * filter asks of every word near a match: garbage in every block with one). Letters past U+01FF may share a key with
 * others; a word is tried against the stems under its key all the same, so only stems it begins with ever pass.
 */
const stemKey = (word: string) =>
  ((word.charCodeAt(0) & 0x1ff) << 18) | ((word.charCodeAt(1) & 0x1ff) << 9) | (word.charCodeAt(2) & 0x1ff);

/** One folded word of a cue or name; `stem` when it may carry any ending. */
export interface CueWord {
  text: string;
  stem: boolean;
}

/**
 * Folds one written entry ("Couleur*", "papużk* falist*") into words, the way the page's words fold; a `*`
 * makes the word before it a stem. Run by the compiler (compile-rules.ts): tabs get the folded words.
 * @example cueWords('rosy-faced lovebird*', standardMixedFold)
 * // [{ text: 'rosy', stem: false }, { text: 'faced', … }, { text: 'lovebird', stem: true }]
 */
export function cueWords(entry: string, fold: MixedScriptFold): CueWord[] {
  return entry.split(' ').flatMap((part) => {
    const stem = part.endsWith('*');
    const words = foldedPhrase(stem ? part.slice(0, -1) : part, fold).words;
    return words.map((text, i) => ({ text, stem: stem && i === words.length - 1 && text.length >= MIN_STEM }));
  });
}

/** The eight languages of cue lists, in the order of their bits in a language mask (langsOf). */
const CUE_LANGS: readonly TextLang[] = ['en', 'fr', 'de', 'nl', 'es', 'it', 'pl', 'ru'];
/** A cue of every language: an international word ("zoo", "CITES"), or one of a list written without languages. */
export const EVERY_LANG = (1 << CUE_LANGS.length) - 1;
/** A folded list's header before the words of some languages only: "@fr.nl" (compile-rules.ts writes it). */
export const LANGS_HEADER = '@';

/** The mask of one language, or of several ("fr.nl"); `any` is every language. */
export function langMask(langs: string): number {
  let mask = 0;
  for (const lang of langs.split('.')) mask |= lang === 'any' ? EVERY_LANG : 1 << CUE_LANGS.indexOf(lang as TextLang);
  return mask;
}

/** The languages of a mask as a header names them ("fr.nl"). */
export function langsOfMask(mask: number): string {
  return CUE_LANGS.filter((_, bit) => mask & (1 << bit)).join('.');
}

/** Asks whether a folded page word is a cue: a CueSet, or several at once (anyCue). */
export interface CueLookup {
  has(folded: string): boolean;
  /** The languages the word is a cue in, as a mask (EVERY_LANG: all of them); 0 when it is none. */
  langsOf(folded: string): number;
}

/** A set of single folded cue words and stems, each of its languages, asked one page word at a time. */
export class CueSet implements CueLookup {
  /** Each word's languages (a mask). */
  private readonly words = new Map<string, number>();
  /**
   * The stems (MIN_STEM…MAX_STEM letters) by their first MIN_STEM letters (stemKey): a page word is looked up once by
   * its own first letters, then tried against the few stems there, not against its prefixes of every length (a
   * substring and a lookup each), since the sense filter asks for every word near a match; each with its languages.
   */
  private readonly stems = new Map<number, { text: string; langs: number }[]>();

  /** Adds every word of a folded list ("carv* tusk netsuke @fr tour"), each with the languages its header names. */
  addFolded(list: FoldedCueList): this {
    let langs = EVERY_LANG;
    for (const { text, stem } of foldedCueWords(list)) {
      if (text.startsWith(LANGS_HEADER)) langs = langMask(text.slice(LANGS_HEADER.length));
      else if (!stem) this.words.set(text, (this.words.get(text) ?? 0) | langs);
      else if (text.length >= MIN_STEM && text.length <= MAX_STEM) {
        const key = stemKey(text);
        const same = this.stems.get(key);
        if (same) same.push({ text, langs });
        else this.stems.set(key, [{ text, langs }]);
      }
    }
    return this;
  }

  has(folded: string): boolean {
    if (this.words.has(folded)) return true;
    // Asked of every word near a match: a word shorter than any stem is not cut, and no closure is made.
    const stems = folded.length >= MIN_STEM ? this.stems.get(stemKey(folded)) : undefined;
    if (stems) for (const stem of stems) if (folded.startsWith(stem.text)) return true;
    return false;
  }

  langsOf(folded: string): number {
    let langs = this.words.get(folded) ?? 0;
    if (langs === EVERY_LANG || folded.length < MIN_STEM) return langs;
    const stems = this.stems.get(stemKey(folded));
    if (stems) for (const stem of stems) if (folded.startsWith(stem.text)) langs |= stem.langs;
    return langs;
  }
}

/**
 * A folded list read into a CueSet on the first word asked of it. The sense filter's lists (thousands of words, a
 * few ms to read in code the engine has not optimised) are read one by one as matches need them, not all on the first
 * match: that one call made a tab's longest slice (issue 14), and most pages need a few of the lists.
 * @example const vehicle = lazyCueSet('wheel* tyre*'); vehicle.has('wheels') // reads the list, then answers
 */
export function lazyCueSet(list: FoldedCueList): CueLookup {
  let set: CueSet | undefined;
  return {
    has: (folded) => (set ??= new CueSet().addFolded(list)).has(folded),
    langsOf: (folded) => (set ??= new CueSet().addFolded(list)).langsOf(folded),
  };
}

/**
 * Several cue sets asked as one, so a list shared by many rules (the wildlife cues, a sense's cues) is read into a
 * set once, not copied into each rule's (every frame that first needs the sense filter pays for the copies).
 * @example anyCue([ownCues, sharedWildlife]).has('tusk')
 */
export function anyCue(sets: readonly CueLookup[]): CueLookup {
  if (sets.length === 1) return sets[0]!;
  // Counted, not `some` or `for…of`: a closure or an iterator's results per word asked are garbage.
  return {
    has(folded) {
      for (let i = 0; i < sets.length; i++) if (sets[i]!.has(folded)) return true;
      return false;
    },
    langsOf(folded) {
      let langs = 0;
      for (let i = 0; i < sets.length; i++) langs |= sets[i]!.langsOf(folded);
      return langs;
    },
  };
}

/**
 * Whether a cue of languages `langs` (a mask, langsOf) counts in text of language `lang`: its own, or any when the
 * language is unknown. A word that is a cue in one language and an everyday word in another ("tour", Polish "dokument"
 * in German) counts only in its own; an international word (a list's `any`: "zoo", "CITES") everywhere.
 * @example fitsLang(viewing.langsOf('tour'), 'fr') // false: "tour" is a viewing word in English only
 */
export const fitsLang = (langs: number, lang: TextLang | undefined) =>
  langs !== 0 && (lang === undefined || (langs & (1 << CUE_LANGS.indexOf(lang))) !== 0);

/** Whether a folded page word is the cue word (whole, or with any ending when it is a stem). */
export function wordFits(word: CueWord, folded: string): boolean {
  return word.stem ? folded.startsWith(word.text) : folded === word.text;
}

/**
 * The words of a folded cue list, as compile-rules.ts wrote them.
 * @example foldedCueWords('lovebird*') // [{ text: 'lovebird', stem: true }]
 */
export function foldedCueWords(list: FoldedCueList): CueWord[] {
  return list === ''
    ? []
    : list
        .split(' ')
        .map((word) => (word.endsWith('*') ? { text: word.slice(0, -1), stem: true } : { text: word, stem: false }));
}
