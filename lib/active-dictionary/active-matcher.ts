import { createMatcher, type Matcher } from '@/lib/matching/matcher';
import { loadPackedMatcher } from '@/lib/matching/pack/load-matcher';
import type { DictionaryArea } from './chunked';
import { openActivePack } from './open-pack';
import { readActiveDictionary } from './active';

let kept: { fingerprint: string; matcher: Promise<Matcher> } | undefined;

/**
 * A matcher of the active dictionary, both stages, for code off the page (the background reading the text a flag
 * captured): the stored tab pack as tabs load it, kept while its fingerprint stays; the bundled list compiled when
 * storage holds no current pack.
 * @example const matcher = await activeMatcher(browser.storage.local);
 */
export async function activeMatcher(area: DictionaryArea): Promise<Matcher> {
  const pack = await openActivePack(area);
  if (!pack) return createMatcher(await readActiveDictionary(area));
  if (kept?.fingerprint !== pack.head.fingerprint) {
    const matcher = loadPackedMatcher(pack.head, pack.readPart);
    kept = { fingerprint: pack.head.fingerprint, matcher };
    matcher.catch(() => (kept = undefined));
  }
  return kept.matcher;
}
