import { describe, expect, it } from 'vitest';
import { CueSet } from '@/lib/matching/cue-words';

describe('CueSet', () => {
  it('holds whole words and stems', () => {
    const cues = new CueSet().addFolded('tusk carv*');
    expect(['tusk', 'carved', 'carving'].map((word) => cues.has(word))).toEqual([true, true, true]);
    expect(['tusks', 'car'].map((word) => cues.has(word))).toEqual([false, false]);
  });

  it('holds the words and stems of the sets it includes, read once and shared', () => {
    const general = new CueSet().addFolded('zoo breed*');
    const food = new CueSet().addFolded('recipe');
    const rule = new CueSet().addFolded('tusk').include(general, food);
    const other = new CueSet().include(general);
    expect(['tusk', 'zoo', 'breeder', 'recipe'].map((word) => rule.has(word))).toEqual([true, true, true, true]);
    expect(['tusk', 'recipe', 'breeding'].map((word) => other.has(word))).toEqual([false, false, true]);
    expect(general.has('tusk')).toBe(false);
  });
});
