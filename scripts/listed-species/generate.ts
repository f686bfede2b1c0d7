// Regenerates lib/dictionary/bundled/listed-species.ts from the CITES Checklist export (Index of CITES Species):
//   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts scripts/listed-species/generate.ts \
//     ../shared/data/cites/checklist-index-of-cites-species-2017-04-21.csv.gz && npx prettier --write \
//     lib/dictionary/bundled/listed-species.ts
// Kept, by scientific name and synonyms only, for all animal classes and plant orders but the groups out of scope:
// (1) the listed species, subspecies and varieties of genera CITES lists only in part: such a genus cannot be lit
// alone, so its listed members need their own names; (2) the genera CITES lists whole at genus rank, named alone,
// unless spelled like an everyday word, a proper name or another thing's name (then their species, as in 1). Each
// entry is mapped by the checklist import (mapChecklistRow): the Appendix is the checklist's, the EU annex the one the
// import derives from it. Left out: names the bundled list already lights, trinomials whose binomial is lit, names
// spelled like everyday words of the eight languages in sequence, and synonyms that are another checklist taxon's name.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { coveredGenera } from '@/lib/dictionary/bundled/covered-genera';
import { birdTaxa } from '@/lib/dictionary/bundled/taxa-birds';
import { mammalTaxa } from '@/lib/dictionary/bundled/taxa-mammals';
import { otherAnimalTaxa } from '@/lib/dictionary/bundled/taxa-other-animals';
import { plantTaxa } from '@/lib/dictionary/bundled/taxa-plants';
import { reptileTaxa } from '@/lib/dictionary/bundled/taxa-reptiles';
import { createCsvParser } from '@/lib/dictionary/checklist/csv';
import { readListing } from '@/lib/dictionary/checklist/listing';
import { plainAnnotation } from '@/lib/dictionary/checklist/names';
import { DERIVED_ANNEX_NOTE, mapChecklistRow } from '@/lib/dictionary/checklist/rows';
import { EVERYDAY_PHRASES, EVERYDAY_WORDS, NAME_COLLISIONS } from '@/lib/dictionary/everyday-words';
import type { Taxon } from '@/lib/dictionary/schema';
import { WORDLIST_PROPER_NAMES, WORDLIST_WORDS } from '@/lib/dictionary/wordlist-words';

const [checklistPath] = process.argv.slice(2);
if (!checklistPath) throw new Error('usage: generate.ts <checklist-index-of-cites-species-….csv.gz>');
const output = new URL('../../lib/dictionary/bundled/listed-species.ts', import.meta.url);

const rows: Record<string, string>[] = [];
let header: string[] = [];
const parser = createCsvParser(',', ({ row, fields }) => {
  if (row === 1) header = fields;
  else rows.push(Object.fromEntries(header.map((column, i) => [column, fields[i] ?? ''])));
});
parser.push(gunzipSync(readFileSync(checklistPath)).toString('utf8'));
parser.finish();

const NAMED_RANKS = new Set(['SPECIES', 'SUBSPECIES', 'VARIETY']);
const isListed = (row: Record<string, string>) => readListing(row.CurrentListing!).kind === 'listed';
/** An annotation that narrows a genus's listing (to some populations, parts or species). */
const NARROWED = /\bonly\b|\bpopulations?\b|exclud|except(?! the species included in Appendix I\b)/i;
const generaWithUnlistedMembers = new Set(
  rows.filter((row) => NAMED_RANKS.has(row.RankName!) && !isListed(row)).map((row) => row.Genus!),
);
/** Genera CITES lists whole: the genus row is listed, without NC, narrowing note or unlisted member. */
const wholeGenera = new Map(
  rows
    .filter(
      (row) =>
        row.RankName === 'GENUS' &&
        isListed(row) &&
        !row.CurrentListing!.includes('NC') &&
        !generaWithUnlistedMembers.has(row.Genus!) &&
        !NARROWED.test(plainAnnotation(row.AnnotationEnglish!)),
    )
    .map((row) => [row.Genus!, row]),
);
/**
 * Left out by scope, for the tab pack: stony, black and fire corals, the 900 orchid genera and the cacti (growers'
 * and reef keepers' common genera are in covered-genera.ts; the cacti hold food plants, prickly pear and dragon fruit,
 * whose fruit and products the listing exempts).
 */
const OUT_OF_SCOPE = new Set(['Anthozoa', 'Hydrozoa', 'Orchidales', 'Caryophyllales']);
const inScope = (row: Record<string, string>) => !OUT_OF_SCOPE.has(row.Class!) && !OUT_OF_SCOPE.has(row.Order!);
/**
 * Genera that name something else on pages more often: a brand, a poet or a person (Strix, Archilochus, Caracara,
 * Pleione, found by branch recall34; the hummingbird and skink genera named after women, gods and a philosopher of
 * Greek and Mesopotamian history, an organ builder), Dracaena (the caiman lizards' genus, spelled like the
 * houseplants') and Chelonia (also the old name of the turtles' order). Their listed species are named instead.
 */
const NAMESAKE_GENERA = new Set(
  [
    'Strix',
    'Archilochus',
    'Caracara',
    'Pleione',
    'Atthis',
    'Doricha',
    'Klais',
    'Leucippus',
    'Myrtis',
    'Ninurta',
  ].concat(['Rhodopis', 'Dracaena', 'Chelonia']),
);

const bundledTaxa = [...mammalTaxa, ...birdTaxa, ...reptileTaxa, ...otherAnimalTaxa, ...plantTaxa, ...coveredGenera];
const bundledNames = new Set(
  bundledTaxa.flatMap((taxon) => [taxon.scientificName, ...(taxon.synonyms ?? [])]).map((n) => n.toLowerCase()),
);
const checklistNames = new Set(rows.map((row) => row.FullName!.toLowerCase()));

const fold = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
const everydayByLang = Object.keys(EVERYDAY_WORDS).map((lang) => {
  const words = new Set<string>();
  for (const list of [EVERYDAY_WORDS[lang as keyof typeof EVERYDAY_WORDS], WORDLIST_WORDS[lang] ?? '']) {
    for (const word of list.split(/\s+/)) if (word !== '' && word === word.toLowerCase()) words.add(fold(word));
  }
  return words;
});
const isEverydayPhrase = (name: string) =>
  everydayByLang.some((words) => name.split(' ').every((word) => words.has(fold(word))));
const otherSenses = new Set(
  [NAME_COLLISIONS, WORDLIST_PROPER_NAMES, ...Object.values(EVERYDAY_PHRASES).flat()].join(' ').split(/\s+/).map(fold),
);
/** Whether a genus may be lit alone: not an everyday word, a proper name or another thing's name. */
const isPlainGenus = (genus: string) =>
  !isEverydayPhrase(genus) && !otherSenses.has(fold(genus)) && !NAMESAKE_GENERA.has(genus);
const litGenera = new Set(bundledTaxa.filter((taxon) => taxon.rank === 'genus').map((taxon) => taxon.scientificName));
const genusEntries = [...wholeGenera.values()].filter(
  (row) => inScope(row) && !litGenera.has(row.Genus!) && isPlainGenus(row.Genus!),
);
const genusNamed = new Set([...litGenera, ...genusEntries.map((row) => row.Genus!)]);

const candidates: Taxon[] = [];
const skipped: string[] = [];
for (const [index, row] of rows.entries()) {
  if (!NAMED_RANKS.has(row.RankName!) || !inScope(row) || genusNamed.has(row.Genus!)) continue;
  if (wholeGenera.has(row.Genus!) && isPlainGenus(row.Genus!)) continue;
  const outcome = mapChecklistRow('cites-checklist', index + 2, (column) => row[column] ?? '');
  if (outcome.kind !== 'taxon') continue;
  const taxon = outcome.taxon;
  if (bundledNames.has(taxon.scientificName.toLowerCase())) continue;
  if (isEverydayPhrase(taxon.scientificName)) {
    skipped.push(taxon.scientificName);
    continue;
  }
  const synonyms = taxon.synonyms.filter(
    (synonym) =>
      / /.test(synonym) &&
      !bundledNames.has(synonym.toLowerCase()) &&
      !checklistNames.has(synonym.toLowerCase()) &&
      !isEverydayPhrase(synonym),
  );
  candidates.push({ ...taxon, synonyms, names: [] });
}
/** A trinomial adds nothing where its species' binomial is lit: the binomial is part of it. */
const litBinomials = new Set([
  ...bundledNames,
  ...candidates.filter((taxon) => taxon.rank === 'species').map((taxon) => taxon.scientificName.toLowerCase()),
]);
const binomialOf = (name: string) => name.split(' ').slice(0, 2).join(' ').toLowerCase();
const genusTaxa = genusEntries.flatMap((row) => {
  const outcome = mapChecklistRow('cites-checklist', rows.indexOf(row) + 2, (column) => row[column] ?? '');
  return outcome.kind === 'taxon' ? [{ ...outcome.taxon, synonyms: [], names: [] }] : [];
});
const species = candidates.filter(
  (taxon) => taxon.rank === 'species' || !litBinomials.has(binomialOf(taxon.scientificName)),
);

const kept = [...genusTaxa, ...species];

/** One family's entries of one trade group, written once for all its names. */
const blocks = new Map<string, { higher: Taxon['higher']; group: Taxon['group']; entries: string[] }>();
for (const taxon of kept.sort((a, b) => (a.scientificName < b.scientificName ? -1 : 1))) {
  const key = JSON.stringify([taxon.higher, taxon.group]);
  const block = blocks.get(key) ?? { higher: taxon.higher, group: taxon.group, entries: [] };
  blocks.set(key, block);
  const note = taxon.cites.note?.replace(DERIVED_ANNEX_NOTE, '').trim();
  const rank = taxon.rank === 'species' ? undefined : taxon.rank;
  const synonyms = taxon.synonyms.length > 0 ? taxon.synonyms : undefined;
  const fields: unknown[] = [taxon.scientificName, taxon.cites.appendix, note || undefined, synonyms, rank];
  while (fields.at(-1) === undefined) fields.pop();
  block.entries.push(JSON.stringify(fields).replace(/,null/g, ',undefined'));
}

const sortedBlocks = [...blocks.values()].sort((a, b) =>
  JSON.stringify([a.higher, a.group]) < JSON.stringify([b.higher, b.group]) ? -1 : 1,
);
const source = `// Generated by scripts/listed-species/generate.ts from the CITES Checklist export of 2017-04-21 (Index of CITES
// Species, checklist.cites.org). Do not edit: change the script and run it again.
import { annexFromAppendix } from '@/lib/dictionary/checklist/listing';
import { slugOf } from '@/lib/dictionary/checklist/names';
import type { Appendix } from '@/lib/dictionary/schema';
import type { TaxonInput } from './types';

/** A genus listed whole or a listed species (subspecies, variety): name, Appendix, listing note, synonyms, rank. */
type Listed = [name: string, appendix: Appendix, note?: string, synonyms?: string[], rank?: 'genus' | 'subspecies' | 'variety'];

function listedIn(higher: TaxonInput['higher'], group: TaxonInput['group'], entries: Listed[]): TaxonInput[] {
  return entries.map(([name, appendix, note, synonyms, rank]) => ({
    id: slugOf(name),
    scientificName: name,
    rank: rank ?? 'species',
    higher,
    group,
    synonyms,
    cites: { appendix, note: note ? \`\${note} ${DERIVED_ANNEX_NOTE}\` : '${DERIVED_ANNEX_NOTE}' },
    euAnnex: annexFromAppendix(appendix),
  }));
}

/**
 * ${genusTaxa.length} genera CITES lists whole (Bhutanitis, Hippopus, Beaucarnea…) and ${species.length} species and subspecies it lists in
 * genera listed in part or spelled like other words (Papilio chikae, Dynastes satanas, Abies guatemalensis, Strix
 * aluco…), by scientific name only: an unlisted sister species stays unlit. The Appendix is the 2017 checklist's; the
 * EU annex is derived from it (I: A, II: B, III: C), so a species the EU lists stricter shows the CITES-derived annex.
 */
export const listedSpecies: TaxonInput[] = [
${sortedBlocks
  .map(
    (b) =>
      `  ...listedIn(${JSON.stringify(b.higher)}, '${b.group}', [\n${b.entries.map((e) => `    ${e},`).join('\n')}\n  ]),`,
  )
  .join('\n')}
];
`;
writeFileSync(output, source);
console.log(
  `${genusTaxa.length} genera and ${species.length} species kept; everyday phrases left out: ${skipped.join(', ') || 'none'}`,
);
