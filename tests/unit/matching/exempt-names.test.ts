import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { DOMESTICATED_FORMS, EXEMPT_TAXA } from '@/lib/dictionary/exemptions';
import { compileDictionary } from '@/lib/matching/compile';
import { standardMixedFold } from '@/lib/matching/compile-rules';
import { cueWords } from '@/lib/matching/cue-words';
import { createMatcher } from '@/lib/matching/matcher';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));

/** What a text shows: the highlighted words, and the exempt names with the species they name. */
function marks(text: string) {
  const { matches, exempt } = matcher.scan(text);
  return {
    lit: matches.map((match) => text.slice(match.start, match.end)),
    exempt: exempt.map((name) => [text.slice(name.start, name.end), name.taxon.scientificName]),
  };
}

describe('exempt names', () => {
  it.each([
    ['Budgies for sale, hand-tame', 'Budgies', 'Melopsittacus undulatus'],
    ['Jeunes perruches ondulées à vendre', 'perruches ondulées', 'Melopsittacus undulatus'],
    ['Zwei Nymphensittiche abzugeben', 'Nymphensittiche', 'Nymphicus hollandicus'],
    ['Perzikkopjes te koop, handtam', 'Perzikkopjes', 'Agapornis roseicollis'],
    ['Vendo cotorra de Kramer joven', 'cotorra de Kramer', 'Psittacula krameri'],
    ['Vendo parrocchetto dal collare', 'parrocchetto dal collare', 'Psittacula krameri'],
    ['Sprzedam papużki faliste', 'papużki faliste', 'Melopsittacus undulatus'],
    ['Продаю волнистых попугаев', 'волнистых попугаев', 'Melopsittacus undulatus'],
    ['A pair of Psittacula krameri, ring-necked', 'Psittacula krameri', 'Psittacula krameri'],
  ])('%s: marks "%s" as %s, lights nothing', (text, name, species) => {
    expect(marks(text)).toEqual({ lit: [], exempt: [[name, species]] });
  });

  it('gives a domesticated form precedence over the listed species its name starts like', () => {
    expect(marks('Canis lupus familiaris, the dog')).toEqual({
      lit: [],
      exempt: [['Canis lupus familiaris', 'Canis lupus familiaris']],
    });
    expect(marks('Felis silvestris catus at the vet').exempt).toEqual([['Felis silvestris catus', 'Felis catus']]);
    expect(marks('Domestic water buffalo milk').exempt).toEqual([['Domestic water buffalo', 'Bubalus bubalis']]);
  });

  it('leaves a listed species lit beside an exempt one', () => {
    expect(marks('Budgerigar and African grey parrot for sale')).toEqual({
      lit: ['African grey parrot'],
      exempt: [['Budgerigar', 'Melopsittacus undulatus']],
    });
    expect(marks('A wild Canis lupus, not a dingo')).toEqual({
      lit: ['Canis lupus'],
      exempt: [['dingo', 'Canis lupus dingo']],
    });
  });

  it('says which listing leaves out each domesticated form', () => {
    expect(EXEMPT_TAXA.every((taxon) => taxon.domesticFormOf === undefined)).toBe(true);
    expect(DOMESTICATED_FORMS.map((taxon) => [taxon.scientificName, taxon.domesticFormOf])).toContainEqual([
      'Bubalus bubalis',
      'Bubalus arnee',
    ]);
  });

  it('writes every name so that its first word is a lookup key of three letters or more', () => {
    const names = [...EXEMPT_TAXA, ...DOMESTICATED_FORMS].flatMap((taxon) => taxon.names);
    expect(names.filter((name) => (cueWords(name, standardMixedFold)[0]?.text.length ?? 0) < 3)).toEqual([]);
  });

  it('marks nothing when the matcher runs without senses', () => {
    const plain = createMatcher(compileDictionary(loadBundledDictionary()), { senses: false });
    expect(plain.scan('Budgies for sale').exempt).toEqual([]);
  });
});
