import { expect, it } from 'vitest';
import { describeMatch, taxonNames } from '@/lib/detect/describe';
import { fixtureMatcher } from './fixture-dictionary';

const matcher = fixtureMatcher();
const termsOf = (text: string) => matcher.find(text)[0]!.terms;

it.each([
  [
    'Graupapagei',
    {
      title: 'Psittacus erithacus',
      kind: 'taxon',
      appendix: 'I',
      euAnnex: 'A',
      term: 'Graupapagei',
      lang: 'de',
      implies: [],
    },
  ],
  [
    'python royal',
    {
      title: 'Python regius',
      kind: 'taxon',
      appendix: 'II',
      euAnnex: 'B',
      term: 'python royal',
      lang: 'fr',
      implies: [],
    },
  ],
  ['Elfenbein', { title: 'Ivory', kind: 'trade', term: 'Elfenbein', lang: 'de', implies: ['Loxodonta africana'] }],
])('describes %s', (text, expected) => {
  expect(describeMatch(termsOf(text), matcher, taxonNames(matcher))).toEqual([expect.objectContaining(expected)]);
});

it('names a taxon missing from the dictionary by its id', () => {
  expect(taxonNames(matcher)('elephas-maximus')).toBe('elephas-maximus');
});

it('builds its name map on the first look-up, not when created', () => {
  let reads = 0;
  const counting = {
    get entries() {
      reads++;
      return matcher.entries;
    },
  };
  const nameOf = taxonNames(counting);
  expect(reads).toBe(0);
  expect(nameOf('loxodonta-africana')).toBe('Loxodonta africana');
  expect(nameOf('psittacus-erithacus')).toBe('Psittacus erithacus');
  expect(reads).toBe(1);
});
