import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { compileDictionary } from '@/lib/matching/compile';
import { packParadigms, unpackParadigms } from '@/lib/matching/packed-paradigms';
import { Endings } from '@/lib/matching/walk';

const paradigms = compileDictionary(loadBundledDictionary()).paradigms;

describe('packParadigms', () => {
  it('gives back the compiled paradigms, the bare word first', () => {
    expect(unpackParadigms(packParadigms(paradigms))).toEqual(paradigms);
    expect(unpackParadigms(packParadigms([[''], ['', 'es', 's']]))).toEqual([[''], ['', 'es', 's']]);
  });

  it('groups every distinct ending once by its last character, in the order first met', () => {
    const endings = new Endings(packParadigms([[''], ['', 'es', 's'], ['en', 'es', 'ей'], ['s', 'ей']]));
    expect(endings.endingWith('s')).toEqual(['es', 's']);
    expect(endings.endingWith('n')).toEqual(['en']);
    expect(endings.endingWith('й')).toEqual(['ей']);
    expect(endings.endingWith('x')).toEqual([]);
  });

  it("answers for the bundled paradigms as each paradigm's own endings say", () => {
    const endings = new Endings(packParadigms(paradigms));
    const distinct = [...new Set(paradigms.flat())].filter(Boolean);
    for (const ending of distinct) expect(endings.endingWith(ending.at(-1)!)).toContain(ending);
    expect(new Set(distinct.flatMap((ending) => endings.endingWith(ending.at(-1)!))).size).toBe(distinct.length);
    paradigms.forEach((own, paradigm) => {
      for (const ending of distinct) expect(endings.allows(paradigm, ending)).toBe(own.includes(ending));
      expect(endings.allows(paradigm, '')).toBe(own.includes(''));
    });
  });

  it('refuses what the packed form could not give back', () => {
    expect(() => packParadigms([['', 'a\tb']])).toThrow(RangeError);
    expect(() => packParadigms([[''], []])).toThrow(RangeError);
  });
});
