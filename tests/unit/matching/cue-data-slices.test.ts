import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { AMBIGUOUS_TERMS, SENSE_CUES, WILDLIFE_CUES } from '@/lib/dictionary/senses';
import { compileDictionary } from '@/lib/matching/compile';
import { cueWords, listCueWords } from '@/lib/matching/cue-words';
import { createMatcher } from '@/lib/matching/matcher';
import { prepareSenses } from '@/lib/matching/sense-filter';
import type { Pace } from '@/lib/scheduling/pace';

const cueLists = [
  ...Object.values(WILDLIFE_CUES),
  ...Object.values(SENSE_CUES).flatMap((cues) => Object.values(cues)),
  ...AMBIGUOUS_TERMS.flatMap((term) => Object.values(term.wildlife ?? {})),
].filter((list) => list !== undefined);

describe('the cue data, folded a list at a time', () => {
  it('folds every list of the data as its entries fold one by one', () => {
    expect(cueLists.length).toBeGreaterThan(100);
    for (const list of cueLists) {
      expect(listCueWords(list)).toEqual(list.split(/\s+/).filter(Boolean).flatMap(cueWords));
    }
  });

  it('keeps a word a stem only when a star follows it', () => {
    expect(listCueWords('carv* tusk  rosy-faced lovebird* ca*')).toEqual([
      { text: 'carv', stem: true },
      { text: 'tusk', stem: false },
      { text: 'rosy', stem: false },
      { text: 'faced', stem: false },
      { text: 'lovebird', stem: true },
      { text: 'ca', stem: false },
    ]);
    expect(listCueWords('')).toEqual([]);
    expect(listCueWords(undefined)).toEqual([]);
  });
});

describe('prepareSenses', () => {
  // This file's module state is its own (vitest isolates files): nothing has built the cue data before.
  it('builds the cue data in many slices ahead of the scan, then the filter uses it', async () => {
    let pauses = 0;
    const alwaysDue: Pace = { due: () => true, pause: async () => void pauses++, restart: () => undefined };
    await prepareSenses(alwaysDue);
    expect(pauses).toBeGreaterThan(AMBIGUOUS_TERMS.length);

    const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
    const found = (text: string) => matcher.find(text).map((match) => text.slice(match.start, match.end));
    expect(found('Customs officers seized raw ivory hidden in a container')).toEqual(['raw ivory']);
    expect(found('Bridal gown in ivory satin with a lace train')).toEqual([]);

    const pausesBefore = pauses;
    await prepareSenses(alwaysDue);
    expect(pauses).toBe(pausesBefore);
  });
});
