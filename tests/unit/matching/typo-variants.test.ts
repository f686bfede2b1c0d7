import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { germanPluralOfGenus } from '@/lib/matching/latin-plurals';
import { createMatcher } from '@/lib/matching/matcher';
import { typoVariants } from '@/lib/matching/typo-variants';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));
const slips = (text: string, lang: 'la' | 'de' | 'it' | 'en') => typoVariants({ text, lang }).map((term) => term.text);

describe('one slip in a long name', () => {
  it('writes a doubled consonant once, and a Latin "y" as "i"', () => {
    expect(slips('Trachyphyllia', 'la').sort()).toEqual(['Trachiphyllia', 'Trachyphillia', 'Trachyphylia']);
    expect(slips('Tigerkralle', 'de')).toEqual(['Tigerkrale']);
  });

  it('leaves short words, doubled vowels and Latin names of two words alone', () => {
    expect(slips('Python', 'la')).toEqual([]);
    expect(slips('Moorschildkröte', 'de')).toEqual([]);
    expect(slips('Phyllobates terribilis', 'la')).toEqual([]);
    // "y" is a slip for "i" in Latin only: in English names it is the word's own letter.
    expect(slips('honeycreeper', 'en')).toEqual([]);
  });

  it('writes a Latin "y" as "i" from eight letters, and a Russian "о" as "а" in a single-word name', () => {
    expect(slips('Uromastyx', 'la')).toEqual(['Uromastix']);
    expect(typoVariants({ text: 'панголин', lang: 'ru' }).map((term) => term.text)).toEqual(['пангалин']);
    expect(typoVariants({ text: 'обезьяна', lang: 'ru' }).map((term) => term.text)).toEqual([]);
    expect(typoVariants({ text: 'белый медведь', lang: 'ru' })).toEqual([]);
    expect(slips('Pythonid', 'en')).toEqual([]);
  });

  it('slips the name’s exclusions alike', () => {
    const [variant] = typoVariants({
      text: 'pelle di coccodrillo',
      lang: 'it',
      exclude: ['stampa pelle di coccodrillo'],
    });
    expect(variant).toEqual({
      text: 'pelle di cocodrillo',
      lang: 'it',
      exclude: ['stampa pelle di coccodrillo', 'stampa pelle di cocodrillo'],
    });
  });

  it.each([
    ['Verkaufe eine Trachyphylia, rot, etwa acht Zentimeter, nur Abholung', 'de', 'Trachyphylia'],
    ['Vendo trachiphyllia verde fluo, colonia grande, solo ritiro a mano', 'it', 'trachiphyllia'],
    ['Borsa vintage in pelle di cocodrillo, manico rigido, ottimo stato', 'it', 'pelle di cocodrillo'],
    ['Uromastix femelle de trois ans, très calme, vendue avec son terrarium', 'fr', 'Uromastix'],
    ['Продаю чешую пангалина, оптом и в розницу, доставка по городу', 'ru', 'пангалина'],
  ])('is found in an ad: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });
});

describe('the German plural of a Latin genus', () => {
  it.each([
    ['Dendrobium', 'Dendrobien'],
    ['Paphiopedilum', 'Paphiopedilen'],
    ['Euphorbia', 'Euphorbien'],
    ['Tillandsia', 'Tillandsien'],
  ])('%s → %s', (genus, plural) => {
    expect(germanPluralOfGenus({ text: genus, lang: 'la' })).toEqual({ text: plural, lang: 'de', inflect: false });
  });

  it('is made of long single-word Latin names only', () => {
    expect(germanPluralOfGenus({ text: 'Vanda', lang: 'la' })).toBeUndefined();
    expect(germanPluralOfGenus({ text: 'Python regius', lang: 'la' })).toBeUndefined();
    expect(germanPluralOfGenus({ text: 'Nepenthes', lang: 'la' })).toBeUndefined();
    expect(germanPluralOfGenus({ text: 'Euphorbia', lang: 'en' })).toBeUndefined();
  });

  it('is found in a German page', () => {
    expect(found('Drei blühfähige Euphorbien aus meiner Sammlung gegen Abholung', 'de')).toContain('Euphorbien');
  });
});
