import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { germanPluralOfGenus, pluralsOfGenus, polishCasesOfGenus } from '@/lib/matching/latin-plurals';
import { createMatcher } from '@/lib/matching/matcher';
import { typoVariants } from '@/lib/matching/typo-variants';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));
const slips = (text: string, lang: 'la' | 'de' | 'it' | 'en') => typoVariants({ text, lang }).map((term) => term.text);

describe('one slip in a long name', () => {
  it('writes a doubled consonant once, and a Latin "y" as "i"', () => {
    expect(slips('Trachyphyllia', 'la').sort()).toEqual([
      'Trachiphyllia',
      'Trachyphillia',
      'Trachyphylia',
      // And, a long single-word Latin name, an "i" as "y".
      'Trachyphyllya',
    ]);
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
    // A genus in "-us" too (recall23).
    ['Echinocereus', 'Echinocereen'],
    ['Ariocarpus', 'Ariocarpen'],
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

describe('sellers’ spellings of the words that end many names', () => {
  it('spells the word in every name it ends, and at the end of a German or Dutch compound', () => {
    expect(typoVariants({ text: 'Burmese python', lang: 'en' }).map((term) => term.text)).toEqual([
      'Burmese pyhton',
      'Burmese phyton',
    ]);
    expect(typoVariants({ text: 'Graupapagei', lang: 'de' }).map((term) => term.text)).toEqual(['Graupapagai']);
    expect(typoVariants({ text: 'жёлтый попугай', lang: 'ru' }).map((term) => term.text)).toEqual(['жёлтый папугай']);
  });

  it('leaves a word that only contains the head, or a head of another language, alone', () => {
    // English does not compound: "parrotlet" is no parrot misspelled.
    expect(typoVariants({ text: 'parrotlet', lang: 'en' })).toEqual([]);
    expect(typoVariants({ text: 'python reale', lang: 'it' })).toEqual([]);
  });

  it.each([
    ['Two ball pyhton hatchlings for sale, eating well, collection only', 'en', 'ball pyhton'],
    ['Hand tame Quaker parot for sale, ringed, with a large cage', 'en', 'Quaker parot'],
    ['Verkaufe Graupapagai, handzahm, mit Ring und Käfig', 'de', 'Graupapagai'],
    ['Продаю жако, серый папугай, ручной, с клеткой', 'ru', 'серый папугай'],
    // recall32: sellers' spellings met in fresh32r, each a word that ends many names.
    ['Königspyton 0,1 Albino, frisst Ratten, Abgabe nur an Halter', 'de', 'Königspyton'],
    ['Pijlgiftkikkers uit eigen kweek, diverse kleuren, alleen afhalen', 'nl', 'Pijlgiftkikkers'],
    ['Vendo testugine di Hermann nate nel giardino di casa', 'it', 'testugine di Hermann'],
    ['Veiled chamelon, male, 6 months, with full set-up', 'en', 'Veiled chamelon'],
    ['Trois pyhtons royaux à vendre, mangent bien', 'fr', 'pyhtons royaux'],
  ])('is found in an ad: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it('keeps one spelling for a name with an everyday sense', () => {
    expect(found('Ich lerne Phyton und Java für die Arbeit', 'de')).toEqual([]);
  });
});

describe('a Latin genus declined in Polish, and an "i" written "y"', () => {
  it('gives a genus in "-a" its Polish genitive, "-ia" in "-ii", as written', () => {
    expect(polishCasesOfGenus({ text: 'Goniopora', lang: 'la' })).toEqual([
      { text: 'Goniopory', lang: 'pl', inflect: false },
    ]);
    expect(polishCasesOfGenus({ text: 'Tillandsia', lang: 'la' }).map((term) => term.text)).toEqual(['Tillandsii']);
    expect(polishCasesOfGenus({ text: 'Vanda', lang: 'la' })).toEqual([]);
    expect(polishCasesOfGenus({ text: 'Python regius', lang: 'la' })).toEqual([]);
  });

  it('declines a genus in "-us" as a masculine noun and gives one in "-um" its plural (recall21)', () => {
    expect(polishCasesOfGenus({ text: 'Ariocarpus', lang: 'la' }).map((term) => term.text)).toEqual(
      expect.arrayContaining(['Ariocarpusy', 'Ariocarpusa', 'Ariocarpusów']),
    );
    expect(polishCasesOfGenus({ text: 'Dendrobium', lang: 'la' })).toEqual([
      { text: 'Dendrobiumy', lang: 'pl', inflect: false },
    ]);
    expect(found('Likwiduję kolekcję: Ariocarpusy z wysiewu po 3 cm', 'pl')).toContain('Ariocarpusy');
    expect(found('Wyprzedaż storczyków: Paphiopedilumy w pąkach', 'pl')).toContain('Paphiopedilumy');
  });

  it('writes an "i" of a long single-word Latin name as "y"', () => {
    expect(slips('Pachypodium', 'la')).toContain('Pachypodyum');
    expect(slips('Euphorbia', 'la')).not.toContain('Euphorbya');
  });

  it.each([
    ['Szczepka Goniopory zielonej z akwarium morskiego, 80 zł', 'pl', 'Goniopory'],
    ['Pachypodyum geayi, about 40 cm, in a clay pot, collection only', 'en', 'Pachypodyum'],
  ])('is found in an ad: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });
});

describe('a Latin genus in the plural of English, Spanish, French and Italian (recall23)', () => {
  const plurals = (text: string) => pluralsOfGenus({ text, lang: 'la' }).map((term) => `${term.lang} ${term.text}`);

  it('gives a genus in "-a" the plural of each language and one in "-um" the "-ums" of three', () => {
    expect(plurals('Acropora')).toEqual(['en Acroporas', 'es Acroporas', 'fr Acropores', 'it Acropore']);
    expect(plurals('Mammillaria')).toEqual(['en Mammillarias', 'es Mammillarias', 'fr Mammillaries', 'it Mammillarie']);
    expect(plurals('Astrophytum')).toEqual(['en Astrophytums', 'es Astrophytums', 'fr Astrophytums']);
    expect(pluralsOfGenus({ text: 'Acropora', lang: 'la' }).every((term) => term.inflect === false)).toBe(true);
  });

  it('leaves short genera in "-a", genera in "-us", names of two words and common names alone', () => {
    // Shorter genera in "-a" are Romance words: "parodias", "vanilles", "quechuas".
    expect(plurals('Parodia')).toEqual([]);
    expect(plurals('Vanilla')).toEqual([]);
    expect(plurals('Echinocereus')).toEqual([]);
    expect(plurals('Python regius')).toEqual([]);
    expect(pluralsOfGenus({ text: 'Acropora', lang: 'en' })).toEqual([]);
  });

  it('writes no doubled vowel: a genus in "-ea" has no French or Italian plural', () => {
    // "Jumellees" would read, one slip away, as the binoculars ("jumelles").
    expect(plurals('Jumellea')).toEqual(['en Jumelleas', 'es Jumelleas']);
  });

  it.each([
    ['Astrophytums, mixed seedlings in small pots, grown on a windowsill', 'en', 'Astrophytums'],
    ['Esquejes de acroporas de colores, bien pegados en base', 'es', 'acroporas'],
    ['Boutures d’acropores colorées, bien fixées sur socle', 'fr', 'acropores'],
    ['Lotto di mammillarie in vasetti, una decina di specie', 'it', 'mammillarie'],
  ])('is found in an ad: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });
});

describe('a Latin genus in its Polish spelling (recall23)', () => {
  it('writes a hard "c" as "k", in the singular and in the cases of the Latin spelling', () => {
    const texts = polishCasesOfGenus({ text: 'Acropora', lang: 'la' }).map((term) => term.text);
    expect(texts).toEqual(['Acropory', 'Akropory', 'Akropora']);
    expect(polishCasesOfGenus({ text: 'Ariocarpus', lang: 'la' }).map((term) => term.text)).toContain('Ariokarpusy');
  });

  it('keeps "c" before "e", "i", "y" and in "ch", and respells no short genus', () => {
    expect(polishCasesOfGenus({ text: 'Echinocereus', lang: 'la' }).map((term) => term.text)).toEqual([
      'Echinocereusy',
      'Echinocereusa',
      'Echinocereusów',
    ]);
    expect(polishCasesOfGenus({ text: 'Euphorbia', lang: 'la' }).map((term) => term.text)).toEqual(['Euphorbii']);
    // "Dracula" in Polish spelling is the count.
    expect(polishCasesOfGenus({ text: 'Dracula', lang: 'la' }).map((term) => term.text)).toEqual(['Draculy']);
  });

  it('is found in an ad', () => {
    expect(found('Szczepki koralowców, akropory i montipory w różnych kolorach', 'pl')).toContain('akropory');
  });
});
