import { createMatcher, type Matcher, type MatcherOptions } from '@/lib/matching/matcher';
import { loadPackedMatcher } from '@/lib/matching/pack/load-matcher';
import type { DictionaryArea } from './chunked';
import { openActivePack } from './open-pack';
import { readActiveDictionary } from './active';

/** The matcher kept for each way of matching (with senses, or without: an import's reading of a batch's words). */
const kept = new Map<boolean, { fingerprint: string; matcher: Promise<Matcher> }>();

/**
 * A matcher of the active dictionary, both stages, for code off the page (the background reading the text a flag
 * captured): the stored tab pack as tabs load it, kept while its fingerprint stays; the bundled list compiled when
 * storage holds no current pack. `senses: false` matches every term whatever its context (see MatcherOptions).
 * @example const matcher = await activeMatcher(browser.storage.local);
 */
export async function activeMatcher(area: DictionaryArea, options: MatcherOptions = {}): Promise<Matcher> {
  const pack = await openActivePack(area);
  if (!pack) return createMatcher(await readActiveDictionary(area), options);
  const senses = options.senses !== false;
  let held = kept.get(senses);
  if (held?.fingerprint !== pack.head.fingerprint) {
    const matcher = loadPackedMatcher(pack.head, pack.readPart, options);
    held = { fingerprint: pack.head.fingerprint, matcher };
    kept.set(senses, held);
    matcher.catch(() => kept.delete(senses));
  }
  return held.matcher;
}
