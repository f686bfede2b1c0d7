import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/matching/tokenize';
import { glossedByUnlistedBinomial } from '@/lib/matching/unlisted-binomial';

const fold = (word: string) => word.toLowerCase();

/**
 * Whether the common name `name` of `text` is glossed by an unlisted binomial, the words of `listed` lying in
 * dictionary matches and the name standing for species of `ownGenus` (folded) only.
 */
function glossed(text: string, name: string, listed: string[] = [], ownGenus = ''): boolean {
  const tokens = tokenize(text, fold);
  const words = Array.from({ length: tokens.count }, (_, i) => tokens.source(tokens.start(i), tokens.end(i)));
  const nameWords = name.split(' ');
  const first = words.indexOf(nameWords[0]!);
  expect(first).toBeGreaterThanOrEqual(0);
  return glossedByUnlistedBinomial(
    tokens,
    [first, first + nameWords.length - 1],
    (word) => listed.includes(words[word]!),
    (genus) => genus !== ownGenus,
  );
}

describe('glossedByUnlistedBinomial', () => {
  it('reads a name glossed in brackets within its clause by a binomial no match covers as that organism', () => {
    expect(glossed('Bâtons de palo santo du Pérou (Bursera graveolens), lot de 10', 'palo santo')).toBe(true);
    expect(glossed('Escorpión de cola gruesa (Androctonus australis), adulto', 'Escorpión')).toBe(true);
  });

  it('reads a binomial right after the name as its gloss', () => {
    expect(glossed('Escorpión Pandinus cavimanus, pinzas rojas, adulto', 'Escorpión')).toBe(true);
  });

  it('keeps a name whose binomial the dictionary lists, since it matched whole', () => {
    const listed = ['Heloderma', 'horridum'];
    expect(glossed('Escorpión (Heloderma horridum) adulto, con papeles', 'Escorpión', listed)).toBe(false);
  });

  it('keeps a name glossed by a species of a genus it stands for (its own, or any of its family’s)', () => {
    expect(glossed('Clavel del aire (Tillandsia ionantha), lote de cinco', 'Clavel del aire', [], 'tillandsia')).toBe(
      false,
    );
  });

  it('keeps a name whose bracket comes after the clause ends or after another match', () => {
    expect(glossed('Palo santo wood, and a scorpion (Androctonus australis) too', 'Palo santo')).toBe(false);
    expect(glossed('Escorpión emperador y tarántula (Grammostola rosea)', 'Escorpión', ['tarántula'])).toBe(false);
  });

  it('takes no pair of everyday words for a binomial', () => {
    expect(glossed('Myszołów Harrisa samica, ułożona, z wyposażeniem', 'Myszołów')).toBe(false);
    expect(glossed('Graupapagei Handaufzucht zahm und gesund', 'Graupapagei')).toBe(false);
    expect(glossed('Perroquet Gris du Gabon (mâle adulte), bagué', 'Perroquet')).toBe(false);
  });
});
