import { EVERYDAY_WORDS } from '@/lib/dictionary/everyday-words';
import { NEAR_NAME_WORDS } from '@/lib/dictionary/near-name-words';
import { KEY_RANGE, type FlatIndex } from '@/lib/matching/flat-index';
import { foldWord } from '@/lib/matching/fold';
import { EDIT_MIN, oneEditSpellings } from '@/lib/matching/one-edit';

/** Letters of an ending the walk may read after a name's first word ("tintoreras"). */
const ENDING_MAX = 3;

/** A name's first words as the root of a flat index: what one-edit.ts searches. Each list sorted. */
export interface RootKeys {
  words: readonly string[];
  prefixed: readonly string[];
  suffixed: readonly string[];
}

/**
 * Whether the walk (walk.ts's `edited`) would read `word` as a seller's slip in a name's first word: one letter
 * dropped, added or changed away from a first word, with an ending or none, and no first word itself with its
 * ending. `firstWords` tests the root's whole-word and compound-start keys; `root` is rootIndex's.
 */
export function readsAsSlip(root: FlatIndex, firstWords: (key: string) => boolean, word: string): boolean {
  const isName = (spelling: string) => {
    for (let cut = 0; cut <= ENDING_MAX && spelling.length - cut >= EDIT_MIN - 1; cut++)
      if (firstWords(spelling.slice(0, spelling.length - cut))) return true;
    return false;
  };
  return word.length >= EDIT_MIN && !isName(word) && oneEditSpellings(root, word).some(isName);
}

/** A flat index holding the root's keys alone: enough for one-edit.ts, which searches the root only. */
export function rootIndex({ words, prefixed, suffixed }: RootKeys): FlatIndex {
  const keys = [...words, ...prefixed, ...suffixed];
  const slotKeys = new Int32Array(keys.length + 1);
  keys.forEach((key, slot) => (slotKeys[slot + 1] = slotKeys[slot]! + key.length));
  const nodeRanges = new Int32Array(4);
  nodeRanges[KEY_RANGE.prefixed] = words.length;
  nodeRanges[KEY_RANGE.suffixed] = words.length + prefixed.length;
  nodeRanges[KEY_RANGE.suffixed + 1] = keys.length;
  return { nodeRanges, slotKeys, text: keys.join('') } as FlatIndex;
}

/** The lists slipBlockers reads: the generated near-name words and Spoor's everyday words, space-separated. */
export const KNOWN_WORD_LISTS: readonly string[] = [
  ...Object.values(NEAR_NAME_WORDS),
  ...Object.values(EVERYDAY_WORDS),
];

/**
 * Known words a seller's slip must never be read from (walk.ts reads them as themselves, finding nothing): the
 * words of names after their first ("luiaard" of "drievingerige luiaard" is no "luipaard") and the everyday words
 * one edit from a name ("tintorería" is no "tintorera", "Lachs" no "Luchs"), both generated (near-name-words.ts),
 * and the everyday words Spoor keeps: those one edit from a first word of the dictionary at hand.
 */
export function slipBlockers(root: RootKeys, knownWords = KNOWN_WORD_LISTS): string[] {
  const known = new Set<string>();
  for (const list of knownWords)
    for (const word of list.split(/\s+/)) if (word.length >= EDIT_MIN) known.add(foldWord(word));
  const index = rootIndex(root);
  const firstWords = new Set([...root.words, ...root.suffixed]);
  return [...known].filter((word) => readsAsSlip(index, (key) => firstWords.has(key), word)).sort();
}
