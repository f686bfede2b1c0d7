import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { possessiveWithoutApostrophe } from '@/lib/matching/english-possessive';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string) => matcher.find(text, { lang: 'en' }).map((match) => text.slice(match.start, match.end));

describe("an English name's possessive without its apostrophe", () => {
  it.each([
    ["Hermann's tortoise", 'Hermanns tortoise'],
    ['Goffin’s cockatoo', 'Goffins cockatoo'],
    ["Rothschild's slipper orchid", 'Rothschilds slipper orchid'],
    ['ball python', undefined],
    ["Przewalski's", 'Przewalskis'],
  ] as const)('%s → %s', (text, variant) => {
    expect(possessiveWithoutApostrophe({ text, lang: 'en' })?.text).toBe(variant);
  });

  it('leaves other languages alone', () => {
    expect(possessiveWithoutApostrophe({ text: "tortue d'Hermann", lang: 'fr' })).toBeUndefined();
  });

  it.each([
    ['2 yr old hermanns tortoise, hibernated last winter', 'hermanns tortoise'],
    ['two hermanns tortoises for sale with their table', 'hermanns tortoises'],
    ["Hermann's tortoise, male, 10 years", "Hermann's tortoise"],
  ])('is found in an ad: "%s"', (text, name) => {
    expect(found(text)).toContain(name);
  });
});
