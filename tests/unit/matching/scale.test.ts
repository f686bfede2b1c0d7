import { describe, expect, it } from 'vitest';
import { DictionarySchema, type Lang } from '@/lib/dictionary/schema';
import type { TaxonInput } from '@/lib/dictionary/bundled/types';
import { compileDictionary } from '@/lib/matching/compile';
import { loadPackedMatcher } from '@/lib/matching/pack/load-matcher';
import { createMatcher } from '@/lib/matching/matcher';
import { packDictionary } from '@/lib/matching/pack/pack';
import { dictionary, taxon } from './dictionary-fixture';

const SYLLABLES = ['ka', 'lo', 'ri', 'pu', 'ne', 'sto', 'va', 'mi', 'ther', 'ax', 'ol', 'us', 'in', 'qua', 'ze', 'ro'];

/** Deterministic pseudo-words, so the dictionary is the same on every run. */
function wordMaker(): (syllables: number) => string {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % SYLLABLES.length;
  return (syllables) => Array.from({ length: syllables }, () => SYLLABLES[next()]).join('');
}

/** 25,000 taxa × (scientific name, synonym, EN and ES name) = 100,000 names. */
function syntheticTaxa(): TaxonInput[] {
  const word = wordMaker();
  return Array.from({ length: 25_000 }, (_, i) => {
    const scientificName = `${word(3)[0].toUpperCase()}${word(2)} ${word(3)}${i}`;
    const names: { text: string; lang: Lang }[] = [
      { text: `${word(2)} ${word(3)}${i}`, lang: 'en' },
      { text: `${word(3)}${i}`, lang: 'es' },
    ];
    return taxon(`t${i}`, scientificName, names, { synonyms: [`${word(2)} ${word(2)}${i}`] });
  });
}

describe('a 100,000-name dictionary', () => {
  const taxa = syntheticTaxa();
  const compiled = compileDictionary(DictionarySchema.parse(dictionary({ taxa })));
  const matcher = createMatcher(JSON.parse(JSON.stringify(compiled)));

  it('compiles every name', () => {
    expect(compiled.terms).toHaveLength(100_000);
    expect(compiled.entries).toHaveLength(25_000);
  });

  const planted = [taxa[17].scientificName, taxa[24_999].names![0].text, `${taxa[12_345].names![1].text}s`];
  const filler = Array.from({ length: 2_000 }, (_, i) => `kalori${i} pune stova`).join(' ');
  const text = `${filler} ${planted[0]}, ${filler}\n${planted[1]} ${filler} ${planted[2]}.`;

  it('finds planted names among many words that are not', () => {
    const matches = matcher.find(text);
    expect(matches.map((match) => text.slice(match.start, match.end))).toEqual(planted);
    expect(matches.map((match) => matcher.entries[matcher.terms[match.terms[0]].entry].id)).toEqual([
      't17',
      't24999',
      't12345',
    ]);
  });

  it('loads from its tab pack in many slices and finds the same', async () => {
    const pack = JSON.parse(JSON.stringify(packDictionary(compiled)));
    let pauses = 0;
    const yieldNow = async () => void pauses++;
    const loaded = await loadPackedMatcher(pack.head, async (i) => pack.parts[i], { sliceMs: 0, yieldNow });
    // With a slice of 0 ms every step pauses: the index's and the lists' columns decode in runs of 16,384 integers.
    expect(pauses).toBeGreaterThan(50);
    expect(loaded.find(text)).toEqual(matcher.find(text));
    expect(loaded.terms).toEqual(compiled.terms);
    expect(loaded.entries).toEqual(compiled.entries);
  });
});
