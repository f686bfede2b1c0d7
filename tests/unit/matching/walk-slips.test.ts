import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';

// The walk reads one slip of the fingers in a long word that matches nothing as it stands: two neighbouring letters
// swapped, a letter doubled, a doubled letter written once (lib/matching/walk.ts, SLIP_MIN).
const compiled = compileDictionary(loadBundledDictionary());
const matcher = createMatcher(compiled);
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
    // A name that may also end a compound ("kaketoe", "Landschildkröte") takes a slip written as a whole word.
    ['Tamme kakketoe zoekt een nieuw thuis, praat een beetje', 'nl', 'kakketoe'],
    ['Eine Landschildkörte, Weibchen, mit Meldebescheinigung abzugeben', 'de', 'Landschildkörte'],
  ])('is found: "%s"', (text, pageLang, name) => {
    expect(found(text, pageLang)).toContain(name);
  });

  it.each([
    // Everyday words one letter dropped, added or changed from a name, with no wildlife word beside them
    // (walk-one-edit.test.ts).
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

describe('the walk’s remembered lookups', () => {
  // Every node's lookups are remembered (walk.ts, CACHE_LIMIT): a word after a name's first word, slip or not, is
  // looked up once per node, so the same probe after another first word must not reuse the first one's answer.
  const texts = [
    ['Royal python (Python regius) female, captive bred 2024', 'en'],
    ['Python programming book, 3rd edition, like new', 'en'],
    ['Pair of Testudo hermani, both about six years old', 'en'],
    ['Testudo hermanni boettgeri, CB 2023, with papers', 'en'],
    ['Testudo regius and Python hermani are no names at all', 'en'],
    ['Psittacus eritthacus, hand reared, talks a little', 'en'],
    ['Juvenile Sulcatta tortoise, eats well, captive bred', 'en'],
    ['Biete Graupapagei, handzahm, mit CITES-Papieren', 'de'],
  ] as const;
  const fresh = (text: string, pageLang: string) =>
    createMatcher(compiled)
      .find(text, { pageLang })
      .map((match) => text.slice(match.start, match.end));

  it('finds in a text met again, after others, what a matcher that never met a text finds', () => {
    const shared = createMatcher(compiled);
    const read = (text: string, pageLang: string) =>
      shared.find(text, { pageLang }).map((match) => text.slice(match.start, match.end));
    const expected = texts.map(([text, pageLang]) => fresh(text, pageLang));
    expect(expected.flat()).toEqual(
      expect.arrayContaining(['Python regius', 'Testudo hermani', 'Testudo hermanni', 'Sulcatta tortoise']),
    );
    // Twice, in two orders: the second round answers from what the first remembered.
    expect(texts.map(([text, pageLang]) => read(text, pageLang))).toEqual(expected);
    expect([...texts].reverse().map(([text, pageLang]) => read(text, pageLang))).toEqual([...expected].reverse());
  });

  it('still finds names once the remembered lookups were emptied (more words than it keeps)', () => {
    const shared = createMatcher(compiled);
    const text = 'Pair of Testudo hermani and a Sulcatta tortoise';
    const before = shared.find(text, { pageLang: 'en' });
    // 60,000 distinct words (some spell a name's abbreviation), each a lookup to remember: past the limit, so the
    // lookups are emptied once.
    shared.find(Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}`).join(' '), { pageLang: 'en' });
    expect(shared.find(text, { pageLang: 'en' })).toEqual(before);
    expect(before.map((match) => text.slice(match.start, match.end))).toEqual(['Testudo hermani', 'Sulcatta tortoise']);
  });
});
