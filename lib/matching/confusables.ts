import { TO_CYRILLIC, TO_GREEK, TO_LATIN } from '@/lib/matching/confusables-table';
import { foldWord } from '@/lib/matching/fold';

/**
 * Mixed-script words: "ivоry" with a Cyrillic "о", "ιvory" with a Greek iota,
 * "икpa" with a Latin "p" draw like one script's word. Each letter of another
 * script is replaced by its look-alike (Unicode confusables, see
 * confusables-table.ts) in the script most of the word's letters belong to.
 * Words of one script are never touched: Russian stays Russian.
 */
export const LATIN = 1;
export const CYRILLIC = 2;
export const GREEK = 4;

const SCRIPT_TABLE_END = 0x530;

/** Script bit per code unit below U+0530: Latin letters (ASCII, Latin-1, Extended-A/B), Greek, Cyrillic. */
export const SCRIPT_TABLE: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(SCRIPT_TABLE_END);
  for (let code = 0x41; code < SCRIPT_TABLE_END; code++) {
    if (code <= 0x24f) table[code] = code <= 0x5a || (code >= 0x61 && code <= 0x7a) || code >= 0xc0 ? LATIN : 0;
    else if (code >= 0x370) table[code] = code <= 0x3ff ? GREEK : CYRILLIC;
  }
  return table;
})();

/**
 * The script bit of a UTF-16 unit: Latin, Greek or Cyrillic letter blocks, 0 for anything else.
 * A table lookup: the tokenizer calls it for every character of the page.
 */
export function scriptOf(code: number): number {
  return code < SCRIPT_TABLE_END ? SCRIPT_TABLE[code]! : 0;
}

/** True when more than one script bit is set. */
export function isMixedScript(scripts: number): boolean {
  return (scripts & (scripts - 1)) !== 0;
}

const TABLES: Record<number, Readonly<Record<string, string>>> = {
  [LATIN]: TO_LATIN,
  [CYRILLIC]: TO_CYRILLIC,
  [GREEK]: TO_GREEK,
};

/**
 * Folds a word after turning its look-alike letters into the majority script
 * (ties go to Latin, then Cyrillic).
 *
 * @example
 * foldMixedScriptWord('ivоry') // 'ivory' (Cyrillic о → Latin o)
 * foldMixedScriptWord('чёpная') // 'черная' (Latin p → Cyrillic р)
 */
export function foldMixedScriptWord(word: string): string {
  const counts = { [LATIN]: 0, [CYRILLIC]: 0, [GREEK]: 0 } as Record<number, number>;
  for (let i = 0; i < word.length; i++) {
    const script = scriptOf(word.charCodeAt(i));
    if (script !== 0) counts[script]!++;
  }
  let majority = LATIN;
  for (const script of [CYRILLIC, GREEK]) if (counts[script]! > counts[majority]!) majority = script;
  const table = TABLES[majority]!;
  let skeleton = '';
  for (const char of word) {
    const script = scriptOf(char.charCodeAt(0));
    skeleton += script !== 0 && script !== majority ? (table[char] ?? char) : char;
  }
  return foldWord(skeleton);
}
