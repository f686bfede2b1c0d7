import { describe, expect, it } from 'vitest';
import { standardMixedFold } from '@/lib/matching/compile-rules';
import { opensInciName } from '@/lib/matching/inci-names';
import { tokenize } from '@/lib/matching/tokenize';

/** Whether the name's words, found in the text, open an INCI name there. */
function opens(text: string, name: string): boolean {
  const tokens = tokenize(text, standardMixedFold);
  const words = Array.from({ length: tokens.count }, (_, word) => tokens.source(tokens.start(word), tokens.end(word)));
  const first = words.indexOf(name.split(' ')[0]!);
  return opensInciName(tokens, first, first + name.split(' ').length - 1);
}

describe('INCI names of cosmetic ingredients', () => {
  it.each([
    ['Aqua, Orchis Mascula Flower Extract, Parfum', 'Orchis Mascula'],
    ['Aloe Barbadensis Leaf Juice, Glycerin', 'Aloe Barbadensis'],
    ['Cera Alba, Euphorbia Cerifera Cera, Tocopherol', 'Euphorbia Cerifera'],
    ['Glycerin, Vanilla Planifolia Fruit Extract', 'Vanilla'],
    ['Aqua, Dendrobium Nobile Extract', 'Dendrobium Nobile'],
    // Parts joined by slashes, as the nomenclature writes them.
    ['Glycerin, Orchis Mascula Flower/Leaf/Stem Extract, Parfum', 'Orchis Mascula'],
    ['Aqua, Aloe Ferox Leaf / Stem Juice', 'Aloe Ferox'],
  ])('"%s" opens one at %s', (text, name) => {
    expect(opens(text, name)).toBe(true);
  });

  it.each([
    ['Python Regius Pastel Morph, captive bred', 'Python Regius'],
    ['Vanilla Planifolia Cuttings, rooted', 'Vanilla Planifolia'],
    ['Aloe barbadensis leaf juice', 'Aloe barbadensis'],
    ['Dalbergia Nigra Wood Fingerboard', 'Dalbergia Nigra'],
    ['Cyclamen Coum Seed Flower Leaf Root Stem Extract', 'Cyclamen Coum'],
    ['Dendrobium Nobile', 'Dendrobium Nobile'],
    ['Python Regius/Pastel Extract', 'Python Regius'],
    ['Cyclamen Coum Seed/Flower/Leaf/Root Extract', 'Cyclamen Coum'],
  ])('"%s" opens none at %s', (text, name) => {
    expect(opens(text, name)).toBe(false);
  });
});
