import { describe, expect, it } from 'vitest';
import { CueSet } from '@/lib/matching/cue-words';
import { isDrugSource } from '@/lib/matching/drug-source';
import { tokenize } from '@/lib/matching/tokenize';

const fold = (word: string) => word.toLowerCase();
const plantTrade = new CueSet().addFolded('bulbs zwiebeln wild collected');

/** Whether the word `name` of `text` is read as the genus a drug was isolated from. */
function drugSource(text: string, name: string): boolean {
  const tokens = tokenize(text, fold);
  const words = Array.from({ length: tokens.count }, (_, i) => tokens.source(tokens.start(i), tokens.end(i)));
  const word = words.indexOf(name);
  expect(word).toBeGreaterThanOrEqual(0);
  return isDrugSource(tokens, [word, word], () => plantTrade);
}

describe('isDrugSource', () => {
  it('reads a genus beside an alkaloid named after it as the drug’s source', () => {
    expect(drugSource('Atropine, the alkaloid of Atropa, dilates the pupil', 'Atropa')).toBe(true);
    expect(drugSource('Colchicin wird aus Colchicum gewonnen', 'Colchicum')).toBe(true);
    expect(drugSource('колхицин выделяют из Colchicum', 'Colchicum')).toBe(true);
  });

  it('leaves a genus sold as a plant, or with no drug named after it', () => {
    expect(drugSource('Atropa bulbs, wild collected, rich in atropine', 'Atropa')).toBe(false);
    expect(drugSource('Reserpine is isolated from Rauvolfia roots', 'Rauvolfia')).toBe(false);
    expect(drugSource('Atropa belladonna seedlings for the herb garden', 'Atropa')).toBe(false);
  });
});
