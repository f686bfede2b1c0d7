import { compiledLists } from '@/lib/matching/matcher';
import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { createFullScan } from '@/lib/matching/full-scan';
import { matcherParts, matcherWith, stagedMatcher, type FullScan } from '@/lib/matching/staged-matcher';

const compiled = compileDictionary(loadBundledDictionary());
const index = buildFlatIndex(compiled);
const compiledAsLists = compiledLists(compiled);
/** Every text through the second stage, as every matcher scanned before the first stage could skip it. */
const fullOnly = matcherWith(compiledAsLists, createFullScan(matcherParts(index, compiledAsLists)));

/**
 * A staged matcher whose second stage is at hand, counting the texts that reached it and noting which came with the
 * first stage's words and candidates.
 */
function withStage() {
  let full: FullScan | undefined;
  const reached: string[] = [];
  const handedOver: boolean[] = [];
  const matcher = stagedMatcher(index, compiledAsLists, (parts) => {
    full ??= createFullScan(parts);
    return (text, context, tokens, found) => {
      reached.push(text);
      handedOver.push(tokens !== undefined && found !== undefined);
      return full!(text, context, tokens, found);
    };
  });
  return { matcher, reached, handedOver };
}

/** A tab's matcher before its second stage has arrived: it counts how often it asks for it. */
function withoutStage() {
  const asks = { count: 0 };
  const matcher = stagedMatcher(
    index,
    compiledAsLists,
    () => undefined,
    () => asks.count++,
  );
  return { matcher, asks };
}

const WITHOUT_CANDIDATES = ['Fresh bread every morning, open on Sundays', 'Perzikkopjes te koop, handtam', ''];
const WITH_CANDIDATES = [
  'Carved ivory netsuke, Meiji period',
  'Biete Graupapageien an',
  'Python book for beginners',
  'carved \u202Eyrovi\u202C netsuke',
  'Ox bone figurine, no ivory',
  'Budgies for sale, hand-tame',
  'Продаю волнистых попугаев',
  // An exempt pet's compound ends in the group word "-sittich", which heads the listed parakeets' compounds.
  'Zwei Nymphensittiche abzugeben',
  // A German word too short to inflect heading a product compound; a parrot word after "for" (the kit for one).
  'Kette mit drei Bärenkrallen, Sammlerstück',
  'Stojak dla papugi, drewniany',
];

describe('a staged matcher', () => {
  it.each([...WITHOUT_CANDIDATES, ...WITH_CANDIDATES])('finds in "%s" what the second stage alone finds', (text) => {
    expect(withStage().matcher.scan(text, { lang: 'en' })).toEqual(fullOnly.scan(text, { lang: 'en' }));
  });

  it.each(WITHOUT_CANDIDATES)('leaves "%s" to the first stage: no candidate, no bidi control', (text) => {
    const { matcher, reached } = withStage();
    matcher.scan(text);
    expect(reached).toEqual([]);
  });

  it.each(WITH_CANDIDATES)('hands "%s" to the second stage', (text) => {
    const { matcher, reached } = withStage();
    matcher.scan(text);
    expect(reached).toEqual([text]);
  });

  it.each(WITH_CANDIDATES)(
    'hands "%s" to the second stage with its words and candidates the first time, without them after',
    (text) => {
      const { matcher, handedOver } = withStage();
      const first = matcher.scan(text, { lang: 'en' });
      // Met again: the first stage only remembers that the text needs the second, which makes its words again.
      expect(matcher.scan(text, { lang: 'en' })).toEqual(first);
      expect(handedOver).toEqual([true, false]);
    },
  );

  it('without its second stage, asks for it, finds nothing in text that needs it and says that text waits', () => {
    const { matcher, asks } = withoutStage();
    expect(matcher.scan('Carved ivory netsuke')).toEqual({ matches: [], exempt: [], waiting: true });
    expect(asks.count).toBe(1);
  });

  it('without its second stage, still marks the names the Appendices leave out, and asks for nothing', () => {
    const { matcher, asks } = withoutStage();
    const text = 'Perzikkopjes te koop, handtam';
    expect(matcher.scan(text)).toEqual(fullOnly.scan(text));
    expect(matcher.scan(text).exempt).toHaveLength(1);
    expect(matcher.scan(text).waiting).toBeUndefined();
    expect(asks.count).toBe(0);
  });

  it.each([...WITHOUT_CANDIDATES, ...WITH_CANDIDATES])('answers "%s" met again as it did the first time', (text) => {
    const { matcher, reached } = withStage();
    const first = matcher.scan(text, { lang: 'en' });
    expect(matcher.scan(text, { lang: 'en' })).toEqual(first);
    // A text the first stage has seen is not walked again; one with candidates still reaches the second stage.
    expect(reached).toEqual(WITH_CANDIDATES.includes(text) ? [text, text] : []);
  });

  it('says again that a text met before waits, until its second stage arrives', () => {
    const arrived: { full?: FullScan } = {};
    const matcher = stagedMatcher(index, compiledAsLists, () => arrived.full);
    expect(matcher.scan('Carved ivory netsuke').waiting).toBe(true);
    expect(matcher.scan('Carved ivory netsuke').waiting).toBe(true);
    arrived.full = createFullScan(matcherParts(index, compiledAsLists));
    expect(matcher.scan('Carved ivory netsuke')).toEqual(fullOnly.scan('Carved ivory netsuke'));
    expect(matcher.scan('Carved ivory netsuke').matches).toHaveLength(1);
  });

  it('reads the terms and entries of a name once, not again for each text that holds it', () => {
    let reads = 0;
    const counted = <T extends object>(list: readonly T[]) =>
      new Proxy(list, { get: (target, key) => (/^\d+$/.test(String(key)) && reads++, Reflect.get(target, key)) });
    const lists = { ...compiledAsLists, terms: counted(compiled.terms), entries: counted(compiled.entries) };
    // Without the sense filter, which reads them for its own questions.
    const full = createFullScan(matcherParts(index, lists), { senses: false });
    const matcher = stagedMatcher(index, compiledAsLists, () => full);
    expect(matcher.scan('Carved ivory netsuke').matches).toHaveLength(1);
    expect(reads).toBeGreaterThan(0);
    reads = 0;
    expect(matcher.scan('Old ivory bangle').matches).toHaveLength(1);
    expect(reads).toBe(0);
  });
});
