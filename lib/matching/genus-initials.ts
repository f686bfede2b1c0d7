import type { Taxon, Term } from '@/lib/dictionary/schema';

/**
 * The classes and families whose keepers and growers name a species by its binomial with the genus cut to its
 * initial ("P. regius", "T. horsfieldii", "B. hamorii", "A. asterias"): reptiles, amphibians, tarantulas and scorpions,
 * cacti. Not birds, mammals or orchids, whose trade writes common names or the orchid register's abbreviations
 * (genus-abbreviations.ts); and not every Latin name, which would double the checklist's patterns.
 */
const KEEPERS_CLASSES: ReadonlySet<string> = new Set(['Reptilia', 'Amphibia', 'Arachnida']);
const GROWERS_FAMILIES: ReadonlySet<string> = new Set(['Cactaceae']);
/** Letters an epithet needs: short ones ("leo", "onca", "rex") follow a person's initial as a name does. */
const MIN_EPITHET_LETTERS = 5;

/**
 * A species binomial with its genus written as the initial and a full stop, as keepers write it, or undefined
 * outside KEEPERS_CLASSES and GROWERS_FAMILIES, for other ranks and for short epithets.
 *
 * @example
 * genusInitial({ text: 'Python regius', lang: 'la' }, { class: 'Reptilia' }) // { text: 'P. regius', lang: 'la' }
 * genusInitial({ text: 'Panthera leo', lang: 'la' }, { class: 'Mammalia' }) // undefined
 */
export function genusInitial(term: Term, higher: Taxon['higher']): Term | undefined {
  const kept = KEEPERS_CLASSES.has(higher.class ?? '') || GROWERS_FAMILIES.has(higher.family ?? '');
  const words = term.text.split(' ');
  if (!kept || term.lang !== 'la' || words.length !== 2) return undefined;
  const [genus, epithet] = words as [string, string];
  if (epithet.length < MIN_EPITHET_LETTERS || !/^\p{Lu}\p{Ll}+$/u.test(genus) || !/^\p{Ll}+$/u.test(epithet))
    return undefined;
  return { text: `${genus[0]}. ${epithet}`, lang: 'la' };
}

/**
 * The species of tarantula genera the checklist lists whole ("Poecilotheria spp.", "Brachypelma spp."), which keepers
 * name by initial and epithet ("P. regalis", "B. emilia") though the dictionary holds the genus alone (World Spider
 * Catalog; Brachypelma with the species moved to Tliltocatl in 2020, still listed and still sold under their old
 * names). Epithets of MIN_EPITHET_LETTERS or more, as for genusInitial, and none that is also a person's or a place's
 * name, since matching ignores case ("P. Miranda", "B. Emilia", "P. Formosa" sign letters): miranda, emilia, formosa.
 * Likewise the genera keepers and growers clip (genus-abbreviations.ts) that the dictionary holds as a genus: the star
 * cacti (Cactaceae, App. II; A. asterias, App. I, has its own entry) and the leaf-tailed geckos (App. II since 2005),
 * not "fiera", an Italian word.
 */
const SPECIES_OF_LISTED_GENERA: Readonly<Record<string, readonly string[]>> = {
  Poecilotheria: [
    'chaojii',
    'fasciata',
    'hanumavilasumica',
    'metallica',
    'ornata',
    'pederseni',
    'rajaei',
    'regalis',
    'rufilata',
    'smithi',
    'striata',
    'subfusca',
    'tigrinawesseli',
    'vittata',
  ],
  Brachypelma: [
    'albiceps',
    'auratum',
    'baumgarteni',
    'boehmei',
    'hamorii',
    'klaasi',
    'smithi',
    'albopilosum',
    'vagans',
    'verdezi',
    'kahlenbergi',
    'sabulosum',
    'schroederi',
  ],
  Astrophytum: ['myriostigma', 'capricorne', 'ornatum', 'coahuilense'],
  Uroplatus: [
    'alluaudi',
    'ebenaui',
    'fimbriatus',
    'finiavana',
    'giganteus',
    'guentheri',
    'henkeli',
    'lineatus',
    'malahelo',
    'malama',
    'phantasticus',
    'pietschmanni',
    'sameiti',
    'sikorae',
  ],
};

/**
 * The binomials of a genus-level entry's species, written whole and with the genus as its initial, for the genera
 * of SPECIES_OF_LISTED_GENERA; none for any other taxon.
 *
 * @example
 * speciesOfListedGenus({ scientificName: 'Poecilotheria', rank: 'genus' }).slice(0, 2)
 * // [{ text: 'Poecilotheria chaojii', lang: 'la' }, { text: 'P. chaojii', lang: 'la' }]
 */
export function speciesOfListedGenus(taxon: Pick<Taxon, 'scientificName' | 'rank'>): Term[] {
  const epithets = taxon.rank === 'genus' ? SPECIES_OF_LISTED_GENERA[taxon.scientificName] : undefined;
  return (epithets ?? []).flatMap((epithet) => [
    { text: `${taxon.scientificName} ${epithet}`, lang: 'la' as const },
    { text: `${taxon.scientificName[0]}. ${epithet}`, lang: 'la' as const },
  ]);
}
