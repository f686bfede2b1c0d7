import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { genusInitial, speciesOfListedGenus } from '@/lib/matching/genus-initials';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));

const reptile = { kingdom: 'Animalia', class: 'Reptilia' } as const;
const cactus = { kingdom: 'Plantae', family: 'Cactaceae' } as const;
const mammal = { kingdom: 'Animalia', class: 'Mammalia' } as const;
const orchid = { kingdom: 'Plantae', family: 'Orchidaceae' } as const;

describe("keepers' and growers' genus initials", () => {
  it.each([
    ['Python regius', reptile, 'P. regius'],
    ['Astrophytum asterias', cactus, 'A. asterias'],
    ['Varanus salvator', reptile, 'V. salvator'],
    ['Naja naja', reptile, undefined],
    ['Python', reptile, undefined],
    ['Python regius regius', reptile, undefined],
    ['Panthera pardus', mammal, undefined],
    ['Paphiopedilum armeniacum', orchid, undefined],
  ] as const)('%s → %s', (text, higher, initial) => {
    expect(genusInitial({ text, lang: 'la' }, higher)?.text).toBe(initial);
  });

  it('shortens Latin names only', () => {
    expect(genusInitial({ text: 'Python regius', lang: 'en' }, reptile)).toBeUndefined();
  });

  it.each([
    ['T. horsfieldii, 5 inch female, eats everything, comes with its table', 'en', 'T. horsfieldii'],
    ['C. calyptratus mâle adulte avec terrarium et lampe', 'fr', 'C. calyptratus'],
    ['T. graeca ibera maschio adulto, in salute, cerco giardino', 'it', 'T. graeca'],
  ])('finds the initial and epithet of a listed species: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it.each([
    ['Signed by J. Major and P. Leo on behalf of the committee', 'en'],
    ['Die Kasse prüften A. Müller und T. Schmidt ohne Beanstandung', 'de'],
  ])('leaves people\'s initials quiet: "%s"', (text, pageLang) => {
    expect(found(text, pageLang)).toEqual([]);
  });

  it('names the species of a tarantula genus the checklist lists whole, by initial and in full (recall32)', () => {
    const names = speciesOfListedGenus({ scientificName: 'Poecilotheria', rank: 'genus' }).map((term) => term.text);
    expect(names).toEqual(expect.arrayContaining(['P. regalis', 'Poecilotheria regalis', 'P. metallica']));
    expect(speciesOfListedGenus({ scientificName: 'Python', rank: 'genus' })).toEqual([]);
    expect(speciesOfListedGenus({ scientificName: 'Poecilotheria', rank: 'species' })).toEqual([]);
  });

  it.each([
    ['P. metallica sling, 2 cm, eating flightless fruit flies', 'en', 'P. metallica'],
    ['Biete B. hamorii Weibchen, ca. 5 cm Körperlänge, Abholung', 'de', 'B. hamorii'],
    ['Sprzedam P. rufilata L4, wysyłka paczkomatem', 'pl', 'P. rufilata'],
  ])('finds such a species by its initial: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it('leaves an epithet that is also a name quiet after an initial', () => {
    expect(found('Signed by P. Miranda and B. Emilia Nowak for the board', 'en')).toEqual([]);
  });
});
