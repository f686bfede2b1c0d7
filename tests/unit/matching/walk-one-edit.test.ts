import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { oneEditSpellings } from '@/lib/matching/one-edit';

// A name's first word read one letter dropped, added or changed (to a like letter) away, never in its first two
// letters (lib/matching/one-edit.ts, walk.ts): alone it counts only beside wildlife words (sense-filter.ts).
const compiled = compileDictionary(loadBundledDictionary());
const matcher = createMatcher(compiled);
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));

describe('a name read one edit away', () => {
  it.each([
    // A letter dropped, added, or a vowel or a sound-alike consonant changed, with wildlife words beside it.
    ['Umbrella cokatoo, captive bred parrot, hand reared, ringed', 'en', 'cokatoo'],
    ['Genuine leapard skin rug with the head, some wear, offers', 'en', 'leapard skin'],
    ['Шкура леапарда, охотничий трофей, с головой, шкура старая', 'ru', 'леапарда'],
    [
      'Tortue: vends tortu terrestre? Non, un Perroqet gris du Gabon, bagué, élevé à la main',
      'fr',
      'Perroqet gris du Gabon',
    ],
    // A scientific name of several words, the rest written as it is.
    ['Captive bred Chameleo calyptratus, hatchling, eats crickets', 'en', 'Chameleo calyptratus'],
  ])('is found: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it.each([
    // No wildlife word beside it: an everyday word or a slip alike.
    ['Umbrella cokatoo stand for sale, chrome finish, two metres', 'en'],
    // Another language's name: "single" is no French "singe", even beside "skin".
    ['Crisp chicken skin every single time: salt it the night before', 'en'],
    // A change to an unlike letter: "Januar" is no "jaguar", even beside a parrot's genus in a list of names.
    ['Kursliste: Ara Petrosjan, Vanda Kühn; Beginn am 12. Januar, Raum 4', 'de'],
    // A lone capitalised word one edit from a genus is as often a place or a person (Italian "Birmania" is no orchid
    // "Biermania"), even beside wildlife words: the genus alone is not read.
    ['Captive bred Chameleo, hatchling in a terrarium, eats crickets', 'en'],
  ])('leaves it alone: "%s"', (text, pageLang) => {
    expect(found(text, pageLang)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/cokatoo|single|Januar|Chameleo/)]),
    );
  });

  it('never changes a word’s first two letters, and looks up only spellings some key starts like', () => {
    const spellings = oneEditSpellings(buildFlatIndex(compiled), 'leapard');
    expect(spellings).toContain('leopard');
    expect(spellings.every((spelling) => spelling.startsWith('le'))).toBe(true);
    expect(oneEditSpellings(buildFlatIndex(compiled), 'qxzvwj')).toEqual([]);
  });
});
