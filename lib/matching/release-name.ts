import { isCapitalisedAt } from '@/lib/matching/capitalised-word';
import type { Tokens } from '@/lib/matching/tokenize';

/** A part of a version number: "11" and "04" of "11.04", "10" and "2" of "10.2". */
const VERSION_PART = /^\d{1,2}$/;
/** Words on each side of a release name the system's name may stand in: about a sentence. */
const SYSTEM_WINDOW = 10;
/**
 * The systems whose releases are named after animals (Ubuntu's "Natty Narwhal", Mac OS X's "Jaguar" and "Mountain
 * Lion") and the words of their releases, folded: names, the same in every language. Not a bare "os" (Spanish "you").
 */
const SYSTEM_WORDS = new Set(
  'ubuntu kubuntu xubuntu lubuntu linux debian mac macos osx imac macbook lts distro distros'.split(' '),
);

/**
 * Whether a name written with a capital is a software release's codename: right after a version number, or after it
 * and one capitalised word ("Ubuntu 11.04 Natty Narwhal", "Mac OS X 10.2 Jaguar", "OS X 10.8 Mountain Lion"), with
 * the system named in the sentence. A keeper's sexes are written with a dot too ("1.1 Ball Python"), never beside a
 * system's name.
 * @example isReleaseName(tokenize('Ubuntu 11.04 Natty Narwhal on my laptop', fold), [3, 3]) // true
 */
export function isReleaseName(tokens: Tokens, [first, last]: [number, number]): boolean {
  if (!isCapitalisedAt(tokens, first)) return false;
  const versionEnd = versionEndsAt(tokens, first - 1)
    ? first - 1
    : isCapitalisedAt(tokens, first - 1) && tokens.sep(first - 1) === ' ' && versionEndsAt(tokens, first - 2)
      ? first - 2
      : -1;
  return versionEnd > 0 && systemNear(tokens, versionEnd - 1, last);
}

/** Whether a version number ("11.04", "10.2") ends at a word, a space after it. */
function versionEndsAt(tokens: Tokens, word: number): boolean {
  if (word < 1 || !VERSION_PART.test(tokens.folded(word)) || !VERSION_PART.test(tokens.folded(word - 1))) return false;
  return tokens.source(tokens.end(word - 1), tokens.start(word)) === '.' && tokens.sep(word) === ' ';
}

function systemNear(tokens: Tokens, first: number, last: number): boolean {
  const from = Math.max(0, first - SYSTEM_WINDOW);
  const to = Math.min(tokens.count - 1, last + SYSTEM_WINDOW);
  for (let word = from; word <= to; word++) {
    const folded = tokens.folded(word);
    if (SYSTEM_WORDS.has(folded) || (folded === 'os' && word + 1 < tokens.count && tokens.folded(word + 1) === 'x'))
      return true;
  }
  return false;
}
