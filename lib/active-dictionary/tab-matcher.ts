import type { DictionaryArea } from './chunked';
import { openActivePack } from './open-pack';
import type { decodeSecondHalf } from '@/lib/matching/pack/lists';
import type { TextWaits } from '@/lib/matching/pack/paged-text';
import { loadPackedIndex, readPackStream, type LoadOptions } from '@/lib/matching/pack/load';
import type { Matcher, MatcherLists } from '@/lib/matching/matcher';
import type { MatchRules } from '@/lib/matching/types';
import { stagedMatcher, type FullScan, type MatcherParts } from '@/lib/matching/staged-matcher';

/**
 * The content script's way to the dictionary. It deliberately imports neither
 * the bundled list nor the compiler (active.ts does): evaluating them cost every
 * page a task of 80–90 ms. When storage holds no current pack (first seconds
 * after install, an update, a damaged part) the background, which has both,
 * is asked to store one, and storage is read again.
 */

/** The decoder that comes with the matcher's second stage (lib/detect/second-stage.ts). */
export interface ListDecoders {
  decodeSecondHalf: typeof decodeSecondHalf;
}

/**
 * A tab's matcher: its first stage is ready; its entries, terms and sense rules are not there yet. `loadLists` reads
 * the pack's `lists` stream while the second stage's code arrives (or takes it as `listsBeside` read it), then has that
 * code decode it as its parts arrive (lib/matching/pack/lists.ts). The caller asks once (the second stage's onDemand),
 * and again after a failure.
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
  /**
   * Reads the `lists` stream beside the first stage's instead of when the second stage is asked for: for the top
   * frame, whose text nearly always holds a candidate, so the read is not on the way to its first matches.
   */
  listsBeside?: boolean;
  /**
   * Hears of each read of the pack's `texts` a scan waits for (+1 when it begins, −1 when it ends): the text that
   * waited is scanned again when none is left (lib/matching/pack/paged-text.ts).
   */
  waits?: TextWaits;
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
      const { head, readPart } = pack;
      const indexing = loadPackedIndex(head, readPart, options);
      const readLists = () => readPackStream(head, 'lists', readPart);
      // Asked for after the index's parts, so storage answers those first.
      let listsRead = options.listsBeside ? readLists() : undefined;
      const index = await indexing;
      // Entries, terms and the sense rules are filled in by loadLists: only the second stage makes matches.
      // Until then the rules are the head's, all the first stage reads (staged-matcher.ts's matcherParts).
      const lists: MatcherLists = {
        entries: [],
        terms: [],
        paradigms: head.paradigms,
        rules: head.rules as MatchRules,
        everyday: [],
      };
      const loadLists: TabMatcher['loadLists'] = async (stage) => {
        try {
          // A read is used once: asked again after a failure, the lists are read again.
          const pieces = listsRead ?? readLists();
          listsRead = undefined;
          // Decoded as their parts arrive, once the decoder has.
          const decoders = await stage;
          Object.assign(lists, await decoders.decodeSecondHalf(index, pieces, head, readPart, options));
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
  throw new Error('no usable dictionary');
}
