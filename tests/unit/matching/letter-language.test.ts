import { describe, expect, it } from 'vitest';
import { languageOfLetters } from '@/lib/matching/letter-language';

// Written for this test: short ads and words, each with the letters of one language or of none.
describe('the language that letters prove', () => {
  it.each([
    ['ru', 'Отдам клетку, 2 года'],
    ['pl', 'Klatka duża, odbiór Kraków'],
    ['pl', 'ŻÓŁTA KLATKA'],
    ['de', 'Käfig groß, Abholung'],
    ['de', 'Möwe, Stück'],
    ['es', 'Jaula grande, 3 años'],
    ['nl', 'Kooi groot, prijs 40'],
    ['nl', 'IJsvogel'],
  ])('%s: %s', (lang, text) => {
    expect(languageOfLetters(text)).toBe(lang);
  });

  it.each([
    'Jaula grande, 120 €',
    'Café, città, crème brûlée',
    // A vowel before ö or ü, or g before ü: Dutch "coördinator", "reünie", Spanish "pingüino".
    'Zoölogisch, reünie, pingüino, agüero',
    // Spanish writes ij before a vowel, and so do names borrowed elsewhere.
    'Hijo, Fiji, Beijing',
    // One Cyrillic look-alike inside a Latin word is a disguise, not Russian.
    'P\u0430rrot for sale',
    '\u0421\u043e\u0441\u043ea butter',
    // Two languages' letters: a place's name in another language's ad.
    'Käfig, Abholung in Łódź',
  ])('none: %s', (text) => {
    expect(languageOfLetters(text)).toBeUndefined();
  });
});
