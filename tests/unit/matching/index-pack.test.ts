import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { DictionarySchema, LangSchema } from '@/lib/dictionary/schema';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { BOUNDS, LIST_COLUMNS, WALK_COLUMNS, type FlatIndex } from '@/lib/matching/flat-index';
import { decodeLists, decodeWalk, encodeIndex, type Pieces } from '@/lib/matching/pack/index-pack';
import { loadPackedIndex } from '@/lib/matching/pack/load';
import { loadPackedMatcher, loadSecondHalf } from '@/lib/matching/pack/load-matcher';
import { packDictionary } from '@/lib/matching/pack/pack';
import { partHash, TAB_PACK_VERSION, type TabPack } from '@/lib/matching/pack/tab-pack';
import { UNPACED, type Pace } from '@/lib/scheduling/pace';
import { dictionary, taxon } from './dictionary-fixture';

const bundled = compileDictionary(loadBundledDictionary());

/** An index whose columns are all empty but one, for the codec alone. */
function indexWith(column: keyof FlatIndex, values: number[], text = ''): FlatIndex {
  const index = Object.fromEntries(
    [...WALK_COLUMNS, ...LIST_COLUMNS].map(([name, kind]) => [
      name,
      kind < BOUNDS ? new Int32Array(0) : new Int32Array(1),
    ]),
  ) as unknown as FlatIndex;
  return { ...index, [column]: Int32Array.from(values), text };
}

/** Enough taxa for an index of several parts. */
const manyTaxa = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    taxon(`t${i}`, `Genus${i} epithet${i}`, [{ text: `parrot ${i}`, lang: 'en' }]),
  );

const partsOf = (pack: TabPack, column: 'index' | 'lists' | 'texts') =>
  pack.parts.filter((_, i) => pack.head.parts[i]!.column === column);

/**
 * The index back from its strings, as a tab decodes them: the first stage's half, then the second's; the texts (kept
 * apart from the keys in a tab, and read as matches point into them) are joined to them here to compare.
 */
async function decodeBoth({ walk, lists, texts, counts }: ReturnType<typeof encodeIndex>): Promise<FlatIndex> {
  const index = await decodeWalk([walk], counts, UNPACED);
  await decodeLists(index, [lists], counts, UNPACED);
  return { ...index, text: index.text + texts };
}

describe('the flat index codec', () => {
  it('gives back the index it encoded, for the bundled list', async () => {
    const index = buildFlatIndex(bundled, { entryRecords: ['a record', 'another'], langCodes: LangSchema.options });
    expect(await decodeBoth(encodeIndex(index))).toEqual(index);
  });

  it.each([
    ['arcParadigm', [5, 40_000, 7, 123_456_789]],
    ['termEntry', [3, 70_000, 2]],
  ] as const)("decodes %s from pieces cut anywhere, an integer's digits apart", async (column, values) => {
    const index = indexWith(column, [...values], 'ab\u00e9\u0436\u{1f99c}');
    const { walk, lists, texts, counts } = encodeIndex(index);
    const stream = column === 'arcParadigm' ? walk : lists;
    // The second value's digits: after the first value's one, before the third's.
    const cut = [stream.slice(0, 1), stream.slice(1, 3), '', stream.slice(3, -2), stream.slice(-2)];
    const decoded = await decodeWalk(column === 'arcParadigm' ? cut : [walk], counts, UNPACED);
    await decodeLists(decoded, column === 'arcParadigm' ? [lists] : cut, counts, UNPACED);
    expect({ ...decoded, text: decoded.text + texts }).toEqual(index);
  });

  it('decodes every kind of column from pieces cut at any two places, the same as from one string', async () => {
    const index = {
      ...indexWith('arcParadigm', [7, 2_024, 0x7fffffff, 0, 91_125]),
      arcPatternList: Int32Array.from([5, 3, 70_000, 69_000, 2_100_000]),
      slotArcs: Int32Array.from([0, 45, 45, 3_000]),
      slotKeys: Int32Array.from([0, 2, 5, 8]),
      text: 'ab\u00e9\u0436x\u{1f99c}y',
    };
    const { walk, counts } = encodeIndex(index);
    const whole = await decodeWalk([walk], counts, UNPACED);
    expect(whole).toEqual({ ...index, ...Object.fromEntries(LIST_COLUMNS.map(([name]) => [name, undefined])) });
    for (let first = 0; first <= walk.length; first++) {
      for (let second = first; second <= walk.length; second++) {
        const cut = [walk.slice(0, first), walk.slice(first, second), walk.slice(second)];
        expect(await decodeWalk(cut, counts, UNPACED)).toEqual(whole);
      }
    }
  });

  it('refuses a walk cut short anywhere, in its columns or in its keys', async () => {
    const index = {
      ...indexWith('arcParadigm', [7, 2_024, 0x7fffffff]),
      slotKeys: Int32Array.from([0, 3]),
      text: 'abc',
    };
    const { walk, counts } = encodeIndex(index);
    for (let end = 0; end < walk.length; end++)
      await expect(decodeWalk([walk.slice(0, end), ''], counts, UNPACED)).rejects.toThrow('does not fit');
  });

  it("keeps the second stage's columns and text out of the first stage's half", async () => {
    const index = buildFlatIndex(bundled, { entryRecords: ['a record', 'another'], langCodes: LangSchema.options });
    const { walk, counts } = encodeIndex(index);
    const keysEnd = index.slotKeys.at(-1)!;
    const first = await decodeWalk([walk], counts, UNPACED);
    expect(first.text).toBe(index.text.slice(0, keysEnd));
    expect(first.nodeRanges).toEqual(index.nodeRanges);
    expect(first.patternCrossesLines).toEqual(index.patternCrossesLines);
    expect([first.termEntry, first.entryRecord, first.patternTerms]).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    ['plain values', 'arcParadigm', [0, 1, 44, 45, 2_024, 2_025, 91_124, 91_125, 123_456_789, 0x7fffffff, 5]],
    ['steps that go down as well as up', 'termEntry', [3, 0, 70_000, 69_999, 1, 1, 400_000]],
    ['bounds', 'patternTerms', [0, 1, 1, 40_000, 40_002]],
  ] as const)("round-trips %s on both sides of each digit count's limit", async (_, column, values) => {
    const index = indexWith(column, [...values]);
    const encoded = encodeIndex(index);
    expect(await decodeBoth(encoded)).toEqual(index);
    // Storage moves ASCII far more cheaply than other characters, and JSON leaves these as they are.
    expect(encoded.walk + encoded.lists).toMatch(/^[#-;=-[\]-~]*$/);
  });

  it("writes the checklist-sized columns of a large index in ASCII alone: only the text's letters are not", () => {
    const index = buildFlatIndex(bundled, { entryRecords: ['a record', 'another'], langCodes: LangSchema.options });
    const { walk, lists, counts } = encodeIndex(index);
    const walkColumns = walk.length - counts[WALK_COLUMNS.length]!;
    expect(walk.slice(0, walkColumns)).toMatch(/^[#-;=-[\]-~]*$/);
    // The lists stream is its columns alone: the texts are stored apart.
    expect(lists).toMatch(/^[#-;=-[\]-~]*$/);
  });

  it('refuses a value it cannot store', () => {
    expect(() => encodeIndex(indexWith('arcParadigm', [-1]))).toThrow('cannot store -1');
    // A step wider than an Int32Array's values would not decode into one.
    expect(() => encodeIndex(indexWith('termEntry', [0x7fffffff, -0x7fffffff]))).toThrow('cannot store');
  });

  it('refuses a string that does not fit its counts', async () => {
    const { walk, lists, counts } = encodeIndex(indexWith('arcParadigm', [1, 2, 3], 'text'));
    await expect(decodeWalk([walk.slice(0, -1)], counts, UNPACED)).rejects.toThrow('does not fit');
    const index = await decodeWalk([walk], counts, UNPACED);
    await expect(decodeLists(index, [`${lists}x`], counts, UNPACED)).rejects.toThrow('does not fit');
    await expect(decodeLists(index, [lists], counts.slice(1), UNPACED)).rejects.toThrow('does not match this version');
  });
});

describe('the index in a tab pack', () => {
  it('is stored as strings storage keeps as they are: no lone surrogate, cut between pairs', () => {
    const astral = compileDictionary(
      DictionarySchema.parse(
        dictionary({
          // Names with a character outside the BMP all through the index text, which is cut into parts.
          taxa: Array.from({ length: 30_000 }, (_, i) =>
            taxon(`t${i}`, `Genus${i} epithet`, [{ text: `parrot\u{1f99c}${i}`, lang: 'en' }]),
          ),
        }),
      ),
    );
    for (const compiled of [bundled, astral]) {
      const pack = packDictionary(compiled);
      const parts = [...partsOf(pack, 'index'), ...partsOf(pack, 'lists'), ...partsOf(pack, 'texts')];
      expect(parts.length).toBeGreaterThan(0);
      for (const part of parts) {
        expect(part).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }
    }
  }, 300_000); // compiles 30,000 names and packs them twice: ~10 s alone, ~90 s on a 2-core machine under load

  it('is all a tab reads, with the lists and their texts: the other columns are for the background', async () => {
    const pack = packDictionary(bundled);
    const read: number[] = [];
    const matcher = await loadPackedMatcher(pack.head, async (i) => (read.push(i), pack.parts[i]));
    expect(read.map((i) => pack.head.parts[i]!.column)).toEqual([
      ...partsOf(pack, 'index').map(() => 'index'),
      ...partsOf(pack, 'lists').map(() => 'lists'),
      ...partsOf(pack, 'texts').map(() => 'texts'),
    ]);
    expect([...matcher.terms]).toEqual(bundled.terms);
    expect([...matcher.entries]).toEqual(bundled.entries);
  });

  it('decodes a term and its entry only when asked for them', async () => {
    const pack = packDictionary(bundled);
    const matcher = await loadPackedMatcher(pack.head, async (i) => pack.parts[i]);
    const [match] = matcher.find('Psittacus erithacus');
    const term = matcher.terms[match!.terms[0]!]!;
    expect(matcher.entries[term.entry]!.label).toBe('Psittacus erithacus');
    expect(matcher.terms[match!.terms[0]!]).toBe(term);
    expect(() => ((matcher.terms as TermLike[])[0] = term)).toThrow(TypeError);
  });

  it('asks for every index part at once, before the first has arrived', async () => {
    const pack = packDictionary(compileDictionary(DictionarySchema.parse(dictionary({ taxa: manyTaxa(20_000) }))));
    const wanted = pack.head.parts.flatMap((part, i) => (part.column === 'index' ? [i] : []));
    const asked: number[] = [];
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const loading = loadPackedIndex(pack.head, async (i) => (asked.push(i), await arrived, pack.parts[i]));
    expect(wanted.length).toBeGreaterThan(1);
    expect(asked).toEqual(wanted);
    arrive();
    expect((await loading).text.length).toBe(pack.head.index[WALK_COLUMNS.length]);
  });

  it("decodes the walk columns as their parts arrive: all of them before the keys' last part has", async () => {
    const index = buildFlatIndex(bundled, { entryRecords: ['a record', 'another'], langCodes: LangSchema.options });
    const encoded = encodeIndex(index);
    const text = encoded.walk;
    // Parts arriving out of order, the last one only the keys' text.
    const pieces = [text.slice(0, 1000), text.slice(1000, -10), text.slice(-10)];
    const arrivals = pieces.map(() => Promise.withResolvers<string>());
    const decode = (parts: Pieces, pace: Pace) => decodeWalk(parts, encoded.counts, pace);
    const counting = () => {
      const pace = { ...UNPACED, runs: 0, due: () => (pace.runs++, false) };
      return pace;
    };
    const whole = counting();
    const expected = await decode(pieces, whole);
    const arriving = counting();
    const decoding = decode(
      arrivals.map(({ promise }) => promise),
      arriving,
    );
    arrivals[1]!.resolve(pieces[1]!);
    arrivals[0]!.resolve(pieces[0]!);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(arriving.runs).toBe(whole.runs);
    arrivals[2]!.resolve(pieces[2]!);
    expect(await decoding).toEqual(expected);
    // The lists stream is the second stage's columns alone: its texts are a stream of their own.
    await decodeLists(expected, [encoded.lists], encoded.counts, UNPACED);
    expect({ ...expected, text: expected.text + encoded.texts }).toEqual(index);
  });

  it('refuses a damaged part that arrives after the columns are decoded', async () => {
    const pack = structuredClone(packDictionary(bundled));
    const at = pack.head.parts.findLastIndex((part) => part.column === 'lists');
    pack.parts[at] = `${pack.parts[at]}x`;
    const index = await loadPackedIndex(pack.head, async (i) => pack.parts[i]);
    await expect(loadSecondHalf(index, pack.head, async (i) => pack.parts[i])).rejects.toThrow(`part ${at} is damaged`);
  });

  it("reads the first stage's half first, and the lists only when asked", async () => {
    const pack = packDictionary(bundled);
    const read: string[] = [];
    const readPart = async (i: number) => (read.push(pack.head.parts[i]!.column), pack.parts[i]);
    const index = await loadPackedIndex(pack.head, readPart);
    expect(new Set(read)).toEqual(new Set(['index']));
    const lists = await loadSecondHalf(index, pack.head, readPart);
    expect(read.filter((column) => column === 'lists')).toHaveLength(partsOf(pack, 'lists').length);
    // The index's text stays the keys: joined to the terms' and entries' text, the walk's next read copied it whole.
    expect(index.text.length).toBe(pack.head.index[WALK_COLUMNS.length]);
    expect([lists.terms.at(-1), lists.entries.at(-1)]).toEqual([bundled.terms.at(-1), bundled.entries.at(-1)]);
  });

  it('is refused when a lists part is damaged', async () => {
    const pack = structuredClone(packDictionary(bundled));
    const at = pack.head.parts.findIndex((part) => part.column === 'lists');
    pack.parts[at] = `${pack.parts[at]}x`;
    const index = await loadPackedIndex(pack.head, async (i) => pack.parts[i]);
    await expect(loadSecondHalf(index, pack.head, async (i) => pack.parts[i])).rejects.toThrow(`part ${at} is damaged`);
  });

  it('is refused at the first damaged part, whatever the reads after it do', async () => {
    const pack = structuredClone(packDictionary(bundled));
    const [first, ...rest] = pack.head.parts.flatMap((part, i) => (part.column === 'index' ? [i] : []));
    pack.parts[first!] = `${pack.parts[first!]}x`;
    // A later part that cannot be read at all: its rejection must not go unhandled (vitest fails the run if it does).
    const read = async (i: number) => (rest.includes(i) ? Promise.reject(new Error('gone')) : pack.parts[i]);
    await expect(loadPackedIndex(pack.head, read)).rejects.toThrow(`part ${first} is damaged`);
  });

  it('is refused when an index part is damaged, by its hash', async () => {
    const pack = structuredClone(packDictionary(bundled));
    const at = pack.head.parts.findIndex((part) => part.column === 'index');
    const text = pack.parts[at]!;
    pack.parts[at] = text.slice(0, 100) + String.fromCharCode(text.charCodeAt(100) ^ 1) + text.slice(101);
    expect(partHash('index', pack.parts[at]!)).not.toBe(pack.head.parts[at]!.hash);
    await expect(loadPackedMatcher(pack.head, async (i) => pack.parts[i])).rejects.toThrow(`part ${at} is damaged`);
  });

  it('is refused in another format', async () => {
    const pack = structuredClone(packDictionary(bundled));
    (pack.head as { formatVersion: number }).formatVersion = TAB_PACK_VERSION - 1;
    await expect(loadPackedMatcher(pack.head, async (i) => pack.parts[i])).rejects.toThrow(
      `format ${TAB_PACK_VERSION - 1}`,
    );
  });
});

type TermLike = (typeof bundled.terms)[number];
