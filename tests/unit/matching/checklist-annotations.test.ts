import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { DictionarySchema, type DictionaryInput } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

// Checklist taxa whose annotations leave part of them out of the Appendices, imported as the checklist import
// makes them (lib/dictionary/checklist): the species it keeps unlisted under a listed genus arrive as exclusions.
const plants = { kingdom: 'Plantae' } as const;
const taxon = (scientificName: string, rank: 'genus' | 'species') => ({
  id: scientificName.toLowerCase().replace(/ /g, '-'),
  scientificName,
  rank,
  higher: plants,
  group: 'plants' as const,
  cites: { appendix: 'II' as const },
  euAnnex: 'B' as const,
});
const imported: DictionaryInput = {
  source: 'cites-checklist',
  listingsAsOf: '2017-04-21',
  taxa: [
    taxon('Dicksonia', 'genus'),
    taxon('Dicksonia sellowiana', 'species'),
    taxon('Goodyera', 'genus'),
    taxon('Cyclamen persicum', 'species'),
    taxon('Gymnocalycium mihanovichii', 'species'),
    taxon('Hylocereus', 'genus'),
  ],
  tradeTerms: [],
  globalExclusions: [{ text: 'Dicksonia antarctica', lang: 'la' }],
};
const matcher = createMatcher(
  compileDictionary(mergeWithBundled(loadBundledDictionary(), DictionarySchema.parse(imported))),
);
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));

describe('checklist taxa the annotations leave in part', () => {
  it.each([
    [
      'Tree fern trunks, Dicksonia sellowiana from southern Brazil, pallet price on request',
      'en',
      'Dicksonia sellowiana',
    ],
    ['Dormant tubers of Cyclamen persicum dug on a Cretan hillside, fifty a bag', 'en', 'Cyclamen persicum'],
    ['Gymnocalycium mihanovichii, green seedlings from wild plants in Paraguay', 'en', 'Gymnocalycium mihanovichii'],
    ['Goodyera repens dug in a Scottish pinewood, shipped in damp moss', 'en', 'Goodyera'],
  ])('are found where the page offers the listed part: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it.each([
    // Only the populations of the Americas are listed; the checklist keeps the Australian species unlisted.
    ['Dicksonia antarctica aus australischer Anzucht, Stamm 90 cm, winterhart mit Schutz', 'de'],
    // Artificially propagated cultivars of Cyclamen persicum are exempt (annotation to Cyclamen).
    ['Cyclamen persicum cultivars in flower, 12 cm pots, at the garden centre', 'en'],
    // Colour mutants grafted on Hylocereus are exempt (annotation to Cactaceae).
    ['Cactus injertados, mutantes de color de Gymnocalycium mihanovichii sobre Hylocereus', 'es'],
    // A word's last two letters swapped are its own ending, not a slip of the orchid genus.
    ['Four Goodyear tyres fitted and balanced, booked in for Saturday morning', 'en'],
  ])('stay quiet where the annotation leaves the page\'s plant out: "%s"', (text, pageLang) => {
    expect(found(text, pageLang)).toEqual([]);
  });
});
