/**
 * Characters each column of the tab pack's index takes, for the bundled list and the bundled list merged with the
 * full 2017 checklist, as index-pack.ts writes them (one to six digits an integer), and the trie's keys: as stored,
 * and front-coded (each key as the length it shares with the previous key of its range, then the rest). Node-side.
 *
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/index-columns.ts
 */
import { openAsBlob } from 'node:fs';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { DELTA, LIST_COLUMNS, VALUES, WALK_COLUMNS, type FlatIndex } from '@/lib/matching/flat-index';
import { CHECKLIST } from './checklist.ts';
import { sharedDataPath } from '../tests/shared-data.ts';

/** index-pack.ts's digits: 45 values a digit. */
const digits = (value: number) => {
  let count = 1;
  for (let rest = Math.floor(value / 45); rest > 0; rest = Math.floor(rest / 45)) count++;
  return count;
};
const zigzag = (value: number): number => (value < 0 ? -2 * value - 1 : 2 * value);

function frontCoded(index: FlatIndex, block: number): number {
  const { nodeRanges, slotKeys, text } = index;
  let chars = 0;
  for (let range = 0; range + 1 < nodeRanges.length; range++) {
    let previous = '';
    for (let slot = nodeRanges[range]!, n = 0; slot < nodeRanges[range + 1]!; slot++, n++) {
      const key = text.slice(slotKeys[slot]!, slotKeys[slot + 1]!);
      let shared = 0;
      if (n % block !== 0) while (shared < key.length && key[shared] === previous[shared]) shared++;
      chars += digits(shared) + key.length - shared;
      previous = key;
    }
  }
  return chars;
}

const bundled = loadBundledDictionary();
const checklist = await importChecklistFile(await openAsBlob(sharedDataPath(CHECKLIST)), {
  listingsAsOf: '2017-04-21',
});
const thousands = (chars: number) => chars.toLocaleString('en');
for (const [name, dictionary] of [
  ['bundled', bundled],
  ['checklist-2017', mergeWithBundled(bundled, checklist.dictionary)],
] as const) {
  const index = buildFlatIndex(compileDictionary(dictionary));
  console.log(`${name}: column | items | characters | items not 0 or 1`);
  for (const [column, kind] of [...WALK_COLUMNS, ...LIST_COLUMNS]) {
    const values = index[column];
    const stored =
      kind === VALUES
        ? [...values]
        : kind === DELTA
          ? [...values].map((value, i) => zigzag(value - (i > 0 ? values[i - 1]! : 0)))
          : [...values.subarray(1)].map((bound, i) => bound - values[i]!);
    const chars = stored.reduce((sum, value) => sum + digits(value), 0);
    const wide = stored.filter((value) => value > 1).length;
    console.log(`  ${column} | ${thousands(stored.length)} | ${thousands(chars)} | ${thousands(wide)}`);
  }
  const keys = index.slotKeys[index.slotKeys.length - 1]!;
  const ranges = index.nodeRanges.length - 1;
  console.log(
    `  keys: ${thousands(index.slotKeys.length - 1)} in ${thousands(ranges)} ranges, ${thousands(keys)} chars`,
  );
  for (const block of [16, 32, 64, Infinity])
    console.log(`  front-coded, a whole key every ${block}: ${thousands(frontCoded(index, block))}`);
}
