/**
 * How much of the tab pack's `texts` stream a page's matches make a tab read (pack/paged-text.ts), and whether the
 * paged matcher then finds what the whole list's matcher finds: node-side, the bundled list merged with the full
 * 2017 checklist, each labelled text of the given sets (default: every own set in bench/sets) matched as a frame of
 * its own would (a fresh paged text each, reads answered at once, scanned again until nothing waits). Characters and
 * matches, not time, so the machine's load does not change it.
 *
 *   SPOOR_SHARED_DATA=/work/shared/data node --experimental-transform-types --no-warnings \
 *     --import ./bench/ts-paths.ts bench/texts-read.ts [bench/sets/fresh11 …]
 */
import { openAsBlob } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher, matcherOver } from '@/lib/matching/matcher';
import { loadPackedIndex, readPackStream } from '@/lib/matching/pack/load';
import { decodeSecondHalf, packedLists } from '@/lib/matching/pack/lists';
import { pagedText } from '@/lib/matching/pack/paged-text';
import { packDictionary } from '@/lib/matching/pack/pack';
import { splitListsStream } from '@/lib/matching/pack/tab-pack';
import { readLabelledFiles } from '../tests/labelled-posts.ts';
import { sharedDataPath } from '../tests/shared-data.ts';

const paths = process.argv.slice(2);
const posts = readLabelledFiles(paths.length > 0 ? paths : ['bench/sets']);
const checklist = await importChecklistFile(
  await openAsBlob(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz')),
  { listingsAsOf: '2017-04-21' },
);
const compiled = compileDictionary(mergeWithBundled(loadBundledDictionary(), checklist.dictionary));
const whole = createMatcher(compiled);
const { head, parts } = packDictionary(compiled);
const readPart = async (i: number) => parts[i];
const index = await loadPackedIndex(head, readPart);
await decodeSecondHalf(index, readPackStream(head, 'lists', readPart), head, readPart);
const listsHead = splitListsStream(
  parts.filter((_, i) => head.parts[i]!.column === 'lists'),
  head,
).listsHead;
const streamChars = (column: string) =>
  parts.reduce((sum, part, i) => sum + (head.parts[i]!.column === column ? part.length : 0), 0);

const read: number[] = [];
let differ = 0;
let rounds = 0;
for (const post of posts) {
  const asked = new Set<number>();
  let waiting = 0;
  const text = pagedText(
    head,
    async (i) => (asked.add(i), parts[i]),
    (change) => (waiting += change),
  );
  const matcher = matcherOver(index, packedLists(index, text, head, listsHead));
  let result = matcher.scan(post.text);
  for (let round = 0; result.waiting && round < 20; round++) {
    while (waiting > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    result = matcher.scan(post.text);
    rounds = Math.max(rounds, round + 1);
  }
  if (!isDeepStrictEqual(result, whole.scan(post.text))) differ++;
  read.push([...asked].reduce((sum, i) => sum + parts[i]!.length, 0));
}
read.sort((a, b) => a - b);
const at = (q: number) => read[Math.min(read.length - 1, Math.floor(q * read.length))]!.toLocaleString('en');
console.log(
  `${posts.length} texts; texts stream ${streamChars('texts').toLocaleString('en')} characters in ` +
    `${head.parts.filter((part) => part.column === 'texts').length} parts; index ${streamChars('index').toLocaleString('en')}, ` +
    `lists ${streamChars('lists').toLocaleString('en')}`,
);
console.log(`texts read per text: median ${at(0.5)}, 90th ${at(0.9)}, max ${at(1)}; most rounds ${rounds}`);
console.log(`texts whose matches differ from the whole list's matcher: ${differ}`);
