import type { DictionaryArea } from './chunked';
import { openActivePack } from './open-pack';
import type { decodeLists } from '@/lib/matching/pack/index-pack';
import type { packedLists } from '@/lib/matching/pack/lists';
import { loadPackedIndex, readPackStream, type LoadOptions } from '@/lib/matching/pack/load';
import { createPace } from '@/lib/scheduling/pace';
import type { Matcher, MatcherLists } from '@/lib/matching/matcher';
import { stagedMatcher, type FullScan, type MatcherParts } from '@/lib/matching/staged-matcher';

/**
 * The content script's way to the dictionary. It deliberately imports neither
 * the bundled list nor the compiler (active.ts does): evaluating them cost every
 * page a task of 80–90 ms. When storage holds no current pack (first seconds
 * after install, an update, a damaged part) the background, which has both,
 * is asked to store one, and storage is read again.
 */

/** The decoders that come with the matcher's second stage (lib/detect/second-stage.ts). */
export interface ListDecoders {
  decodeLists: typeof decodeLists;
  packedLists: typeof packedLists;
}

/**
 * A tab's matcher: its first stage is ready; its entries and terms are not there yet. `loadLists` reads the index's
 * second-stage columns while the second stage's code arrives, then has that code decode them and make the entries
 * and terms (lib/matching/pack/index-pack.ts, lists.ts). The caller asks once (the second stage's onDemand), and again
 * after a failure.
 */
export interface TabMatcher extends Matcher {
  loadLists(stage: Promise<ListDecoders>): Promise<void>;
}

/** Asks the background to make sure storage holds a current dictionary (the 'dictionary/ensure' message). */
export type EnsureDictionary = () => Promise<unknown>;

export interface TabMatcherOptions extends LoadOptions {
  /** The matcher's second stage once it is at hand (see lib/matching/staged-matcher.ts). */
  fullScan(parts: MatcherParts): FullScan | undefined;
  /** Called when a text needs the second stage and `fullScan` has none yet. */
  missing?(): void;
}

/** `moved`: this load replaces a matcher whose lists were gone; if its own are gone too, it fails, not moving on. */
async function loadStored(
  area: DictionaryArea,
  options: TabMatcherOptions,
  moved = false,
): Promise<TabMatcher | undefined> {
  // Two tries: an import finishing between reading the meta and the parts removes the old parts.
  for (let attempt = 0; attempt < 2; attempt++) {
    const pack = await openActivePack(area);
    if (!pack) return undefined;
    try {
      const index = await loadPackedIndex(pack.head, pack.readPart, options);
      const { head, readPart } = pack;
      // Entries and terms are filled in by loadLists: only the second stage makes matches, and only matches read them.
      const { paradigms, rules, everyday } = head;
      const lists: MatcherLists = { entries: [], terms: [], paradigms, rules, everyday };
      const loadLists: TabMatcher['loadLists'] = async (stage) => {
        try {
          const pace = createPace(options);
          const stream = await readPackStream(head, 'lists', readPart, pace);
          const decoders = await stage;
          await decoders.decodeLists(index, stream, head.index, pace);
          Object.assign(lists, decoders.packedLists(index, head));
        } catch (error) {
          // An import or a custom term since this frame loaded its dictionary removed this generation's lists: the
          // frame moves to the current dictionary whole (its first stage painted nothing: only the second matches).
          const current = moved ? undefined : await loadStored(area, options, true);
          if (!current) throw error;
          await current.loadLists(stage);
          // Its scan, its entries and terms (getters) become this matcher's, which the scanner already holds.
          Object.defineProperties(matcher, Object.getOwnPropertyDescriptors(current));
        }
      };
      const matcher = Object.assign(stagedMatcher(index, lists, options.fullScan, options.missing), { loadLists });
      return matcher;
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
 * { signal, fullScan: (parts) => stage.value?.fullScan(parts), missing: stage.request });
 */
export async function loadTabMatcher(
  area: DictionaryArea,
  ensure: EnsureDictionary,
  options: TabMatcherOptions,
): Promise<TabMatcher> {
  const stored = await loadStored(area, options);
  if (stored) return stored;
  await ensure();
  options.signal?.throwIfAborted();
  const ensured = await loadStored(area, options);
  if (ensured) return ensured;
  throw new Error('no usable dictionary in storage, even after the background stored one');
}
