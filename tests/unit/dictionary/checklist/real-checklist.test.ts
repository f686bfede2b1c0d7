import { openAsBlob } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { activateImported, readActiveDictionary } from '@/lib/active-dictionary/active';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile, type ImportResult } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { MemoryArea } from '../../../fixtures/checklist/memory-area';
import { sharedDataPath } from '../../../shared-data';

// The official CITES Checklist export of 2017-04-21: 38,079 rows, 98 MB unpacked.
describe('importing the real 2017 CITES Checklist (.csv.gz)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    const file = await openAsBlob(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz'));
    result = await importChecklistFile(file, { listingsAsOf: '2017-04-21' });
  }, 60_000);
  const find = (name: string) => result.dictionary.taxa.find((t) => t.scientificName === name);

  it('reads every row and keeps every listed taxon', () => {
    expect(result.format).toBe('cites-checklist');
    expect(result.rows).toBe(38_079);
    // 33 rows with no current listing and 50 listed only as "NC" (domestic cat, Aloe vera…).
    expect(result.skipped).toEqual({ 'not listed (NC or no current listing)': 83 });
    expect(result.dictionary.taxa).toHaveLength(37_996);
    // The 60 species-rank rows among them (Dicksonia outside the Americas, Aloe vera…) become exclusions.
    expect(result.dictionary.globalExclusions).toHaveLength(60);
    expect(result.dictionary.globalExclusions).toContainEqual({ text: 'Dicksonia antarctica', lang: 'la' });
    // 200 one-word names of families and orders ("Cats", "Eagles", "Whales") are not imported (rows.ts).
    expect(result.dictionary.taxa.reduce((n, t) => n + t.names.length, 0)).toBe(15_115);
    expect(result.dictionary.taxa.reduce((n, t) => n + t.synonyms.length, 0)).toBe(32_717);
  });

  it('maps the Grey Parrot to Appendix I with its names in three languages', () => {
    expect(find('Psittacus erithacus')).toMatchObject({
      cites: { appendix: 'I' },
      euAnnex: 'A',
      group: 'birds',
      names: expect.arrayContaining([
        { text: 'Grey Parrot', lang: 'en' },
        { text: 'Loro yaco', lang: 'es' },
        { text: 'Perroquet gris', lang: 'fr' },
      ]),
    });
  });

  it('keeps the split listing of the African elephant with its populations', () => {
    const elephant = find('Loxodonta africana')!;
    expect(elephant).toMatchObject({
      cites: { appendix: 'I/II' },
      euAnnex: 'A/B',
      group: 'elephants',
      synonyms: ['Loxodonta cyclotis'],
    });
    expect(elephant.cites.note).toContain('Appendix II: Populations of BW, NA, ZA, ZW.');
  });

  it.each([
    ['Panthera tigris', 'species', 'big-cats', 'I'],
    ['Cervus elaphus', 'species', 'other-mammals', 'I/II'],
    ['Dalbergia nigra', 'species', 'timber', 'I'],
    ['Falconiformes', 'order', 'birds', 'I/II'],
    ['Chelonia mydas', 'species', 'marine-turtles', 'I'],
  ])('maps %s', (name, rank, group, appendix) => {
    expect(find(name)).toMatchObject({ rank, group, cites: { appendix } });
  });

  it('merges into the newer bundled list without losing its names or listings', () => {
    const bundled = loadBundledDictionary();
    const merged = mergeWithBundled(bundled, result.dictionary);
    expect(merged.taxa.length).toBeGreaterThanOrEqual(result.dictionary.taxa.length);
    expect(merged.tradeTerms).toEqual(bundled.tradeTerms);
    const parrot = merged.taxa.find((t) => t.id === 'psittacus-erithacus')!;
    const bundledParrot = bundled.taxa.find((t) => t.id === 'psittacus-erithacus')!;
    expect(parrot.cites).toEqual(bundledParrot.cites);
    expect(parrot.names).toEqual(
      expect.arrayContaining([...bundledParrot.names, { text: 'Perroquet jaco', lang: 'fr' }]),
    );
  });

  // Merging, compiling and packing 38,000 taxa: 24 s at load 15 and 34 s at load 17 on the 2-core machine; the
  // timeout is there to end a hang, not to time the work.
  it('stores the merged, compiled list in pieces and reads it back', async () => {
    const area = new MemoryArea();
    const status = await activateImported(
      area,
      result.dictionary,
      'checklist-index-of-cites-species-2017-04-21.csv.gz',
    );
    const compiled = await readActiveDictionary(area);
    expect(compiled).toMatchObject({ source: 'cites-checklist', listingsAsOf: '2017-04-21' });
    expect(compiled.entries).toHaveLength(status.counts.taxa + status.counts.tradeTerms);
    expect(area.keys().filter((k) => k.includes(':compiled:')).length).toBeGreaterThan(1);
  }, 180_000);
});
