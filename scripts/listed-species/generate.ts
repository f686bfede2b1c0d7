// Regenerates lib/dictionary/bundled/listed-species.ts from the CITES Checklist export (Index of CITES Species):
//   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts scripts/listed-species/generate.ts \
//     ../shared/data/cites/checklist-index-of-cites-species-2017-04-21.csv.gz && npx prettier --write \
//     lib/dictionary/bundled/listed-species.ts
// Kept: the listed species, subspecies and varieties of genera CITES lists only in part (no listing of their genus,
// subfamily, family, order or class), by scientific name and synonyms: a partly listed genus cannot be lit alone,
// so its listed members need their own names. Each entry is mapped by the checklist import (mapChecklistRow): the
// Appendix is the checklist's, the EU annex the one the import derives from it. Left out: names the bundled list
// already has, trinomials whose species is kept, names spelled like everyday words of the eight languages in sequence,
// and synonyms that are another checklist taxon's name.
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
import { DERIVED_ANNEX_NOTE, mapChecklistRow } from '@/lib/dictionary/checklist/rows';
import { EVERYDAY_WORDS } from '@/lib/dictionary/everyday-words';
import type { Taxon } from '@/lib/dictionary/schema';
import { WORDLIST_WORDS } from '@/lib/dictionary/wordlist-words';

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

const HIGHER_RANKS = ['GENUS', 'SUBFAMILY', 'FAMILY', 'ORDER', 'CLASS'];
const NAMED_RANKS = new Set(['SPECIES', 'SUBSPECIES', 'VARIETY']);
const listedHigher = new Set(
  rows
    .filter((row) => HIGHER_RANKS.includes(row.RankName!) && readListing(row.CurrentListing!).kind === 'listed')
    .map((row) => row.FullName!),
);
const inListedGroup = (row: Record<string, string>) =>
  [row.Genus, row.Family, row.Order, row.Class].some((name) => name && listedHigher.has(name));

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

const candidates: Taxon[] = [];
const skipped: string[] = [];
for (const [index, row] of rows.entries()) {
  if (!NAMED_RANKS.has(row.RankName!) || inListedGroup(row)) continue;
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
const kept = candidates.filter(
  (taxon) => taxon.rank === 'species' || !litBinomials.has(binomialOf(taxon.scientificName)),
);

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

/** A listed species (subspecies, variety) of a partly listed genus: name, Appendix, listing note, synonyms, rank. */
type Listed = [name: string, appendix: Appendix, note?: string, synonyms?: string[], rank?: 'subspecies' | 'variety'];

function listedIn(higher: TaxonInput['higher'], group: TaxonInput['group'], entries: Listed[]): TaxonInput[] {
  return entries.map(([name, appendix, note, synonyms, rank = 'species']) => ({
    id: slugOf(name),
    scientificName: name,
    rank,
    higher,
    group,
    synonyms,
    cites: { appendix, note: note ? \`\${note} ${DERIVED_ANNEX_NOTE}\` : '${DERIVED_ANNEX_NOTE}' },
    euAnnex: annexFromAppendix(appendix),
  }));
}

/**
 * The ${kept.length} species and subspecies CITES lists in genera it lists only in part (Papilio chikae, Dynastes satanas,
 * Abies guatemalensis, Ciconia nigra…), by scientific name only: an unlisted sister species stays unlit, the genus
 * alone is never a name. The Appendix is the 2017 checklist's; the EU annex is derived from it (I: A, II: B, III: C),
 * so the few species the EU lists stricter than CITES show the CITES-derived annex.
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
  `${kept.length} names kept in ${blocks.size} blocks; everyday phrases left out: ${skipped.join(', ') || 'none'}`,
);
