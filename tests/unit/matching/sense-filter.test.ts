import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { SENSE_CUES, WILDLIFE_CUES } from '@/lib/dictionary/senses';
import { cueWords } from '@/lib/matching/cue-words';
import { SENSE_SENTENCES } from './sense-sentences';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const highlighted = (text: string) => matcher.find(text).map((match) => text.slice(match.start, match.end));

describe('the sense filter on the bundled dictionary', () => {
  it('has at least 200 sentences, 25 a language', () => {
    expect(SENSE_SENTENCES.length).toBeGreaterThanOrEqual(200);
    for (const lang of ['en', 'fr', 'de', 'nl', 'es', 'it', 'pl', 'ru']) {
      expect(SENSE_SENTENCES.filter(([sentenceLang]) => sentenceLang === lang).length).toBeGreaterThanOrEqual(25);
    }
  });

  it.each(SENSE_SENTENCES.filter(([, , wildlife]) => wildlife))('%s: highlights "%s"', (_, text) => {
    expect(highlighted(text)).not.toEqual([]);
  });

  it.each(SENSE_SENTENCES.filter(([, , wildlife]) => !wildlife))('%s: leaves "%s" quiet', (_, text) => {
    expect(highlighted(text)).toEqual([]);
  });
});

describe('exemptions and false friends', () => {
  it.each([
    ['Budgerigar and African grey parrot for sale', ['African grey parrot']],
    ['Wellensittich und Graupapagei abzugeben, jeder Papagei zahm', ['Graupapagei', 'Papagei']],
    ['Wellensittich abzugeben, der kleine Papagei ist zahm', []],
    ['Our online store sells sturgeon caviar', ['sturgeon', 'caviar']],
    ['Störe im Teich: die Zucht von Stören', ['Störe', 'Stören']],
    ['El loro gris africano es una especie protegida', ['loro gris africano']],
  ])('%s → %j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });
});

describe('the cue data', () => {
  it('writes every cue as one word or one stem', () => {
    const lists = [WILDLIFE_CUES, ...Object.values(SENSE_CUES)].flatMap((cues) => Object.values(cues));
    const entries = lists.flatMap((list) => list.split(/\s+/).filter((entry) => entry !== ''));
    expect(entries.filter((entry) => cueWords(entry).length !== 1)).toEqual([]);
  });
});
