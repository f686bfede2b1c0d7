/**
 * What a tab's top frame reads before its badge, by piece, for the bundled list and the bundled list merged with the
 * full 2017 checklist: the tab pack's `index` stream (the first stage's integer columns, then the trie's keys) and
 * its `lists` stream (the second stage's ListsHead JSON, its integer columns, then the terms' own texts and the entry
 * records). Node-side, from packDictionary as the background stores it. Characters, not time.
 *
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/pack-composition.ts
 */
import { openAsBlob } from 'node:fs';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { packDictionary } from '@/lib/matching/pack/pack';
import { sharedDataPath } from '../tests/shared-data.ts';

const bundled = loadBundledDictionary();
const checklist = await importChecklistFile(
  await openAsBlob(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz')),
  { listingsAsOf: '2017-04-21' },
);
const thousands = (chars: number) => chars.toLocaleString('en');
console.log('dictionary | index: integers + keys | lists: JSON head + integers + term texts + entry records | total');
for (const [name, dictionary] of [
  ['bundled', bundled],
  ['checklist-2017', mergeWithBundled(bundled, checklist.dictionary)],
] as const) {
  const compiled = compileDictionary(dictionary);
  const { head, parts } = packDictionary(compiled);
  const streamChars = (column: string) =>
    parts.reduce((sum, part, i) => sum + (head.parts[i]!.column === column ? part.length : 0), 0);
  // Since tab pack 8 the terms' texts and entry records are a stream of their own (`texts`), read as matches point
  // into it (pack/paged-text.ts): counted with the lists here, as the top frame read them before.
  const [index, lists] = [streamChars('index'), streamChars('lists') + streamChars('texts')];
  const flat = buildFlatIndex(compiled);
  const keys = flat.slotKeys[flat.slotKeys.length - 1]!;
  const termTexts = compiled.terms.reduce(
    (sum, term) => sum + (term.text === compiled.entries[term.entry]!.label ? 0 : term.text.length),
    0,
  );
  // The head's last count is the lists' text after their columns: the terms' own texts, then the entry records.
  const records = head.index[head.index.length - 1]! - termTexts;
  const listsInts = lists - head.listsHead - termTexts - records;
  console.log(
    `${name} | ${thousands(index)}: ${thousands(index - keys)} + ${thousands(keys)} | ${thousands(lists)}: ` +
      `${thousands(head.listsHead)} + ${thousands(listsInts)} + ${thousands(termTexts)} + ${thousands(records)} | ` +
      thousands(index + lists),
  );
}
