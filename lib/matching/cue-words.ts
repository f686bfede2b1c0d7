import { tokenize } from '@/lib/matching/tokenize';

/** A stem shorter than this would swallow unrelated words ("ca*"): such entries count as whole words. */
const MIN_STEM = 3;
/** Longest stem any list holds: a word is tried against its prefixes up to this length. */
const MAX_STEM = 16;

/** One folded word of a cue or name; `stem` when it may carry any ending. */
export interface CueWord {
  text: string;
  stem: boolean;
}

/**
 * Folds one written entry ("Couleur*", "papużk* falist*") into words, the way the page's words fold; a `*`
 * makes the word before it a stem.
 * @example cueWords('rosy-faced lovebird*')
 * // [{ text: 'rosy', stem: false }, { text: 'faced', … }, { text: 'lovebird', stem: true }]
 */
export function cueWords(entry: string): CueWord[] {
  return entry.split(' ').flatMap((part) => {
    const stem = part.endsWith('*');
    const words = tokenize(stem ? part.slice(0, -1) : part).phrase().words;
    return words.map((text, i) => ({ text, stem: stem && i === words.length - 1 && text.length >= MIN_STEM }));
  });
}

/**
 * Folds a space-separated list of entries ("carv* tusk* netsuke") into its cue words, as `cueWords` folds each
 * entry, but tokenizing the list once: word by word, the cue data took 30-40 ms to fold on a page's first
 * ambiguous match.
 */
export function listCueWords(list: string | undefined): CueWord[] {
  if (!list) return [];
  const tokens = tokenize(list);
  const words: CueWord[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const text = tokens.folded(i);
    words.push({ text, stem: list[tokens.end(i)] === '*' && text.length >= MIN_STEM });
  }
  return words;
}

/** A set of single folded cue words and stems, asked one page word at a time. */
export class CueSet {
  private readonly words = new Set<string>();
  private readonly stems = new Set<string>();

  /** Adds every entry of a space-separated list ("carv* tusk* netsuke"). */
  addList(list: string | undefined): this {
    for (const word of listCueWords(list)) (word.stem ? this.stems : this.words).add(word.text);
    return this;
  }

  has(folded: string): boolean {
    if (this.words.has(folded)) return true;
    const longest = Math.min(folded.length, MAX_STEM);
    for (let length = MIN_STEM; length <= longest; length++) {
      if (this.stems.has(folded.slice(0, length))) return true;
    }
    return false;
  }
}

/** Whether any of the sets holds the word: lists shared by many rules stay one set each. */
export const anyHas = (sets: readonly CueSet[], folded: string) => sets.some((set) => set.has(folded));

/** Whether a folded page word is the cue word (whole, or with any ending when it is a stem). */
export function wordFits(word: CueWord, folded: string): boolean {
  return word.stem ? folded.startsWith(word.text) : folded === word.text;
}
