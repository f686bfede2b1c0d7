import { describe, expect, it } from 'vitest';
import { matcherFor, taxon } from './dictionary-fixture';

// A group's name matched inside a word yields to a member's own name over that word: "Graupapagei" names the grey
// parrot alone, not the parrot order beside it (two taxa on the badge and in every flag).
const PARROTS = { kingdom: 'Animalia', class: 'Aves', order: 'Psittaciformes' } as const;
const matcher = matcherFor({
  taxa: [
    taxon('psittaciformes', 'Psittaciformes', [{ text: 'Papagei', lang: 'de', match: 'suffix' }], {
      rank: 'order',
      higher: PARROTS,
    }),
    taxon('psittacus-erithacus', 'Psittacus erithacus', [{ text: 'Graupapagei', lang: 'de' }], { higher: PARROTS }),
    taxon('varanus', 'Varanus', [{ text: 'Waran', lang: 'de', match: 'compound' }], {
      rank: 'genus',
      group: 'reptiles',
    }),
    taxon('varanus-indicus', 'Varanus indicus', [{ text: 'Mangrovenwaran', lang: 'de' }], { group: 'reptiles' }),
    // Not a parrot by the taxonomy: its name ending in the parrot word does not silence the order.
    taxon('labrus-testus', 'Labrus testus', [{ text: 'Lippenpapagei', lang: 'de' }], { group: 'fish' }),
  ],
});

/** Each match as [page spelling, ids of its entries]. */
function found(text: string): [string, string[]][] {
  return matcher
    .find(text)
    .map((match) => [
      text.slice(match.start, match.end),
      match.terms.map((term) => matcher.entries[matcher.terms[term]!.entry]!.id),
    ]);
}

describe("a group's name inside a member's name", () => {
  it.each<[string, [string, string[]][]]>([
    ['Zwei Graupapageien abzugeben', [['Graupapageien', ['psittacus-erithacus']]]],
    ['Graupapagei, zahm', [['Graupapagei', ['psittacus-erithacus']]]],
    ['Junger Mangrovenwaran', [['Mangrovenwaran', ['varanus-indicus']]]],
  ])('yields to the member: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, [string, string[]][]]>([
    // A compound the list does not name is the group's.
    ['Schwarzkopfpapageien aus Zucht', [['Schwarzkopfpapageien', ['psittaciformes']]]],
    ['Baumwarane, Nachzucht', [['Baumwarane', ['varanus']]]],
    // Beside a member's name the group's own word still counts.
    [
      'Graupapagei und zwei Papageien',
      [
        ['Graupapagei', ['psittacus-erithacus']],
        ['Papageien', ['psittaciformes']],
      ],
    ],
    // Only a member silences the group: another taxon's name spelled with the group's word does not.
    ['Ein Lippenpapagei', [['Lippenpapagei', ['labrus-testus', 'psittaciformes']]]],
  ])('keeps the group elsewhere: %j', (text, expected) => {
    expect(found(text).map(([words, ids]) => [words, [...ids].sort()])).toEqual(expected);
  });
});
