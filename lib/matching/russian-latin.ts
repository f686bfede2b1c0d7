/**
 * Russian written in Latin letters, as sellers without a Cyrillic keyboard write it ("popugai zhako", "slonovaya
 * kost'", "cherepakhu"): a folded Cyrillic stem or ending spelled in the two schemes such posts use most, one with
 * "kh" and "y" for х and й ("cherepakha", "popugay"), one with "h" and "i" ("cherepaha", "popugai"). The soft and hard
 * signs are left out: a page's apostrophe for ь is a separator, not a letter of the word.
 */
const COMMON: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const SCHEMES: readonly Readonly<Record<string, string>>[] = [
  { ...COMMON, х: 'kh', й: 'y' },
  { ...COMMON, х: 'h', й: 'i' },
];

/** How many spellings `latinSpelling` knows. */
export const LATIN_SCHEMES = SCHEMES.length;

/**
 * A folded Russian word (or part of one) in Latin letters by scheme `scheme`; undefined when it holds a letter that
 * is not Russian.
 * @example latinSpelling('черепах', 0) // 'cherepakh'
 * @example latinSpelling('попугай', 1) // 'popugai'
 */
export function latinSpelling(folded: string, scheme: number): string | undefined {
  let latin = '';
  for (const letter of folded) {
    const spelled = SCHEMES[scheme]![letter];
    if (spelled === undefined) return undefined;
    latin += spelled;
  }
  return latin;
}
