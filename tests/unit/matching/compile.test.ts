import { describe, expect, it } from 'vitest';
import { DictionarySchema, type Appendix } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { CompiledDictionarySchema } from '@/lib/matching/pack/compiled-schema';
import { categoryOf } from '@/lib/matching/entries';
import { createMatcher } from '@/lib/matching/matcher';
import { dictionary, taxon } from './dictionary-fixture';

const input = dictionary({
  taxa: [
    taxon('loxodonta-africana', 'Loxodonta africana', [{ text: 'African elephant', lang: 'en' }], {
      group: 'elephants',
      cites: { appendix: 'I/II', note: 'II: BW, NA, ZA, ZW' },
      euAnnex: 'A/B',
      synonyms: ['Elephas africanus'],
    }),
    taxon('psittacus-erithacus', 'Psittacus erithacus', [{ text: 'Graupapagei', lang: 'de', match: 'compound' }], {
      cites: { appendix: 'I' },
      euAnnex: 'A',
    }),
  ],
  tradeTerms: [
    {
      id: 'ivory',
      kind: 'trade',
      label: 'Ivory',
      tradeCode: 'IVC',
      taxa: ['loxodonta-africana'],
      terms: [{ text: 'ivory', lang: 'en', exclude: ['ivory white'] }],
    },
  ],
  globalExclusions: [{ text: 'faux ivory', lang: 'en' }],
});
const compiled = compileDictionary(DictionarySchema.parse(input));
const sample = 'Elephas africanus tusk, African elephants, Graupapageienzucht, ivory, faux ivory, ivory white';

describe('compileDictionary', () => {
  it.each<[Appendix, string]>([
    ['I', 'app-i'],
    ['I/II', 'app-i'],
    ['I/III', 'app-i'],
    ['II', 'app-ii'],
    ['II/III', 'app-ii'],
    ['III', 'app-iii'],
    ['nc', 'trade'],
  ])('paints Appendix %s as %s', (appendix, category) => {
    expect(categoryOf(appendix)).toBe(category);
  });

  it('lists taxa, then trade terms, as entries', () => {
    expect(compiled.entries).toEqual([
      {
        id: 'loxodonta-africana',
        kind: 'taxon',
        label: 'Loxodonta africana',
        appendix: 'I/II',
        appendixNote: 'II: BW, NA, ZA, ZW',
        euAnnex: 'A/B',
        group: 'elephants',
        category: 'app-i',
        taxa: ['loxodonta-africana'],
      },
      expect.objectContaining({ id: 'psittacus-erithacus', category: 'app-i', taxa: ['psittacus-erithacus'] }),
      {
        id: 'ivory',
        kind: 'trade',
        label: 'Ivory',
        appendix: 'I/II',
        appendixNote: 'II: BW, NA, ZA, ZW',
        euAnnex: 'A/B',
        group: 'elephants',
        category: 'trade',
        taxa: ['loxodonta-africana'],
      },
    ]);
  });

  it('lists scientific names, synonyms and common names as terms, with the spellings sellers give them', () => {
    expect(compiled.terms).toEqual([
      { text: 'Loxodonta africana', lang: 'la', entry: 0 },
      { text: 'Elephas africanus', lang: 'la', entry: 0 },
      { text: 'African elephant', lang: 'en', entry: 0 },
      { text: 'Psittacus erithacus', lang: 'la', entry: 1 },
      { text: 'Graupapagei', lang: 'de', entry: 1 },
      { text: 'Graupapagai', lang: 'de', entry: 1 },
      { text: 'ivory', lang: 'en', entry: 2 },
    ]);
  });

  it('is plain JSON: a round trip changes nothing and matches the same', () => {
    const roundTripped = JSON.parse(JSON.stringify(compiled));
    expect(roundTripped).toEqual(compiled);
    expect(CompiledDictionarySchema.parse(roundTripped)).toEqual(compiled);
    const matches = createMatcher(compiled, { senses: false }).find(sample);
    expect(matches.map((match) => sample.slice(match.start, match.end))).toEqual([
      'Elephas africanus',
      'African elephants',
      'Graupapageienzucht',
      'ivory',
    ]);
    expect(createMatcher(roundTripped, { senses: false }).find(sample)).toEqual(matches);
  });

  it('has a fingerprint that is stable and follows the content', () => {
    expect(compiled.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(compileDictionary(DictionarySchema.parse(input)).fingerprint).toBe(compiled.fingerprint);
    const renamed = structuredClone(input);
    renamed.taxa[1].names = [{ text: 'Graupapagei', lang: 'de' }];
    const relisted = { ...structuredClone(input), listingsAsOf: '2025-06-01' };
    for (const changed of [renamed, relisted]) {
      expect(compileDictionary(DictionarySchema.parse(changed)).fingerprint).not.toBe(compiled.fingerprint);
    }
  });

  it('gives a trade term with no known taxa the unlisted defaults', () => {
    const lone = compileDictionary(
      DictionarySchema.parse(
        dictionary({
          tradeTerms: [
            {
              id: 'white-gold',
              kind: 'code',
              label: 'White gold',
              taxa: ['unknown-taxon'],
              terms: [{ text: 'white gold', lang: 'en' }],
            },
          ],
        }),
      ),
    );
    expect(lone.entries[0]).toEqual({
      id: 'white-gold',
      kind: 'code',
      label: 'White gold',
      appendix: 'nc',
      euAnnex: 'none',
      category: 'trade',
      taxa: ['unknown-taxon'],
    });
  });
});
