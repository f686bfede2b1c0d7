import { describe, expect, it, vi } from 'vitest';
import { anyCue, CueSet, lazyCueSet } from '@/lib/matching/cue-words';

// Folded lists as the compiler stores them: a `*` makes the word before it a stem.
const cues = new CueSet().addFolded('tusk carv* netsuk* ca* elfenbeinschnitzere* scrimshaw');

describe('CueSet', () => {
  it.each([
    ['tusk', true],
    ['tusks', false],
    ['carv', true],
    ['carved', true],
    ['carving', true],
    ['car', false],
    ['netsuke', true],
    ['netsu', false],
    // A stem of fewer than three letters would swallow unrelated words: it is never tried.
    ['cat', false],
    ['ca', false],
    // Nor one longer than any prefix a word is tried with (16 letters).
    ['elfenbeinschnitzerei', false],
    ['scrimshaw', true],
    ['', false],
  ])('says whether "%s" is a cue: %s', (word, expected) => {
    expect(cues.has(word)).toBe(expected);
  });

  it('answers for several sets at once', () => {
    const other = new CueSet().addFolded('ivor*');
    expect(anyCue([cues, other]).has('ivory')).toBe(true);
    expect(anyCue([cues, other]).has('carvings')).toBe(true);
    expect(anyCue([cues, other]).has('bone')).toBe(false);
  });

  it('answers the same when the list is read on the first word asked', () => {
    const lazy = lazyCueSet('tusk carv* netsuk* ca* elfenbeinschnitzere* scrimshaw');
    for (const word of ['tusk', 'carving', 'netsu', 'cat', 'scrimshaw', 'bone', ''])
      expect(lazy.has(word)).toBe(cues.has(word));
  });

  it('reads the list once, on the first word asked, not when made', () => {
    const read = vi.spyOn(CueSet.prototype, 'addFolded');
    const lazy = lazyCueSet('tusk carv*');
    expect(read).not.toHaveBeenCalled();
    lazy.has('tusk');
    lazy.has('carving');
    expect(read).toHaveBeenCalledTimes(1);
    read.mockRestore();
  });
});
