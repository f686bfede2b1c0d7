import { TO_LATIN } from '@/lib/matching/confusables-table';
import { foldWord } from '@/lib/matching/fold';

/**
 * Control characters draw nothing in a name. The other characters that draw nothing (zero-width space, bidi marks…)
 * foldWord drops with the matcher's own list, INVISIBLE_IN_WORD, which leaves controls out: on a page they split words.
 */
const CONTROLS = /\p{Cc}/gu;
/** Latin and digit shapes that draw alike in most fonts (UTS #39 skeletons fold them the same way). */
const SAME_SHAPE: Readonly<Record<string, string>> = { I: 'l', '1': 'l', '|': 'l', '0': 'O' };
const SAME_PAIRS: ReadonlyArray<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

/**
 * What a name looks like, whatever it is written with: compatibility forms composed, invisible characters
 * dropped, each letter of another script replaced by its Latin look-alike ("аnna" with a Cyrillic "а"), shapes
 * that draw alike ("I", "l", "1"; "rn", "m") made one, case and accents folded.
 * @example lookAlikeKey('Аnna.K\u200B') === lookAlikeKey('anna.k') // true
 */
export function lookAlikeKey(text: string): string {
  let drawn = '';
  for (const char of text.normalize('NFKC').replace(CONTROLS, '')) {
    const latin = TO_LATIN[char] ?? char;
    drawn += SAME_SHAPE[latin] ?? latin;
  }
  let key = foldWord(drawn);
  for (const [pattern, single] of SAME_PAIRS) key = key.replace(pattern, single);
  return key;
}

/** A value with each of its texts replaced by what it looks like (a seller is an object of texts). */
function lookOf(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'string' ? lookAlikeKey(inner) : inner));
}

/**
 * Whether two different values would be read as the same one: two sellers, researchers or titles that differ
 * only by look-alike letters of another script, invisible characters, case or letters that draw alike.
 * @example looksAlike('anna.k', 'аnna.k') // true (Cyrillic "а")
 * @example looksAlike('anna.k', 'anna.k') // false: the same value, nothing to warn about
 */
export function looksAlike(one: unknown, other: unknown): boolean {
  return JSON.stringify(one) !== JSON.stringify(other) && lookOf(one) === lookOf(other);
}
