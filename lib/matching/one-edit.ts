import { KEY_RANGE, type FlatIndex } from '@/lib/matching/flat-index';

/** Letters a word must have before the walk reads a letter dropped, added or changed in it (walk.ts). */
export const EDIT_MIN = 7;

/** Letters a name's first word must have to be read from a word one edit away ("cokatoo" is "cockatoo"). */
const NAME_MIN = EDIT_MIN - 1;

/** Letters after the first that an edited spelling must keep as written before the edit: a word's start is its own. */
const KEPT_START = 2;

/**
 * The spellings of a root word `probe` one letter dropped, added or changed (to a like letter: `alike`) away that could
 * start a key of the index's root (a name's first word): never in its first KEPT_START letters nor its last. Nothing
 * is built per key: the sorted keys are searched for the letters that may follow each prefix, so a word that no key
 * starts like (most) costs a few binary searches.
 */
export function oneEditSpellings(index: FlatIndex, probe: string): string[] {
  const ranges = [KEY_RANGE.words, KEY_RANGE.suffixed].map((range) => [
    index.nodeRanges[range]!,
    index.nodeRanges[range + 1]!,
  ]);
  const starts = (prefix: string) =>
    ranges.some(([from, to]) => startsAt(index, lowerBound(index, from!, to!, prefix), to!, prefix));
  const spellings = new Set<string>();
  // A spelling worth looking up starts like some key a little past its edit (a word's ending may follow).
  const add = (spelling: string, at: number) => {
    if (spelling.length >= NAME_MIN && starts(spelling.slice(0, Math.min(at + 2, spelling.length - 2))))
      spellings.add(spelling);
  };
  // Never in the last letter either: a word's ending is its own ("Colombo" is no "colomba").
  for (let at = KEPT_START; at < probe.length - 1; at++) {
    const before = probe.slice(0, at);
    // Keys are sorted: no key starts like the word up to here, none starts like any edit further on.
    if (!starts(before)) break;
    const rest = probe.slice(at);
    if (rest) add(before + rest.slice(1), at);
    for (const letter of lettersAfter(index, ranges, before)) {
      add(before + letter + rest, at);
      if (rest && letter !== rest[0] && alike(letter, rest[0]!)) add(before + letter + rest.slice(1), at);
    }
  }
  spellings.delete(probe);
  return [...spellings];
}

const VOWELS = 'aeiouyäöüàáâãèéêëìíîïòóôõùúûąęóаеёиоуыэюя';
/** Consonants sellers write for each other as they sound (voiced and voiceless pairs), in both scripts. */
const SOUND_PAIRS = new Set(['bp', 'dt', 'gk', 'ck', 'kq', 'cs', 'sz', 'fv', 'бп', 'дт', 'гк', 'вф', 'зс', 'жш']);

/**
 * Whether a seller writes one letter for the other: two vowels ("leapard", "rinocerante", "хамилеон") or a sound
 * pair ("leopart"). Other changes make everyday words of names ("Januar" is no "jaguar").
 */
function alike(a: string, b: string): boolean {
  return (VOWELS.includes(a) && VOWELS.includes(b)) || SOUND_PAIRS.has(a < b ? a + b : b + a);
}

/** The distinct letters that follow `prefix` in some key of the ranges. */
function lettersAfter(index: FlatIndex, ranges: readonly number[][], prefix: string): Set<string> {
  const letters = new Set<string>();
  for (const [from, to] of ranges) {
    let slot = lowerBound(index, from!, to!, prefix);
    while (startsAt(index, slot, to!, prefix)) {
      const start = index.slotKeys[slot]!;
      if (index.slotKeys[slot + 1]! - start <= prefix.length) {
        slot++;
        continue;
      }
      const letter = index.text[start + prefix.length]!;
      letters.add(letter);
      slot = lowerBound(index, slot, to!, prefix + String.fromCharCode(letter.charCodeAt(0) + 1));
    }
  }
  return letters;
}

/** Whether slot (below `to`) holds a key that starts with `prefix`. */
function startsAt(index: FlatIndex, slot: number, to: number, prefix: string): boolean {
  if (slot >= to) return false;
  const start = index.slotKeys[slot]!;
  return index.slotKeys[slot + 1]! - start >= prefix.length && index.text.startsWith(prefix, start);
}

/** The first slot in [from, to) whose key is not below `probe` (keys sorted by code unit). */
function lowerBound(index: FlatIndex, from: number, to: number, probe: string): number {
  const { slotKeys, text } = index;
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const keyStart = slotKeys[middle]!;
    const keyLength = slotKeys[middle + 1]! - keyStart;
    let order = 0;
    for (let i = 0; i < keyLength && i < probe.length && order === 0; i++)
      order = text.charCodeAt(keyStart + i) - probe.charCodeAt(i);
    if (order === 0) order = keyLength - probe.length;
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
