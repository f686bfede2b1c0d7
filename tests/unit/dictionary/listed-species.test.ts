import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledDictionaryInput } from '@/lib/dictionary/bundled';
import { listedSpecies } from '@/lib/dictionary/bundled/listed-species';
import { createCsvParser } from '@/lib/dictionary/checklist/csv';
import { annexFromAppendix, readListing } from '@/lib/dictionary/checklist/listing';
import { synonymsWithoutAuthors } from '@/lib/dictionary/checklist/names';
import { sharedDataPath } from '../../shared-data';

/**
 * lib/dictionary/bundled/listed-species.ts is generated from the 2017-04-21 CITES Checklist by
 * scripts/listed-species/generate.ts. This test reads the checklist again and holds the file to it: each entry is a
 * listed species-rank row of a genus listed only in part, with the checklist's Appendix, rank and synonyms; and no
 * such row is missing, but for the names the generator leaves out as everyday words in sequence.
 */
const EVERYDAY_PHRASES_LEFT_OUT = ['Coscoroba coscoroba', 'Dama dama', 'Hyaena hyaena', 'Mitu mitu'];

type Row = Record<'FullName' | 'RankName' | 'CurrentListing' | 'Genus' | 'Family' | 'Order' | 'Class', string> & {
  SynonymsWithAuthors: string;
};
const COLUMNS = ['FullName', 'RankName', 'CurrentListing', 'Genus', 'Family', 'Order', 'Class', 'SynonymsWithAuthors'];

async function checklistRows(): Promise<Row[]> {
  const rows: Row[] = [];
  let indexes: number[] = [];
  const parser = createCsvParser(',', ({ row, fields }) => {
    if (row === 1) indexes = COLUMNS.map((column) => fields.indexOf(column));
    else rows.push(Object.fromEntries(COLUMNS.map((column, i) => [column, fields[indexes[i]!] ?? ''])) as Row);
  });
  const stream = createReadStream(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz')).pipe(
    createGunzip(),
  );
  stream.setEncoding('utf8');
  for await (const chunk of stream) parser.push(chunk as string);
  parser.finish();
  if (indexes.some((index) => index < 0)) throw new Error(`the checklist lacks one of ${COLUMNS.join(', ')}`);
  return rows;
}

const SPECIES_RANKS: Record<string, string> = { SPECIES: 'species', SUBSPECIES: 'subspecies', VARIETY: 'variety' };

describe('listed species of partly listed genera, against the 2017 checklist', () => {
  let byName: Map<string, Row>;
  let partlyListedRows: Row[];

  beforeAll(async () => {
    const rows = await checklistRows();
    byName = new Map(rows.map((row) => [row.FullName, row]));
    const listedGroups = new Set(
      rows
        .filter((row) => !SPECIES_RANKS[row.RankName] && readListing(row.CurrentListing).kind === 'listed')
        .map((row) => row.FullName),
    );
    partlyListedRows = rows.filter(
      (row) =>
        SPECIES_RANKS[row.RankName] &&
        readListing(row.CurrentListing).kind === 'listed' &&
        ![row.Genus, row.Family, row.Order, row.Class].some((name) => listedGroups.has(name)),
    );
  }, 120_000);

  it('holds only listed species-rank rows of genera the checklist lists in part', () => {
    const partlyListed = new Set(partlyListedRows.map((row) => row.FullName));
    expect(listedSpecies.filter((taxon) => !partlyListed.has(taxon.scientificName)).map((t) => t.id)).toEqual([]);
  });

  it("gives each the checklist's Appendix, rank and synonyms, and the EU annex derived from the Appendix", () => {
    const wrong = listedSpecies.flatMap((taxon) => {
      const row = byName.get(taxon.scientificName)!;
      const listing = readListing(row.CurrentListing);
      const appendix = listing.kind === 'listed' ? listing.appendix : undefined;
      const synonyms = new Set(synonymsWithoutAuthors(row.SynonymsWithAuthors));
      return [
        taxon.cites.appendix === appendix ? [] : [`${taxon.id}: Appendix ${taxon.cites.appendix} ≠ ${appendix}`],
        taxon.rank === SPECIES_RANKS[row.RankName] ? [] : [`${taxon.id}: rank ${taxon.rank}`],
        taxon.euAnnex === annexFromAppendix(taxon.cites.appendix) ? [] : [`${taxon.id}: EU annex ${taxon.euAnnex}`],
        (taxon.synonyms ?? []).filter((synonym) => !synonyms.has(synonym)).map((s) => `${taxon.id}: synonym ${s}`),
      ].flat();
    });
    expect(wrong).toEqual([]);
  });

  it('misses no such row the bundled list does not light otherwise', () => {
    const lit = new Set(
      bundledDictionaryInput.taxa.flatMap((taxon) => [taxon.scientificName, ...(taxon.synonyms ?? [])]),
    );
    const binomialOf = (name: string) => name.split(' ').slice(0, 2).join(' ');
    const missing = partlyListedRows
      .map((row) => row.FullName)
      .filter((name) => !lit.has(name) && !lit.has(binomialOf(name)) && !EVERYDAY_PHRASES_LEFT_OUT.includes(name));
    expect(missing).toEqual([]);
  });

  it('leaves out the everyday phrases on purpose, and only names the checklist lists', () => {
    expect(EVERYDAY_PHRASES_LEFT_OUT.filter((name) => !partlyListedRows.some((row) => row.FullName === name))).toEqual(
      [],
    );
  });
});
