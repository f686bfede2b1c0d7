import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

// The walk reads one slip of the fingers in a long word that matches nothing as it stands: two neighbouring letters
// swapped, a letter doubled, a doubled letter written once (lib/matching/walk.ts, SLIP_MIN).
const matcher = createMatcher(compileDictionary(loadBundledDictionary()));
const found = (text: string, pageLang: string) =>
  matcher.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));

describe('a seller’s slip in a long name', () => {
  it.each([
    ['Juvenile Sulcatta tortoise, eats well, captive bred, collection only', 'en', 'Sulcatta tortoise'],
    ['Pair of Testudo hermani, both about six years old, outdoor enclosure included', 'en', 'Testudo hermani'],
    ['Psittacus eritthacus, hand reared, talks a little, with papers', 'en', 'Psittacus eritthacus'],
    ['Vends chameloen mâle adulte avec son terrarium complet', 'fr', 'chameloen'],
    ['Vendo cuerno de Rinocerronte antiguo, heredado de mi abuelo', 'es', 'cuerno de Rinocerronte'],
    ['Biete Elefnatenstoßzahn aus Nachlass, 40 cm, mit Gutachten', 'de', 'Elefnatenstoßzahn'],
  ])('is found: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it.each([
    // One letter dropped, added or changed is never read: these are everyday words one edit from a name.
    ['The surgeon said the operation went well and I can walk again next week', 'en'],
    ['Flacon de parfum vide, verre taillé, bouchon d’origine, idéal collection', 'fr'],
    ['Die Steuern für das Auto sind gestiegen, die Karten liegen im Handschuhfach', 'de'],
    ['Kaviaarlimoen in pot, geurig blad, kan buiten staan in de zomer', 'nl'],
    ['Extended warranty included, three years parts and labour, receipt available', 'en'],
    // Short words are not read with slips at all.
    ['Il pistone del motore è da cambiare, la moto resta in garage', 'it'],
  ])('leaves an everyday word alone: "%s"', (text, pageLang) => {
    expect(found(text, pageLang)).toEqual([]);
  });
});
