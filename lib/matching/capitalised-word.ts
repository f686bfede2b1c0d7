import type { Tokens } from '@/lib/matching/tokenize';

const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether a word of the text begins with a capital as the page writes it (a name, a title, a sentence's start);
 * false before the first word.
 * @example isCapitalisedAt(tokenize('Ubuntu 10.04 Lucid Lynx', fold), 2) // true
 */
export function isCapitalisedAt(tokens: Tokens, word: number): boolean {
  return word >= 0 && CAPITALISED.test(tokens.source(tokens.start(word), tokens.end(word)));
}
