import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { createCsvParser } from '@/lib/dictionary/checklist/csv';
import { sharedDataPath } from '../../shared-data';

/**
 * Bundled scientific names that are not a FullName of the 2017-04-21 CITES Checklist, each with the reason.
 * The test fails both ways: a bundled name missing from the checklist and from this list, and an entry here
 * that is no longer needed (the name was fixed or removed), so the list stays honest.
 */
const listedAtCoP18 = 'listed at CoP18 (2019)';
const listedAtCoP19 = 'listed at CoP19 (2022)';
const listedByMembers =
  'CITES lists its members, not the group itself; the entry carries the generic words ("pangolin", "chameleon")';

const allowedDifferences: Record<string, string> = {
  Accipitriformes:
    'the 2017 checklist keeps hawks and eagles in Falconiformes; current taxonomy (and Species+) separates them',
  Afzelia: `African populations ${listedAtCoP19}`,
  'Bubo scandiacus': 'renamed from Nyctea scandiaca',
  Bucerotidae: listedByMembers,
  Carcharhinidae: `whole family ${listedAtCoP19}`,
  Centrolenidae: `whole family ${listedAtCoP19}`,
  Chamaeleonidae: listedByMembers,
  'Chelus fimbriata': listedAtCoP19,
  Corallium: listedByMembers,
  Dendrobatidae: listedByMembers,
  Elephantidae: listedByMembers,
  'Gekko gecko': listedAtCoP18,
  'Giraffa camelopardalis': listedAtCoP18,
  Goniurosaurus: listedAtCoP18,
  Handroanthus: `with Roseodendron and Tabebuia, ${listedAtCoP19}`,
  'Holothuria fuscogilva': listedAtCoP18,
  'Holothuria nobilis': listedAtCoP18,
  'Holothuria whitmaei': listedAtCoP18,
  Isurus: listedAtCoP18,
  Khaya: `African populations ${listedAtCoP19}`,
  'Loxodonta cyclotis':
    'split from Loxodonta africana (IUCN 2021); the 2017 checklist treats it as part of that species',
  'Malayopython reticulatus': 'renamed from Python reticulatus',
  Manidae: listedByMembers,
  Naja: listedByMembers,
  'Neofelis diardi': 'split from Neofelis nebulosa',
  'Otocolobus manul': 'renamed from Felis manul',
  'Panthera uncia': 'renamed from Uncia uncia',
  'Phataginus tetradactyla': 'renamed from Manis tetradactyla',
  'Phataginus tricuspis': 'renamed from Manis tricuspis',
  Poecilotheria: 'listed at CoP17 (2016), in force from 2 January 2017, and not yet in the 2017-04-21 export',
  'Psittacus timneh': 'split from Psittacus erithacus',
  'Pterocarpus tinctorius': listedAtCoP18,
  Ramphastidae: listedByMembers,
  Rhinidae: `whole family ${listedAtCoP18}`,
  Rhinobatidae: `whole family ${listedAtCoP19}`,
  Rhodiola: listedAtCoP19,
  'Smutsia gigantea': 'renamed from Manis gigantea',
  'Smutsia temminckii': 'renamed from Manis temminckii',
  Sphyrna: listedByMembers,
  'Spinus cucullatus': 'renamed from Carduelis cucullata',
  Tylototriton: listedAtCoP18,
};

/** The FullName column of the checklist, read as a stream (98 MB unpacked). */
async function checklistFullNames(): Promise<Set<string>> {
  const names = new Set<string>();
  let column = -1;
  const parser = createCsvParser(',', ({ row, fields }) => {
    if (row === 1) column = fields.indexOf('FullName');
    else names.add(fields[column]!);
  });
  const stream = createReadStream(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz')).pipe(
    createGunzip(),
  );
  stream.setEncoding('utf8');
  for await (const chunk of stream) parser.push(chunk as string);
  parser.finish();
  if (column < 0) throw new Error('the checklist has no FullName column');
  return names;
}

describe('bundled scientific names against the 2017 CITES Checklist', () => {
  const bundledNames = loadBundledDictionary().taxa.map((taxon) => taxon.scientificName);
  let checklist: Set<string>;
  beforeAll(async () => {
    checklist = await checklistFullNames();
  }, 60_000);

  it('reads the whole checklist', () => {
    expect(checklist.size).toBeGreaterThan(38_000);
  });

  it('finds every bundled name in the checklist, or lists it as an allowed difference', () => {
    const unexplained = bundledNames.filter((name) => !checklist.has(name) && !(name in allowedDifferences));
    expect(unexplained).toEqual([]);
  });

  it('lists no allowed difference that is not needed any more', () => {
    const stale = Object.keys(allowedDifferences).filter((name) => checklist.has(name) || !bundledNames.includes(name));
    expect(stale).toEqual([]);
  });
});
