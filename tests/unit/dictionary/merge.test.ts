import { describe, expect, it } from 'vitest';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import type { TaxonInput } from '@/lib/dictionary/bundled/types';
import { DictionarySchema, type Dictionary } from '@/lib/dictionary/schema';

const taxon = (name: string, extra: Partial<TaxonInput> = {}): TaxonInput => ({
  id: name.toLowerCase().replaceAll(' ', '-'),
  scientificName: name,
  rank: 'species',
  higher: { kingdom: 'Animalia', class: 'Mammalia' },
  group: 'other-mammals',
  cites: { appendix: 'II' },
  euAnnex: 'B',
  ...extra,
});

const bundled: Dictionary = DictionarySchema.parse({
  source: 'bundled',
  listingsAsOf: '2025-02-07',
  taxa: [
    taxon('Psittacus erithacus', {
      group: 'birds',
      cites: { appendix: 'I', note: 'Transferred from II to I at CoP17.' },
      euAnnex: 'A',
      names: [
        { text: 'Graupapagei', lang: 'de', match: 'prefix' },
        { text: 'grey parrot', lang: 'en' },
      ],
    }),
    taxon('Smutsia gigantea', {
      group: 'pangolins',
      synonyms: ['Manis gigantea'],
      euAnnex: 'A',
      cites: { appendix: 'I' },
    }),
    taxon('Mammuthus primigenius', { cites: { appendix: 'nc' }, euAnnex: 'none' }),
  ],
  tradeTerms: [
    {
      id: 'pangolin-scales',
      kind: 'trade',
      label: 'Pangolin scales',
      taxa: ['smutsia-gigantea'],
      terms: [{ text: 'pangolin scales', lang: 'en' }],
    },
  ],
  globalExclusions: [{ text: 'faux fur', lang: 'en' }],
});

/** A checklist newer than the bundled list. */
const imported: Dictionary = DictionarySchema.parse({
  source: 'cites-checklist',
  listingsAsOf: '2025-06-01',
  taxa: [
    taxon('Psittacus erithacus', {
      group: 'birds',
      cites: { appendix: 'I', note: 'EU annex inferred from the CITES Appendix.' },
      euAnnex: 'A',
      synonyms: ['Psittacus timneh'],
      names: [
        { text: 'Grey Parrot', lang: 'en' },
        { text: 'Loro yaco', lang: 'es' },
      ],
    }),
    taxon('Manis gigantea', {
      euAnnex: 'B',
      cites: { appendix: 'II', note: 'Split listing: x. EU annex inferred from the CITES Appendix.' },
    }),
    taxon('Panthera tigris', {
      group: 'big-cats',
      cites: { appendix: 'I', note: 'EU annex inferred from the CITES Appendix.' },
      euAnnex: 'A',
    }),
  ],
  tradeTerms: [],
});

describe('mergeWithBundled', () => {
  const merged = mergeWithBundled(bundled, imported);
  const byName = (name: string) => merged.taxa.find((t) => t.scientificName === name);

  it('takes the source and date of the file, and keeps trade terms and exclusions', () => {
    expect(merged).toMatchObject({
      source: 'cites-checklist',
      listingsAsOf: '2025-06-01',
      tradeTerms: bundled.tradeTerms,
      globalExclusions: bundled.globalExclusions,
    });
  });

  it('keeps bundled names in every language, adding only new ones from the file', () => {
    expect(byName('Psittacus erithacus')!.names).toEqual([
      { text: 'Graupapagei', lang: 'de', match: 'prefix' },
      { text: 'grey parrot', lang: 'en' },
      { text: 'Loro yaco', lang: 'es' },
    ]);
    expect(byName('Psittacus erithacus')!.synonyms).toEqual(['Psittacus timneh']);
  });

  it('matches by synonym, keeping the bundled id, group and EU annex and taking the listing from the file', () => {
    expect(byName('Manis gigantea')).toMatchObject({
      id: 'smutsia-gigantea',
      group: 'pangolins',
      euAnnex: 'A',
      synonyms: ['Smutsia gigantea'],
      cites: { appendix: 'II', note: 'Split listing: x.' },
    });
  });

  it('keeps the derived annex note only where the annex is derived, and a bundled note while the Appendix is unchanged', () => {
    expect(byName('Psittacus erithacus')!.cites).toEqual({ appendix: 'I', note: 'Transferred from II to I at CoP17.' });
    expect(byName('Panthera tigris')!.cites.note).toBe('EU annex inferred from the CITES Appendix.');
  });

  it('keeps bundled taxa the file lacks and adds the file’s new taxa, once each', () => {
    expect(merged.taxa.map((t) => t.id).sort()).toEqual([
      'mammuthus-primigenius',
      'panthera-tigris',
      'psittacus-erithacus',
      'smutsia-gigantea',
    ]);
  });

  it('gives an imported taxon a free id when a different bundled taxon holds its slug', () => {
    const clash = DictionarySchema.parse({
      ...imported,
      taxa: [
        taxon('Mammuthus Primigenius', { id: 'mammuthus-primigenius', scientificName: 'Mammuthus primigenius x' }),
      ],
    });
    expect(mergeWithBundled(bundled, clash).taxa.map((t) => t.id)).toContain('mammuthus-primigenius-2');
  });

  it('keeps the bundled name and listing of a taxon when the file is older than the bundled list', () => {
    const older = mergeWithBundled(bundled, { ...imported, listingsAsOf: '2017-04-21' });
    expect(older.taxa.find((t) => t.id === 'smutsia-gigantea')).toMatchObject({
      scientificName: 'Smutsia gigantea',
      synonyms: ['Manis gigantea'],
      cites: { appendix: 'I' },
    });
    expect(older.listingsAsOf).toBe('2017-04-21');
  });
});
