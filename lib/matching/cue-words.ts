import type { MixedScriptFold } from '@/lib/matching/confusables';
import { foldedPhrase } from '@/lib/matching/tokenize';
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

/** Asks whether a folded page word is a cue: a CueSet, or several at once (anyCue). */
export interface CueLookup {
  has(folded: string): boolean;
}

/** A set of single folded cue words and stems, asked one page word at a time. */
export class CueSet implements CueLookup {
  private readonly words = new Set<string>();
  /**
   * The stems (MIN_STEM…MAX_STEM letters) by their first MIN_STEM letters (stemKey): a page word is looked up once by
   * its own first letters, then tried against the few stems there, not against its prefixes of every length (a
   * substring and a lookup each), since the sense filter asks for every word near a match.
   */
  private readonly stems = new Map<number, string[]>();

  /** Adds every word of a folded list ("carv* tusk netsuke"). */
  addFolded(list: FoldedCueList): this {
    for (const { text, stem } of foldedCueWords(list)) {
      if (!stem) this.words.add(text);
      else if (text.length >= MIN_STEM && text.length <= MAX_STEM) {
        const key = stemKey(text);
        const same = this.stems.get(key);
        if (same) same.push(text);
        else this.stems.set(key, [text]);
      }
    }
    return this;
  }

  has(folded: string): boolean {
    if (this.words.has(folded)) return true;
    // Asked of every word near a match: a word shorter than any stem is not cut, and no closure is made.
    const stems = folded.length >= MIN_STEM ? this.stems.get(stemKey(folded)) : undefined;
    if (stems) for (const stem of stems) if (folded.startsWith(stem)) return true;
    return false;
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
  return { has: (folded) => (set ??= new CueSet().addFolded(list)).has(folded) };
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
  };
}

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
