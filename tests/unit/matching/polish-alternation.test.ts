import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { polishAlternation } from '@/lib/matching/polish-alternation';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string) =>
  matcher.find(text, { pageLang: 'pl' }).map((match) => text.slice(match.start, match.end));

describe('a Polish "ą" that is "ę" in the other cases', () => {
  it('spells the name with "ę" before the last consonant of any of its words', () => {
    expect(polishAlternation({ text: 'jastrząb', lang: 'pl' })).toEqual({ text: 'jastrzęb', lang: 'pl' });
    expect(polishAlternation({ text: 'gołąb grzywacz', lang: 'pl' })).toEqual({ text: 'gołęb grzywacz', lang: 'pl' });
  });

  it('leaves other words and other languages alone', () => {
    expect(polishAlternation({ text: 'żółw stepowy', lang: 'pl' })).toBeUndefined();
    expect(polishAlternation({ text: 'wąski', lang: 'pl' })).toBeUndefined();
    expect(polishAlternation({ text: 'jastrząb', lang: 'ru' })).toBeUndefined();
  });

  it('finds the declined name in an ad, and keeps the name’s sense rules and exclusions', () => {
    expect(found('Oddam młodego jastrzębia z hodowli, ułożony, z papierami')).toEqual(['jastrzębia']);
    expect(found('Pluszowy jastrzębia kształt, zabawka dla dzieci, nowa')).toEqual([]);
    expect(found('Mieszkanie w Jastrzębiu-Zdroju, 3 pokoje, do wynajęcia od zaraz')).toEqual([]);
  });
});
