import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { compoundAdjectiveAsNoun } from '@/lib/matching/english-attributive';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string) => matcher.find(text, { lang: 'en' }).map((match) => text.slice(match.start, match.end));

describe("an English name's compound adjective written with the bare noun", () => {
  it.each([
    ['red-footed tortoise', 'red-foot tortoise'],
    ['pig-nosed turtle', 'pig-nose turtle'],
    ['yellow-naped amazon', 'yellow-nape amazon'],
    ['white-bellied caique', 'white-belly caique'],
    ['red-eyed tree frog', 'red-eye tree frog'],
    ['giant girdled lizard', 'giant girdle lizard'],
    ['two-toed sloth', 'two-toe sloth'],
    ['double yellow-headed amazon', 'double yellow-head amazon'],
  ] as const)('%s → %s', (text, variant) => {
    expect(compoundAdjectiveAsNoun({ text, lang: 'en' })?.text).toBe(variant);
  });

  it.each([
    // A participle opening the name, or ending it, has no other word of the name to guard its noun.
    'reticulated python',
    'clouded leopard',
    'Asian arowana',
    'tortoise spur-thighed',
  ])('leaves %s alone', (text) => {
    expect(compoundAdjectiveAsNoun({ text, lang: 'en' })).toBeUndefined();
  });

  it('leaves other languages alone', () => {
    expect(compoundAdjectiveAsNoun({ text: 'loro cabeza-amarillo real', lang: 'es' })).toBeUndefined();
  });

  it.each([
    ['pig nose turtle around 6 inch, needs a 4ft tank', 'pig nose turtle'],
    ['2 red foot tortoises, eating well', 'red foot tortoises'],
    ['Green wing macaw, 3 years, hand tame', 'Green wing macaw'],
    ['spur thigh tortoise for sale with hibernation box', 'spur thigh tortoise'],
  ])('is found in an ad: "%s"', (text, name) => {
    expect(found(text)).toContain(name);
  });
});
