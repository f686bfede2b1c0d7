import { foldWord } from '@/lib/matching/fold';
import type { ConfusablePairs } from '@/lib/matching/types';

/**
 * Mixed-script words: "ivоry" with a Cyrillic "о", "ιvory" with a Greek iota,
 * "икpa" with a Latin "p" draw like one script's word. Each letter of another
 * script is replaced by its look-alike (Unicode confusables, see
 * confusables-table.ts) in the script that can draw most of the word (see mixedScriptFolder).
 * Words of one script are never touched: Russian stays Russian. The table
 * reaches a tab inside the compiled dictionary's rules, not in its code.
 */
export const LATIN = 1;
export const CYRILLIC = 2;
export const GREEK = 4;

/**
 * Letters of the blocks past the three scripts that draw Latin letters: IPA and small capitals ("ɪᴠᴏʀʏ"), Armenian
 * "օ", Cherokee "Ꭵ", Lisu "ꓲ". Their look-alikes are in the rules' table like the three scripts', so the tab's code
 * holds only these ranges.
 */
export const OTHER = 8;

/**
 * The script bit of a UTF-16 unit: Latin letters (ASCII, Latin-1, Extended-A/B), Greek, Cyrillic, OTHER, 0 for
 * anything else (digits, marks, invisibles, the scripts without look-alikes). Comparisons, not a table: the
 * tokenizer calls it for every character of the page, and a table filled at load would cost every frame's script
 * evaluation a loop of 1,300 steps (issue 14).
 * @example scriptOf(0x438) // CYRILLIC ("и")
 */
export function scriptOf(code: number): number {
  if (code < 0x250) {
    const latin = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0;
    return latin ? LATIN : 0;
  }
  if (code < 0x530) return code < 0x300 ? OTHER : code < 0x370 ? 0 : code < 0x400 ? GREEK : CYRILLIC;
  const other =
    code < 0x590 ||
    (code >= 0x13a0 && code < 0x1400) ||
    (code >= 0x1d00 && code < 0x1d80) ||
    (code >= 0xa4d0 && code < 0xac00);
  return other ? OTHER : 0;
}

/** True when more than one script bit is set, or an OTHER letter's look-alikes may spell a term. */
export function isMixedScript(scripts: number): boolean {
  return (scripts & (scripts - 1)) !== 0 || scripts === OTHER;
}

/** Folds a word whose letters come from several scripts (see mixedScriptFolder). */
export type MixedScriptFold = (word: string) => string;

function pairsToMap(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return map;
}

/**
 * The fold of mixed-script words over a look-alike table: it turns a word's
 * look-alike letters into the script that can draw most of them (ties go
 * to Latin, then Cyrillic), then folds it. The compiler and every tab build it from the same
 * `MatchRules.confusables`, so patterns and page words fold alike.
 *
 * @example
 * const fold = mixedScriptFolder(compiled.rules.confusables);
 * fold('ivоry') // 'ivory' (Cyrillic о → Latin o)
 * fold('чёpная') // 'черная' (Latin p → Cyrillic р)
 */
export function mixedScriptFolder(pairs: ConfusablePairs): MixedScriptFold {
  const tables: Record<number, Map<string, string>> = {
    [LATIN]: pairsToMap(pairs.latin),
    [CYRILLIC]: pairsToMap(pairs.cyrillic),
    [GREEK]: pairsToMap(pairs.greek),
  };
  return (word) => {
    // The script that can draw the most of the word's letters: "Lохоdоntа" (five Cyrillic look-alikes among
    // nine letters) is Latin, "cлoновая" Cyrillic (no Latin л, н, в, я). A tie goes to Latin, then Cyrillic.
    let skeleton = '';
    let fewest = Infinity;
    for (const script of [LATIN, CYRILLIC, GREEK]) {
      const table = tables[script]!;
      let drawn = '';
      let misses = 0;
      for (const char of word) {
        const own = scriptOf(char.charCodeAt(0));
        const alike = own !== 0 && own !== script ? table.get(char) : char;
        if (alike === undefined) misses++;
        drawn += alike ?? char;
      }
      if (misses < fewest) {
        skeleton = drawn;
        fewest = misses;
      }
    }
    return foldWord(skeleton);
  };
}
