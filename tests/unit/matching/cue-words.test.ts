import { describe, expect, it, vi } from 'vitest';
import { anyCue, CueSet, EVERY_LANG, fitsLang, langMask, lazyCueSet } from '@/lib/matching/cue-words';

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

  it('cuts no substring of the word it is asked about: the sense filter asks of every word near a match', () => {
    const words = ['tusk', 'carving', 'netsuke', 'cat', 'scrimshaws', 'bone'];
    const slice = vi.spyOn(String.prototype, 'slice');
    const answers = words.map((word) => cues.has(word));
    expect(slice).not.toHaveBeenCalled();
    slice.mockRestore();
    expect(answers).toEqual([true, true, true, false, false, false]);
  });

  it('tells apart stems whose first letters share a key: past U+01FF a key may stand for several starts', () => {
    // 'ѱ' (U+0471) and 'q' (U+0071) give one key: each word is still tried against the stems themselves.
    const mixed = new CueSet().addFolded('ѱab* qab*');
    expect(mixed.has('ѱabc')).toBe(true);
    expect(mixed.has('qabc')).toBe(true);
    expect(mixed.has('ѱacd')).toBe(false);
    expect(new CueSet().addFolded('ѱab*').has('qabc')).toBe(false);
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

// Written for this test: a folded list keeps each word's languages under a header (compile-rules.ts writes them).
describe('cue languages', () => {
  const cues = new CueSet().addFolded('zoo safari* @en tour conservation* @fr.nl entree guide*');

  it('reads the languages of each word and stem, every language before any header', () => {
    expect(cues.langsOf('zoo')).toBe(EVERY_LANG);
    expect(cues.langsOf('safaris')).toBe(EVERY_LANG);
    expect(cues.langsOf('tour')).toBe(langMask('en'));
    expect(cues.langsOf('conservationist')).toBe(langMask('en'));
    expect(cues.langsOf('guides')).toBe(langMask('fr.nl'));
    expect(cues.langsOf('lion')).toBe(0);
  });

  it('counts a cue in text of its own language, of unknown language, or any for an international word', () => {
    expect(fitsLang(cues.langsOf('tour'), 'en')).toBe(true);
    expect(fitsLang(cues.langsOf('tour'), 'fr')).toBe(false);
    expect(fitsLang(cues.langsOf('tour'), undefined)).toBe(true);
    expect(fitsLang(cues.langsOf('entree'), 'nl')).toBe(true);
    expect(fitsLang(cues.langsOf('entree'), 'en')).toBe(false);
    expect(fitsLang(cues.langsOf('zoo'), 'pl')).toBe(true);
    expect(fitsLang(cues.langsOf('lion'), undefined)).toBe(false);
  });

  it('asks several sets for the languages of all of them', () => {
    expect(anyCue([cues, new CueSet().addFolded('@de tour')]).langsOf('tour')).toBe(langMask('en.de'));
  });
});
