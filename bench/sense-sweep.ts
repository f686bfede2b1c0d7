/**
 * `node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/sense-sweep.ts
 *  <labelled.json|dir>... [--half tuning|held-out] [--checklist] [--list]`: the bundled matcher (with `--checklist`,
 * merged with the full 2017 checklist as a researcher's import makes it) run node-side over labelled
 * posts (each read as a page whose `<html lang>` is the post's language), with the same measures as
 * `npm run eval` per kind: recall of listings (the mark overlapped by a match), the quiet share of the rest.
 * A quick sweep over every set before and after a change to the sense data; the browser's `npm run eval` stays
 * the figure to report (the page's blocks can split a text the node side reads whole). `--list` prints each miss
 * and false highlight.
 */
import { openAsBlob } from 'node:fs';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { halfOf, readLabelledFiles, type Half } from '../tests/labelled-posts.ts';
import { sharedDataPath } from '../tests/shared-data.ts';
import { CHECKLIST } from './checklist.ts';
import { kindOf } from './eval-summary.ts';

const args = process.argv.slice(2);
const half = args.includes('--half') ? (args[args.indexOf('--half') + 1] as Half) : undefined;
const paths = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--half');
const posts = readLabelledFiles(paths).filter((post) => half === undefined || halfOf(post.id) === half);
const bundled = loadBundledDictionary();
const dictionary = args.includes('--checklist')
  ? mergeWithBundled(
      bundled,
      (await importChecklistFile(await openAsBlob(sharedDataPath(CHECKLIST)), { listingsAsOf: '2017-04-21' }))
        .dictionary,
    )
  : bundled;
const matcher = createMatcher(compileDictionary(dictionary));

const tally = new Map<string, { good: number; all: number }>();
for (const post of posts) {
  const matches = matcher.find(post.text, { pageLang: post.lang });
  const kind = kindOf(post);
  let good: boolean;
  if (kind === 'listing') {
    const start = post.mark ? post.text.indexOf(post.mark) : -1;
    const end = start + (post.mark?.length ?? 0);
    good = start >= 0 && matches.some((match) => match.start < end && match.end > start);
  } else good = matches.length === 0;
  const count = tally.get(kind) ?? { good: 0, all: 0 };
  tally.set(kind, { good: count.good + (good ? 1 : 0), all: count.all + 1 });
  if (!good && args.includes('--list'))
    console.log(`${post.id} (${kind}): ${matches.map((match) => post.text.slice(match.start, match.end)).join(' | ')}`);
}
for (const [kind, { good, all }] of tally)
  console.log(
    `${kind.padEnd(8)} ${kind === 'listing' ? 'recall' : 'quiet '} ${good}/${all} (${((100 * good) / all).toFixed(1)} %)`,
  );
