/**
 * What the matcher allocates over the block texts of the generated 2,000-listing page (10,000 blocks, the bundled
 * dictionary, one cold run in a fresh process as a tab's first pass meets it): a sampling heap profile that keeps
 * the objects GC has collected since, so it counts the pass's garbage, not what it keeps. Prints the total under
 * the matcher's scan and the functions that allocated most (self); LISTING_ALLOCATION_CALLERS=<function> adds what
 * called that one (e.g. `next`, an array iterator's results). The figure does not depend on the machine's load,
 * unlike the pass's CPU. Run it in another checkout (e.g. main's) to compare:
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/listing-allocation.ts
 */
import { Session } from 'node:inspector/promises';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { listingBlockTexts } from './listing-page.ts';

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

const TOP = 15;
const CALLERS_OF = process.env.LISTING_ALLOCATION_CALLERS;

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const texts = Array.from({ length: 2000 }, (_, i) => listingBlockTexts(i)).flat();
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (const text of texts) matcher.scan(text, { pageLang: 'de' });
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

const nameOf = ({ functionName, url, lineNumber }: HeapNode['callFrame']) =>
  `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
const self = new Map<string, number>();
const callers = new Map<string, number>();
let total = 0;
/** Only what the scan allocated: below the staged matcher's scan closure. */
const walk = (node: HeapNode, inScan: boolean, caller: string) => {
  const name = nameOf(node.callFrame);
  const underScan = inScan || node.callFrame.url.endsWith('staged-matcher.ts');
  if (underScan) {
    total += node.selfSize;
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    if (node.callFrame.functionName === CALLERS_OF) callers.set(caller, (callers.get(caller) ?? 0) + node.selfSize);
  }
  for (const child of node.children) walk(child, underScan, name);
};
walk(profile.head as HeapNode, false, '');

const kB = (bytes: number) => (bytes / 1024).toFixed(0).padStart(7);
console.log(`${texts.length} blocks: ${kB(total).trim()} kB allocated under the matcher's scan\n  self kB  function`);
for (const [name, size] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${kB(size)}  ${name}`);
if (CALLERS_OF) {
  console.log(`\n${CALLERS_OF}'s callers`);
  for (const [name, size] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`${kB(size)}  ${name}`);
}
