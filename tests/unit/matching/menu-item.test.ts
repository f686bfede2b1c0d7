import { describe, expect, it } from 'vitest';
import { CueSet } from '@/lib/matching/cue-words';
import { isMenuItem } from '@/lib/matching/menu-item';
import { tokenize } from '@/lib/matching/tokenize';

const fold = (word: string) => word.toLowerCase();
const food = new CueSet().addFolded('lime limette sugar ginger');

/** Whether the word `name` of `text` is read as a dish's or a drink's on a menu. */
function menuItem(text: string, name: string): boolean {
  const tokens = tokenize(text, fold);
  const words = Array.from({ length: tokens.count }, (_, i) => tokens.source(tokens.start(i), tokens.end(i)));
  const word = words.indexOf(name);
  expect(word).toBeGreaterThanOrEqual(0);
  return isMenuItem(tokens, [word, word], food);
}

describe('isMenuItem', () => {
  it('reads a name glossed with its ingredients as a dish or a drink', () => {
    expect(menuItem('Tonight: the Kestrel (rum, lime) and a spritz', 'Kestrel')).toBe(true);
    expect(menuItem('Karte: Marder (Gin, Limette, Soda)', 'Marder')).toBe(true);
  });

  it('leaves a name glossed with another name or with the animal alone', () => {
    expect(menuItem('Kestrel (Falco tinnunculus), captive bred, lime green ring', 'Kestrel')).toBe(false);
    expect(menuItem('Kestrel, rum and lime on the side', 'Kestrel')).toBe(false);
    expect(menuItem('a kestrel (sugar glider cage)', 'kestrel')).toBe(false);
  });
});
