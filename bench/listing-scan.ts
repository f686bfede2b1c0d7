/**
 * The matcher alone over the block texts of the generated 2,000-listing page (10,000 blocks), with the bundled
 * dictionary, in a fresh process: the first run meets the code as cold as a tab's first pass does, which is what
 * a page pays; the later runs show the same work once the engine has optimised it. CPU time of the process
 * (`process.cpuUsage`, the compiler's background threads included), which a busy machine inflates less than the clock.
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/listing-scan.ts
 */
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { listingBlockTexts } from './listing-page.ts';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const texts = Array.from({ length: 2000 }, (_, i) => listingBlockTexts(i)).flat();
const runs: string[] = [];
let matches = 0;
for (let run = 0; run < 4; run++) {
  const start = cpuMs();
  matches = 0;
  for (const text of texts) matches += matcher.scan(text, { pageLang: 'de' }).matches.length;
  runs.push((cpuMs() - start).toFixed(1));
}
console.log(`${texts.length} blocks, ${matches} matches: cold ${runs[0]} ms CPU, then ${runs.slice(1).join(' / ')} ms`);
