import type { DictionaryArea } from './chunked';
import { openActivePack } from './open-pack';
import type { FlatIndex } from '@/lib/matching/flat-index';
import { loadPackedIndex, type LoadOptions } from '@/lib/matching/pack/load';
import type { TabPackHead } from '@/lib/matching/pack/tab-pack';
import type { Matcher, MatcherLists } from '@/lib/matching/matcher';
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
  /** The matcher's lists decoded from a loaded pack (lib/matching/pack/lists.ts), once the second stage is at hand. */
  lists(index: FlatIndex, head: TabPackHead): MatcherLists | undefined;
}

/**
 * A matcher's lists whose entries and terms are decoded on first use, by the decoder that comes with the second
 * stage: only a match reads them, and only the second stage makes matches.
 */
function listsOnFirstUse(head: TabPackHead, decode: () => MatcherLists | undefined): MatcherLists {
  let decoded: MatcherLists | undefined;
  const lists = () => {
    decoded ??= decode();
    if (!decoded) throw new Error("a dictionary's entries were read before the matcher's second stage arrived");
    return decoded;
  };
  return {
    get entries() {
      return lists().entries;
    },
    get terms() {
      return lists().terms;
    },
    paradigms: head.paradigms,
    rules: head.rules,
    everyday: head.everyday,
  };
}

async function loadStored(area: DictionaryArea, options: TabMatcherOptions): Promise<Matcher | undefined> {
  // Two tries: an import finishing between reading the meta and the parts removes the old parts.
  for (let attempt = 0; attempt < 2; attempt++) {
    const pack = await openActivePack(area);
    if (!pack) return undefined;
    try {
      const index = await loadPackedIndex(pack.head, pack.readPart, options);
      const lists = listsOnFirstUse(pack.head, () => options.lists(index, pack.head));
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
 * { signal, fullScan: (parts) => stage.value?.fullScan(parts), missing: stage.request, lists: (index, head) => … });
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
