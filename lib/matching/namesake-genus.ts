import type { CueLookup } from '@/lib/matching/cue-words';
import type { Tokens } from '@/lib/matching/tokenize';

/** Words read on each side of the genus: an ad or a menu names the organism's kind within a line of it. */
const WINDOW = 12;

/** The words of the listed taxon's own kind, and those of the other kind that shares its genus name. */
export interface KindCues {
  own: CueLookup;
  other: CueLookup;
}

/**
 * Whether a genus named alone is another organism's of the same name: the checklist's Sarcophyton is an orchid, the
 * reef keeper's a leather coral; its Turbinaria a stony coral, the gardener's a brown seaweed; its Cantharellus a
 * mushroom coral, the cook's chanterelle. Words of the other kind are near it ("leather coral frag" beside an orchid's
 * genus; "dried seaweed", "soup" beside a coral's) and none of the listed taxon's own kind ("flower", "reef").
 * @example namesOtherOrganism(tokenize('Sarcophyton leather coral frag', fold), [0, 0], () => orchidCues) // true
 */
export function namesOtherOrganism(tokens: Tokens, [first, last]: [number, number], cues: () => KindCues): boolean {
  if (first !== last) return false;
  const { own, other } = cues();
  let otherNear = false;
  for (let word = Math.max(0, first - WINDOW); word < Math.min(tokens.count, last + 1 + WINDOW); word++) {
    if (word === first) continue;
    const folded = tokens.folded(word);
    if (own.has(folded)) return false;
    // The word after the genus may be its epithet, whatever else it spells ("Catalaphyllia jardinei" is no garden).
    otherNear ||= word !== last + 1 && other.has(folded);
  }
  return otherNear;
}
