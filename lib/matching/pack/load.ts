import { matcherOver, type Matcher } from '@/lib/matching/matcher';
import { createPace, type Pace, type PaceOptions } from '@/lib/scheduling/pace';
import { LevelBuilder, type TrieNode } from '@/lib/matching/pattern-index';
import type { TabPackHead } from './tab-pack';
import type { CompiledPattern } from '@/lib/matching/types';
import { unpackDictionary, type PartReader } from './unpack';

/** Usually just `signal` and `sliceMs`; `now` and `yieldNow` let a test or a benchmark watch the slices. */
export type LoadOptions = PaceOptions;

/** Patterns indexed between two looks at the clock. */
const BATCH = 512;

/**
 * A matcher from a tab pack, read part by part and built in slices, so no
 * task of the page runs long: decoding and indexing yield to the page
 * whenever a slice has used `sliceMs`. Throws when the pack is damaged.
 * @example const matcher = await loadPackedMatcher(head, (i) => readPart(i), { signal: ctx.signal });
 */
export async function loadPackedMatcher(
  head: TabPackHead,
  readPart: PartReader,
  options: LoadOptions = {},
): Promise<Matcher> {
  const pace = createPace(options);
  const compiled = await unpackDictionary(head, readPart, pace);
  return matcherOver(compiled, await buildRootInSlices(compiled.patterns, pace));
}

async function buildRootInSlices(patterns: readonly CompiledPattern[], pace: Pace): Promise<TrieNode> {
  const builder = new LevelBuilder(0);
  for (let id = 0; id < patterns.length; id++) {
    builder.add(patterns, id);
    if (id % BATCH === BATCH - 1 && pace.due()) await pace.pause();
  }
  return builder.finish();
}
