import { describe, expect, it } from 'vitest';
import { matcherFor, taxon } from './dictionary-fixture';

const matcher = matcherFor({
  taxa: [
    taxon('psittacus-erithacus', 'Psittacus erithacus', [
      { text: 'African grey parrot', lang: 'en' },
      { text: 'grey parrot', lang: 'en' },
      { text: 'Jaco', lang: 'fr' },
    ]),
    taxon('psittaciformes', 'Psittaciformes', [{ text: 'parrot', lang: 'en' }], { rank: 'order' }),
    taxon('psittacus-timneh', 'Psittacus timneh', [
      { text: 'grey parrot', lang: 'en' },
      { text: 'Jaco', lang: 'fr' },
    ]),
  ],
  tradeTerms: [
    {
      id: 'parrot-trade',
      kind: 'code',
      label: 'Parrot',
      taxa: ['psittaciformes'],
      terms: [{ text: 'parrot', lang: 'en' }],
    },
  ],
});

/** Each match as [page spelling, labels of its entries]. */
function described(text: string): [string, string[]][] {
  return matcher
    .find(text)
    .map((match) => [
      text.slice(match.start, match.end),
      match.terms.map((term) => matcher.entries[matcher.terms[term].entry].label),
    ]);
}

describe('overlaps', () => {
  it.each<[string, [string, string[]][]]>([
    ['an African grey parrot', [['African grey parrot', ['Psittacus erithacus']]]],
    ['a grey parrot', [['grey parrot', ['Psittacus erithacus', 'Psittacus timneh']]]],
    ['a parrot', [['parrot', ['Psittaciformes', 'Parrot']]]],
    [
      'African grey parrot, grey parrot and parrot',
      [
        ['African grey parrot', ['Psittacus erithacus']],
        ['grey parrot', ['Psittacus erithacus', 'Psittacus timneh']],
        ['parrot', ['Psittaciformes', 'Parrot']],
      ],
    ],
    [
      'African grey parrot parrot',
      [
        ['African grey parrot', ['Psittacus erithacus']],
        ['parrot', ['Psittaciformes', 'Parrot']],
      ],
    ],
    ['Jaco', [['Jaco', ['Psittacus erithacus', 'Psittacus timneh']]]],
  ])('%s', (text, expected) => {
    expect(described(text)).toEqual(expected);
  });

  it('returns matches sorted by start and never overlapping', () => {
    const text = 'grey parrot African grey parrot parrot grey parrots Jaco '.repeat(20);
    const matches = matcher.find(text);
    expect(matches).toHaveLength(100);
    matches.slice(1).forEach((match, i) => expect(match.start).toBeGreaterThanOrEqual(matches[i].end));
  });

  it('lists every term with one spelling once, in term order', () => {
    const [match] = matcher.find('grey parrot');
    expect(match.terms).toEqual([...new Set(match.terms)].sort((a, b) => a - b));
    expect(match.terms.map((term) => matcher.terms[term].text)).toEqual(['grey parrot', 'grey parrot']);
  });
});
