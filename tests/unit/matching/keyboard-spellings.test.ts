import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { latinSpelling } from '@/lib/matching/russian-latin';
import { spellsOtherWord } from '@/lib/matching/term-gates';
import { umlautsSpelledOut } from '@/lib/matching/umlauts-spelled-out';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));

describe('Russian written in Latin letters', () => {
  it('spells a folded word in both schemes, and refuses a letter that is not Russian', () => {
    expect(latinSpelling('черепах', 0)).toBe('cherepakh');
    expect(latinSpelling('черепах', 1)).toBe('cherepah');
    expect(latinSpelling('попугай', 0)).toBe('popugay');
    expect(latinSpelling('попугай', 1)).toBe('popugai');
    expect(latinSpelling('кость', 0)).toBe('kost');
    expect(latinSpelling('cobra', 0)).toBeUndefined();
  });

  it('leaves out names whose Latin spelling is short, an everyday word or another name', () => {
    expect(spellsOtherWord('пума', () => false)).toBe(true);
    expect(spellsOtherWord('леопард', (latin) => latin === 'leopard')).toBe(true);
    expect(spellsOtherWord('жако', () => false)).toBe(false);
  });

  it('finds a name and its case forms as sellers type them', () => {
    expect(found('Otdam zhako v khoroshie ruki, s kletkoi', 'ru')).toEqual(['zhako']);
    expect(found('Kuplyu sredneaziatskuyu cherepakhu, nedorogo', 'ru')).toEqual(['sredneaziatskuyu cherepakhu']);
    expect(found('kuplyu sredneaziatskuyu cherepahu', 'ru')).toEqual(['sredneaziatskuyu cherepahu']);
  });

  it('keeps quiet on Latin words a Russian name would spell', () => {
    expect(found('Puma RS-X sneakers, size 42', 'en')).toEqual([]);
    expect(found('Prodam krossovki Puma, razmer 42', 'ru')).toEqual([]);
  });
});

describe('German umlauts spelled out', () => {
  it('writes ä, ö and ü as ae, oe and ue in a German name only', () => {
    expect(umlautsSpelledOut({ text: 'Bärengalle', lang: 'de' })).toEqual({ text: 'Baerengalle', lang: 'de' });
    expect(umlautsSpelledOut({ text: 'pingüino', lang: 'es' })).toBeUndefined();
    expect(umlautsSpelledOut({ text: 'Graupapagei', lang: 'de' })).toBeUndefined();
  });

  it('finds a name typed without umlauts', () => {
    expect(found('Verkaufe Baerengalle in Kapseln, diskreter Versand', 'de')).toEqual(['Baerengalle']);
  });

  it('reads a material typed without umlauts in a denial', () => {
    expect(found('Trinkbecher aus Wasserbueffel, kein Nashorn', 'de')).toEqual([]);
  });
});
