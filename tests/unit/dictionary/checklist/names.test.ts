import { describe, expect, it } from 'vitest';
import { plainAnnotation, slugOf, splitNameList, synonymsWithoutAuthors } from '@/lib/dictionary/checklist/names';
import { tradeGroupOf, type Placement } from '@/lib/dictionary/checklist/group';
import { guessListingsDate } from '@/lib/dictionary/checklist/date';

describe('slugOf', () => {
  it.each([
    ['Psittacus erithacus', 'psittacus-erithacus'],
    ['Dactylocnemis "North Cape"', 'dactylocnemis-north-cape'],
    ['Aloe compressa var. rugosquamosa', 'aloe-compressa-var-rugosquamosa'],
    ['Phelsuma v-nigra', 'phelsuma-v-nigra'],
    ['Paphiopedilum × Maudiae', 'paphiopedilum-maudiae'],
    ['Begonia hügelii', 'begonia-hugelii'],
  ])('slugs %s', (name, slug) => expect(slugOf(name)).toBe(slug));
});

describe('splitNameList', () => {
  it('splits, trims, single-spaces and drops blanks and repeats', () => {
    expect(splitNameList('Grey Parrot,  Jacquot ,, Grey  Parrot, X')).toEqual(['Grey Parrot', 'Jacquot']);
  });
});

describe('synonymsWithoutAuthors', () => {
  it.each([
    ['Ornismya abeillei Lesson & DeLattre, 1839', ['Ornismya abeillei']],
    [
      'Caracara lutosus (Ridgway, 1876), Polyborus lutosus Ridgway, 1876, Caracara plancus lutosus , Polyborus plancus lutosus ',
      ['Caracara lutosus', 'Polyborus lutosus', 'Caracara plancus lutosus', 'Polyborus plancus lutosus'],
    ],
    [
      'Hylaplesia pumilio Günther, 1859 "1858", Hylaplesia ignita Knauer, 1883',
      ['Hylaplesia pumilio', 'Hylaplesia ignita'],
    ],
    [
      'Orchis salina Turcz. ex Lindl., Dactylorchis salina (Turcz. ex Lindl.) Verm.',
      ['Orchis salina', 'Dactylorchis salina'],
    ],
    ['Habenaria kleyi Rolfe ex Ames, Habenaria hauman-mercki Hicken', ['Habenaria kleyi', 'Habenaria hauman-mercki']],
    ['Aloe laeta var. maniaensis H.Perrier', ['Aloe laeta var. maniaensis']],
    ['Balantium antarcticum (Labill 1806) C.Presl. 1836', ['Balantium antarcticum']],
    ['', []],
  ])('reads %j', (value, expected) => expect(synonymsWithoutAuthors(value)).toEqual(expected));
});

describe('plainAnnotation', () => {
  it.each([
    ['Appendix I: ', ''],
    [
      'Appendix I:All populations except those of <i>BW</i>. \nAppendix II:Populations of BW ',
      'Appendix I: All populations except those of BW. Appendix II: Populations of BW',
    ],
    ['Appendix II:Logs &amp; sawn wood', 'Appendix II: Logs & sawn wood'],
  ])('turns %j into plain text', (html, text) => expect(plainAnnotation(html)).toBe(text));
});

describe('tradeGroupOf', () => {
  const animal = (cls: string, order: string, family: string, name: string, genus?: string): Placement => ({
    kingdom: 'Animalia',
    class: cls,
    order,
    family,
    name,
    genus,
  });
  it.each([
    [animal('Mammalia', 'Proboscidea', 'Elephantidae', 'Loxodonta africana'), 'elephants'],
    [animal('Mammalia', 'Carnivora', 'Felidae', 'Panthera tigris', 'Panthera'), 'big-cats'],
    [animal('Mammalia', 'Carnivora', 'Felidae', 'Lynx lynx', 'Lynx'), 'other-mammals'],
    [animal('Mammalia', 'Primates', 'Hominidae', 'Pongo abelii'), 'primates'],
    [animal('Mammalia', 'Carnivora', 'Ursidae', 'Ursidae'), 'bears'],
    [animal('Mammalia', 'Perissodactyla', 'Rhinocerotidae', 'Diceros bicornis'), 'rhinos'],
    [animal('Mammalia', 'Pholidota', 'Manidae', 'Manis javanica'), 'pangolins'],
    [animal('Reptilia', 'Testudines', 'Cheloniidae', 'Chelonia mydas'), 'marine-turtles'],
    [animal('Reptilia', 'Testudines', 'Testudinidae', 'Testudo graeca'), 'reptiles'],
    [animal('Amphibia', 'Anura', 'Dendrobatidae', 'Oophaga pumilio'), 'amphibians'],
    [animal('Aves', 'Psittaciformes', 'Psittacidae', 'Psittacus erithacus'), 'birds'],
    [animal('Elasmobranchii', 'Lamniformes', 'Lamnidae', 'Carcharodon carcharias'), 'fish'],
    [animal('Anthozoa', 'Scleractinia', 'Acroporidae', 'Acropora'), 'corals'],
    [animal('Insecta', 'Lepidoptera', 'Papilionidae', 'Ornithoptera'), 'invertebrates'],
    [
      { kingdom: 'Plantae', order: 'Fabales', family: 'Leguminosae', genus: 'Dalbergia', name: 'Dalbergia nigra' },
      'timber',
    ],
    [{ kingdom: 'Plantae', order: 'Orchidales', family: 'Orchidaceae', name: 'Ophrys apifera' }, 'plants'],
  ] as const)('places %o in %s', (placement, group) => expect(tradeGroupOf(placement)).toBe(group));
});

describe('guessListingsDate', () => {
  const march2020 = Date.UTC(2020, 2, 5);
  it.each([
    ['checklist-index-of-cites-species-2017-04-21.csv.gz', '2017-04-21'],
    ['cites_listings_2025-01-15 10_30_comma_separated.csv', '2025-01-15'],
    ['export-2017-13-45.csv', '2020-03-05'],
    ['Index_of_CITES_Species.csv', '2020-03-05'],
  ])('reads %s as %s', (name, date) => expect(guessListingsDate(name, march2020)).toBe(date));
});
