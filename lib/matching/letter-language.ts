import { lazyRegExp } from '@/lib/matching/lazy-regexp';
import type { TextLang } from '@/lib/matching/text-language';

/**
 * Letters only one of the eight languages writes, as the page writes them (accents and case kept): Cyrillic is
 * Russian (a word of two Cyrillic letters or more and no Latin one: look-alikes inside a Latin word say nothing);
 * ą ę ł ś ź ż ń ć are Polish; ß and ä are German, and so are ö and ü unless a vowel comes before (Dutch "zoölogisch",
 * "reünie") or a g before ü (Spanish "pingüino"); ñ is Spanish; Dutch writes ij before a consonant or at a word's
 * end ("prijs", "vrij", "IJsvogel"), where Spanish writes it before a vowel ("hijo"). French and Italian share their
 * accents with others ("café", "città"): no letter proves them.
 */
const PROOFS: readonly (readonly [TextLang, () => RegExp])[] = [
  [
    'ru',
    lazyRegExp(
      '(?<!\\p{Script=Latin}\\p{Script=Cyrillic}*)\\p{Script=Cyrillic}{2,}(?!\\p{Script=Cyrillic}*\\p{Script=Latin})',
    ),
  ],
  ['pl', lazyRegExp('[ąęłśźżńć]', 'iu')],
  ['de', lazyRegExp('[ßä]|(?<![aeiou])ö|(?<![aeioug])ü', 'iu')],
  ['es', lazyRegExp('ñ', 'iu')],
  ['nl', lazyRegExp('ij(?![aeiouy])', 'iu')],
];

/** The one language of the eight that the text's letters prove; undefined when none does, or two (a place's name). */
export function languageOfLetters(text: string): TextLang | undefined {
  let proven: TextLang | undefined;
  for (const [lang, letters] of PROOFS) {
    if (!letters().test(text)) continue;
    if (proven) return undefined;
    proven = lang;
  }
  return proven;
}
