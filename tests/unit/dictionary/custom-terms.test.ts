import { describe, expect, it } from 'vitest';
import {
  applyCustomTerms,
  ensureActiveDictionary,
  readActiveDictionary,
  revertToBundled,
} from '@/lib/active-dictionary/active';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { CUSTOM_TAXON_NOTE, withCustomTerms } from '@/lib/dictionary/custom-terms';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import {
  CustomTermSchema,
  saveCustomTerms,
  type CustomTerm,
  type CustomTermInput,
} from '@/lib/dictionary/custom-terms-store';
import { MemoryArea } from '../../fixtures/checklist/memory-area';

const AT = '2026-03-01T10:00:00.000Z';
const custom = (input: Omit<CustomTermInput, 'createdAt' | 'updatedAt'>): CustomTerm =>
  CustomTermSchema.parse({ createdAt: AT, updatedAt: AT, ...input });

const TERMS = [
  custom({
    id: 'a1',
    text: 'Graupi',
    lang: 'de',
    target: { kind: 'taxon', scientificName: 'Psittacus erithacus', appendix: 'II', euAnnex: 'B', group: 'birds' },
  }),
  custom({
    id: 'a2',
    text: 'zorblax',
    lang: 'en',
    target: { kind: 'taxon', scientificName: 'Zorbus imaginarius', appendix: 'III', euAnnex: 'C', group: 'reptiles' },
  }),
  custom({
    id: 'a3',
    text: 'white powder',
    lang: 'en',
    exclude: ['white powder coat'],
    target: { kind: 'code', taxa: ['Diceros bicornis', 'Nowhere unknownus'] },
  }),
  custom({
    id: 'a4',
    text: 'Schuppenware',
    lang: 'de',
    match: 'prefix',
    target: { kind: 'trade', taxa: ['Zorbus imaginarius'] },
  }),
];

/** What the matcher finds in `text`: the words as written, and the entry each points at. */
function found(text: string, dictionary = withCustomTerms(loadBundledDictionary(), TERMS)) {
  const matcher = createMatcher(compileDictionary(dictionary));
  return matcher.find(text).map((match) => {
    const entry = matcher.entries[matcher.terms[match.terms[0]!]!.entry]!;
    return {
      text: text.slice(match.start, match.end),
      id: entry.id,
      kind: entry.kind,
      category: entry.category,
      taxa: entry.taxa,
    };
  });
}

describe('withCustomTerms', () => {
  it.each([
    [
      'a name for a taxon the list knows joins it, with its official listing',
      'Biete einen Graupi an',
      { text: 'Graupi', id: 'psittacus-erithacus', kind: 'taxon', category: 'app-i' },
    ],
    [
      'an unknown scientific name becomes a taxon with the researcher’s listing',
      'a fine zorblax',
      { text: 'zorblax', id: 'custom-zorbus-imaginarius', kind: 'taxon', category: 'app-iii' },
    ],
    [
      'the new taxon’s scientific name is found too',
      'Zorbus imaginarius for sale',
      { text: 'Zorbus imaginarius', id: 'custom-zorbus-imaginarius', kind: 'taxon', category: 'app-iii' },
    ],
    [
      'a code word points at the taxa it names, unknown ones by slug',
      'pure white powder here',
      {
        text: 'white powder',
        id: 'custom-a3',
        kind: 'code',
        category: 'trade',
        taxa: ['diceros-bicornis', 'nowhere-unknownus'],
      },
    ],
    [
      'a trade term follows its match mode (prefix)',
      'Schuppenwarenhandel',
      {
        text: 'Schuppenwarenhandel',
        id: 'custom-a4',
        kind: 'trade',
        category: 'trade',
        taxa: ['custom-zorbus-imaginarius'],
      },
    ],
  ])('%s', (_case, text, expected) => {
    expect(found(text)).toContainEqual(expect.objectContaining(expected));
  });

  it('applies a term’s exclusions', () => {
    expect(found('a white powder coat finish')).toEqual([]);
  });

  it('leaves the dictionary it was given alone and marks the new taxon as the researcher’s', () => {
    const bundled = loadBundledDictionary();
    const before = JSON.stringify(bundled);
    const merged = withCustomTerms(bundled, TERMS);
    expect(JSON.stringify(bundled)).toBe(before);
    expect(merged.taxa.find((taxon) => taxon.id === 'custom-zorbus-imaginarius')).toMatchObject({
      rank: 'species',
      cites: { appendix: 'III', note: CUSTOM_TAXON_NOTE },
      euAnnex: 'C',
    });
    expect(withCustomTerms(bundled, [])).toBe(bundled);
  });

  it('adds a name the taxon already has only once', () => {
    const twice = [TERMS[0]!, custom({ ...TERMS[0]!, id: 'a5' })];
    const parrot = withCustomTerms(loadBundledDictionary(), twice).taxa.find(
      (taxon) => taxon.id === 'psittacus-erithacus',
    )!;
    expect(parrot.names.filter((name) => name.text === 'Graupi')).toHaveLength(1);
  });
});

describe('the active dictionary with custom terms', () => {
  const finds = async (area: MemoryArea, text: string) =>
    createMatcher(await readActiveDictionary(area)).find(text).length > 0;

  it('compiles stored terms in on apply, keeps them on revert, and notices a change at startup', async () => {
    const area = new MemoryArea();
    await ensureActiveDictionary(area);
    expect(await finds(area, 'zorblax')).toBe(false);

    await saveCustomTerms(area, TERMS);
    await applyCustomTerms(area);
    expect(await finds(area, 'zorblax')).toBe(true);
    await revertToBundled(area);
    expect(await finds(area, 'zorblax')).toBe(true);

    await saveCustomTerms(area, []);
    await ensureActiveDictionary(area);
    expect(await finds(area, 'zorblax')).toBe(false);
    // Four compilations of the whole list and four reads of it: over a minute on a busy 2-core machine.
  }, 240_000);
});
