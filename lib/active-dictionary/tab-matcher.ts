import type { DictionaryArea } from './chunked';
import { openActivePack } from './open-pack';
import { loadPackedIndex, type LoadOptions } from '@/lib/matching/pack/load';
import type { Matcher } from '@/lib/matching/matcher';
import { stagedMatcher, type FullScan, type MatcherParts } from '@/lib/matching/staged-matcher';

/**
 * The content script's way to the dictionary. It deliberately imports neither
 * the bundled list nor the compiler (active.ts does): evaluating them cost every
 * page a task of 80–90 ms. When storage holds no current pack (first seconds
 * after install, an update, a damaged part) the background, which has both,
 * is asked to store one, and storage is read again.
 */

/** Asks the background to make sure storage holds a current dictionary (the 'dictionary/ensure' message). */
export type EnsureDictionary = () => Promise<unknown>;

export interface TabMatcherOptions extends LoadOptions {
  /** The matcher's second stage once it is at hand (see lib/matching/staged-matcher.ts). */
  fullScan(parts: MatcherParts): FullScan | undefined;
  /** Called when a text needs the second stage and `fullScan` has none yet. */
  missing?(): void;
}

async function loadStored(area: DictionaryArea, options: TabMatcherOptions): Promise<Matcher | undefined> {
  // Two tries: an import finishing between reading the meta and the parts removes the old parts.
  for (let attempt = 0; attempt < 2; attempt++) {
    const pack = await openActivePack(area);
    if (!pack) return undefined;
    try {
      const { index, lists } = await loadPackedIndex(pack.head, pack.readPart, options);
      return stagedMatcher(index, lists, options.fullScan, options.missing);
    } catch {
      // A damaged or vanished part: try the current generation once more.
      options.signal?.throwIfAborted();
    }
  }
  return undefined;
}

/**
 * The active dictionary's matcher for a tab: asks for the stored tab pack's
 * parts at once (each reply arrives in a task of its own) and decodes and
 * indexes it in slices of `sliceMs`, so the page never sees a long task. When
 * storage holds none or a damaged one, asks the background to store a current
 * one and reads again. Rejects when the signal
 * is aborted, or when even then storage holds no usable dictionary.
 * @example const matcher = await loadTabMatcher(browser.storage.local, () => sendFromContent('dictionary/ensure', {}),
 * { signal, fullScan: (parts) => fullScanModule.value?.(parts), missing: fullScanModule.request });
 */
export async function loadTabMatcher(
  area: DictionaryArea,
  ensure: EnsureDictionary,
  options: TabMatcherOptions,
): Promise<Matcher> {
  const stored = await loadStored(area, options);
  if (stored) return stored;
  await ensure();
  options.signal?.throwIfAborted();
  const ensured = await loadStored(area, options);
  if (ensured) return ensured;
  throw new Error('no usable dictionary in storage, even after the background stored one');
}
