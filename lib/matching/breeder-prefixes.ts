/**
 * The words German and Dutch sellers put before an animal's name in one compound to say how it was bred or how old
 * it is: "Nachzuchtkönigspythons", "Handaufzuchtgraupapagei", "Zuchtkakadus", "Babykaimane", "kweekkoppel",
 * "nakweekkoningspython", "babyara". Folded, longest first, so "nachzucht" is read before "zucht" could be.
 */
const BREEDER_PREFIXES = ['handaufzucht', 'nachzucht', 'nakweek', 'zucht', 'kweek', 'baby'] as const;
/** Letters the name after the prefix keeps: "ara", "boa"; shorter rests are never a name. */
const MIN_REST = 3;

/**
 * The rest of a folded word after a breeder's or age word it starts with, or undefined: the walk reads that rest as a
 * name when the whole word is none (walk.ts), so the compound is found as a whole word.
 *
 * @example
 * afterBreederPrefix('nachzuchtkönigspythons') // 'königspythons'
 * afterBreederPrefix('babyschale') // 'schale' (a name only if the dictionary has one)
 * afterBreederPrefix('zuchtbuch') // 'buch'
 * afterBreederPrefix('babys') // undefined
 */
export function afterBreederPrefix(word: string): string | undefined {
  for (const prefix of BREEDER_PREFIXES)
    if (word.length - prefix.length >= MIN_REST && word.startsWith(prefix)) return word.slice(prefix.length);
  return undefined;
}
