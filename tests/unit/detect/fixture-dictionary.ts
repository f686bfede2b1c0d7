import { DictionarySchema, type DictionaryInput } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

const taxon = (
  id: string,
  scientificName: string,
  appendix: 'I' | 'II' | 'III' | 'I/II',
  euAnnex: 'A' | 'B' | 'C',
  names: [string, string][],
) => ({
  id,
  scientificName,
  rank: 'species' as const,
  higher: { kingdom: 'Animalia' as const },
  group: 'birds' as const,
  cites: { appendix },
  euAnnex,
  names: names.map(([lang, text]) => ({ lang: lang as 'en', text })),
});

/** A small hand-made dictionary: the unit under test is the DOM layer, not the dictionary. */
export const fixtureDictionary: DictionaryInput = {
  source: 'bundled',
  listingsAsOf: '2025-06-01',
  taxa: [
    taxon('psittacus-erithacus', 'Psittacus erithacus', 'I', 'A', [
      ['en', 'Grey parrot'],
      ['de', 'Graupapagei'],
    ]),
    taxon('loxodonta-africana', 'Loxodonta africana', 'I/II', 'A', [['en', 'African elephant']]),
    taxon('python-regius', 'Python regius', 'II', 'B', [
      ['en', 'Ball python'],
      ['fr', 'python royal'],
    ]),
    taxon('mellivora-capensis', 'Mellivora capensis', 'III', 'C', [['en', 'Honey badger']]),
  ],
  tradeTerms: [
    {
      id: 'ivory',
      kind: 'trade',
      label: 'Ivory',
      taxa: ['loxodonta-africana'],
      terms: [
        { lang: 'en', text: 'ivory', exclude: ['ivory white'] },
        { lang: 'de', text: 'Elfenbein', match: 'compound' },
      ],
    },
  ],
};

/** The fixture dictionary, compiled, behind the real matcher. */
// Without the sense filter: these tests are about the DOM layer, and "ivory" alone stands for any match.
export const fixtureMatcher = () =>
  createMatcher(compileDictionary(DictionarySchema.parse(fixtureDictionary)), { senses: false });
