import { describe, expect, it } from 'vitest';
import { CueSet } from '@/lib/matching/cue-words';
import { namesOtherOrganism, type KindCues } from '@/lib/matching/namesake-genus';
import { tokenize } from '@/lib/matching/tokenize';

const fold = (word: string) => word.toLowerCase();
const reef = new CueSet().addFolded('coral reef polyps aquarium');
const kitchen = new CueSet().addFolded('seaweed soup garden');
const plantKind: KindCues = { own: new CueSet().addFolded('flower pot'), other: reef };
const coralKind: KindCues = { own: reef, other: kitchen };

/** Whether the word `name` of `text` is read as another organism's genus, for a listed taxon of `kind`. */
function namesake(text: string, name: string, kind: KindCues): boolean {
  const tokens = tokenize(text, fold);
  const words = Array.from({ length: tokens.count }, (_, i) => tokens.source(tokens.start(i), tokens.end(i)));
  const word = words.indexOf(name);
  expect(word).toBeGreaterThanOrEqual(0);
  return namesOtherOrganism(tokens, [word, word], () => kind);
}

describe('namesOtherOrganism', () => {
  it('reads a genus among the other kind’s words as the namesake', () => {
    expect(namesake('Sarcophyton toadstool from my reef, polyps out', 'Sarcophyton', plantKind)).toBe(true);
    expect(namesake('Dried Turbinaria seaweed for the garden', 'Turbinaria', coralKind)).toBe(true);
  });

  it('leaves a genus beside its own kind’s words, or with no word of the other kind', () => {
    expect(namesake('Sarcophyton in flower, sold in a pot, coral pink lip', 'Sarcophyton', plantKind)).toBe(false);
    expect(namesake('Turbinaria frag for the reef, no seaweed on it', 'Turbinaria', coralKind)).toBe(false);
    expect(namesake('Turbinaria from an old collection, 12 cm', 'Turbinaria', coralKind)).toBe(false);
  });

  it('reads the word right after the genus as its epithet, not as a cue', () => {
    expect(namesake('Turbinaria garden specimen', 'Turbinaria', coralKind)).toBe(false);
  });
});
