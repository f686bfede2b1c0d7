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
 * scripts/listed-species/generate.ts. This test reads the checklist again and holds the file to it: each genus is one
 * the checklist lists whole (no NC, no unlisted member, no note narrowing it), each species-rank entry is listed, all
 * with the checklist's Appendix, rank and synonyms; and no listed species of the groups in scope is left unlit, but
 * for the names the generator leaves out as everyday words in sequence.
 */
const EVERYDAY_PHRASES_LEFT_OUT = [
  'Chinchilla chinchilla',
  'Coscoroba coscoroba',
  'Dama dama',
  'Hyaena hyaena',
  'Mitu mitu',
];
/** The groups the generator leaves to covered-genera.ts, for the tab pack (see the script). */
const OUT_OF_SCOPE = new Set(['Anthozoa', 'Hydrozoa', 'Orchidales', 'Caryophyllales']);

const COLUMNS = [
  'FullName',
  'RankName',
  'CurrentListing',
  'AnnotationEnglish',
  'Genus',
  'Order',
  'Class',
  'SynonymsWithAuthors',
] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

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

const RANKS: Record<string, string> = {
  GENUS: 'genus',
  SPECIES: 'species',
  SUBSPECIES: 'subspecies',
  VARIETY: 'variety',
};
const isListed = (row: Row) => readListing(row.CurrentListing).kind === 'listed';

describe('listed species and genera, against the 2017 checklist', () => {
  let byName: Map<string, Row>;
  let speciesRows: Row[];

  beforeAll(async () => {
    const rows = await checklistRows();
    byName = new Map(rows.map((row) => [row.FullName, row]));
    speciesRows = rows.filter((row) => RANKS[row.RankName] && row.RankName !== 'GENUS');
  }, 120_000);

  it('names a genus alone only where the checklist lists it whole', () => {
    const withUnlisted = new Set(speciesRows.filter((row) => !isListed(row)).map((row) => row.Genus));
    const partlyListed = listedSpecies
      .filter((taxon) => taxon.rank === 'genus')
      .filter((taxon) => {
        const row = byName.get(taxon.scientificName)!;
        return (
          row.CurrentListing.includes('NC') ||
          withUnlisted.has(row.Genus) ||
          /\bonly\b|\bpopulations?\b|exclud/i.test(row.AnnotationEnglish)
        );
      });
    expect(partlyListed.map((taxon) => taxon.id)).toEqual([]);
  });

  it('holds only listed rows of the checklist, of the groups in scope', () => {
    const wrong = listedSpecies.filter((taxon) => {
      const row = byName.get(taxon.scientificName);
      return !row || !isListed(row) || OUT_OF_SCOPE.has(row.Class) || OUT_OF_SCOPE.has(row.Order);
    });
    expect(wrong.map((taxon) => taxon.id)).toEqual([]);
  });

  it("gives each the checklist's Appendix, rank and synonyms, and the EU annex derived from the Appendix", () => {
    const wrong = listedSpecies.flatMap((taxon) => {
      const row = byName.get(taxon.scientificName)!;
      const listing = readListing(row.CurrentListing);
      const appendix = listing.kind === 'listed' ? listing.appendix : undefined;
      const synonyms = new Set(synonymsWithoutAuthors(row.SynonymsWithAuthors));
      return [
        taxon.cites.appendix === appendix ? [] : [`${taxon.id}: Appendix ${taxon.cites.appendix} ≠ ${appendix}`],
        taxon.rank === RANKS[row.RankName] ? [] : [`${taxon.id}: rank ${taxon.rank}`],
        taxon.euAnnex === annexFromAppendix(taxon.cites.appendix) ? [] : [`${taxon.id}: EU annex ${taxon.euAnnex}`],
        (taxon.synonyms ?? []).filter((synonym) => !synonyms.has(synonym)).map((s) => `${taxon.id}: synonym ${s}`),
      ].flat();
    });
    expect(wrong).toEqual([]);
  });

  it('leaves no listed species of the groups in scope unlit', () => {
    const lit = new Set(
      bundledDictionaryInput.taxa.flatMap((taxon) => [taxon.scientificName, ...(taxon.synonyms ?? [])]),
    );
    const binomialOf = (name: string) => name.split(' ').slice(0, 2).join(' ');
    const missing = speciesRows
      .filter((row) => isListed(row) && !OUT_OF_SCOPE.has(row.Class) && !OUT_OF_SCOPE.has(row.Order))
      .map((row) => row.FullName)
      .filter((name) => ![name, binomialOf(name), name.split(' ')[0]!].some((n) => lit.has(n)))
      .filter((name) => !EVERYDAY_PHRASES_LEFT_OUT.includes(name));
    expect(missing).toEqual([]);
  });

  it('leaves out only names the checklist lists', () => {
    const listed = new Set(speciesRows.filter(isListed).map((row) => row.FullName));
    expect(EVERYDAY_PHRASES_LEFT_OUT.filter((name) => !listed.has(name))).toEqual([]);
  });
});
