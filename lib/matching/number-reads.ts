/**
 * How often the second stage has read a number's value (a year dating an antique, a scorer's minute): every other rule
 * reads a number written in digits only as digits of its length, so two texts that differ only in such numbers
 * ("Anzeige 17." and "Anzeige 23.") are matched alike unless this count moved while one of them was (scan-memo.ts).
 */
export const numberReads = { count: 0 };

/** Whether a folded word is a number written in ASCII digits only. */
export function isDigits(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
