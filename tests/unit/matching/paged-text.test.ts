import { describe, expect, it, vi } from 'vitest';
import { taxonNames } from '@/lib/detect/describe';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher, matcherOver } from '@/lib/matching/matcher';
import { loadPackedIndex, readPackStream } from '@/lib/matching/pack/load';
import { decodeSecondHalf } from '@/lib/matching/pack/lists';
import { MissingText, pagedText, textsAreSmall } from '@/lib/matching/pack/paged-text';
import { packDictionary } from '@/lib/matching/pack/pack';
import type { TabPack } from '@/lib/matching/pack/tab-pack';
import { dictionary, taxon } from './dictionary-fixture';

/** A list whose texts are far more than the bundled list's, as the full checklist's are (2.0 M characters). */
const large = compileDictionary(
  DictionarySchema.parse(
    dictionary({
      taxa: [
        ...loadBundledDictionary().taxa,
        ...Array.from({ length: 6_000 }, (_, i) =>
          taxon(`t${i}`, `Fictivus${i} imaginarius`, [{ text: `Zwergling Nummer ${i}`, lang: 'de' }]),
        ),
      ],
    }),
  ),
);

/** A pack's parts as storage gives them, each read counted, none answered until `answer` (replies in a task each). */
function storage(pack: TabPack) {
  const reads: number[] = [];
  const pending: (() => void)[] = [];
  return {
    reads,
    readPart: (i: number) =>
      new Promise<unknown>((resolve) => {
        reads.push(i);
        pending.push(() => resolve(pack.parts[i]));
      }),
    /** Answers every read asked for so far, and waits until their replies have been handled. */
    async answer() {
      for (const reply of pending.splice(0)) reply();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const textParts = (pack: TabPack) => pack.head.parts.flatMap((part, i) => (part.column === 'texts' ? [i] : []));

describe("a tab pack's texts, read as matches point into them", () => {
  const pack = packDictionary(large);

  it('are stored in small parts whose lengths the head gives', () => {
    expect(textsAreSmall(pack.head)).toBe(false);
    expect(textsAreSmall(packDictionary(compileDictionary(loadBundledDictionary())).head)).toBe(true);
    const whole = textParts(pack)
      .map((i) => pack.parts[i]!)
      .join('');
    const text = pagedText(pack.head, async (i) => pack.parts[i]);
    return text.readAll().then(() => {
      expect(text.slice(0, whole.length)).toBe(whole);
      expect(text.slice(16_380, 16_400)).toBe(whole.slice(16_380, 16_400));
      expect(text.slice(5, 5)).toBe('');
    });
  });

  it('asks for a missing part once, says a scan waits, and gives the characters when it is in', async () => {
    const { reads, readPart, answer } = storage(pack);
    const waits: number[] = [];
    const text = pagedText(pack.head, readPart, (change) => waits.push(change));
    const [first, second] = textParts(pack);
    expect(() => text.slice(16_000, 17_000)).toThrow(MissingText);
    expect(() => text.slice(16_500, 16_600)).toThrow(expect.objectContaining({ waiting: true }));
    expect(reads).toEqual([first, second]);
    expect(waits).toEqual([1, 1]);
    await answer();
    expect(waits).toEqual([1, 1, -1, -1]);
    expect(text.slice(16_000, 17_000)).toBe((pack.parts[first!]! + pack.parts[second!]!).slice(16_000, 17_000));
    expect(reads).toEqual([first, second]);
  });

  it('gives no waiting for a part that cannot be read, and refuses to read all', async () => {
    const [first] = textParts(pack);
    const waits: number[] = [];
    const text = pagedText(
      pack.head,
      async (i) => (i === first ? 'damaged' : pack.parts[i]),
      (c) => waits.push(c),
    );
    expect(() => text.slice(0, 10)).toThrow(MissingText);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(waits).toEqual([1, -1]);
    expect(() => text.slice(0, 10)).toThrow(expect.objectContaining({ waiting: false }));
    await expect(text.readAll()).rejects.toThrow(`part ${first} is damaged`);
  });

  it("in a tab: a scan waits for the texts its matches point at, then matches as the whole list's matcher", async () => {
    const { reads, readPart, answer } = storage(pack);
    const index = loadPackedIndex(pack.head, readPart);
    await answer();
    const indexed = await index;
    let waiting = 0;
    let rescans = 0;
    const decoding = decodeSecondHalf(indexed, readPackStream(pack.head, 'lists', readPart), pack.head, readPart, {
      waits: (change) => (waiting += change) || rescans++,
    });
    await answer();
    const matcher = matcherOver(indexed, await decoding);
    const text = 'Zu verkaufen: Zwergling Nummer 5123, ein Graupapagei und ein Elfenbein-Anhänger';
    expect(matcher.scan(text)).toEqual({ matches: [], exempt: [], waiting: true });
    expect(waiting).toBeGreaterThan(0);
    const asked = reads.filter((i) => pack.head.parts[i]!.column === 'texts');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThan(textParts(pack).length / 4);
    // A few rounds at most: a scan stops at the first term it cannot read.
    for (let round = 0; round < 5 && waiting > 0; round++) {
      await answer();
      matcher.scan(text);
    }
    expect(rescans).toBeGreaterThan(0);
    const expected = createMatcher(large).scan(text);
    expect(expected.matches.length).toBeGreaterThanOrEqual(2);
    expect(matcher.scan(text)).toEqual(expected);
    expect(reads.filter((i) => pack.head.parts[i]!.column === 'texts').length).toBeLessThan(textParts(pack).length / 4);
  });

  /** A tab's matcher over the pack, its lists decoded, no text part read yet; every delayed call it asked for. */
  async function tabMatcher() {
    const later = vi.spyOn(globalThis, 'setTimeout');
    const { reads, readPart, answer } = storage(pack);
    const index = loadPackedIndex(pack.head, readPart);
    await answer();
    const indexed = await index;
    const decoding = decodeSecondHalf(indexed, readPackStream(pack.head, 'lists', readPart), pack.head, readPart, {
      waits: () => undefined,
    });
    await answer();
    const matcher = matcherOver(indexed, await decoding);
    const delayed = later.mock.calls.filter(([, ms]) => (ms ?? 0) >= 1000).map(([call]) => call as () => void);
    later.mockRestore();
    const textReads = () => reads.filter((i) => pack.head.parts[i]!.column === 'texts');
    return { matcher, answer, textReads, delayed };
  }

  it('reads none of the texts no match points at, however long after the lists (a popup opened then waits less)', async () => {
    const { answer, textReads, delayed } = await tabMatcher();
    // Time passing: whatever the decode left for later runs now.
    for (const call of delayed) call();
    await answer();
    expect(textReads()).toEqual([]);
  });

  it("reads them all for the hover card's names of implied taxa, the ids until they are in", async () => {
    const { matcher, answer, textReads } = await tabMatcher();
    let read = 0;
    const nameOf = taxonNames(matcher, () => read++);
    expect(nameOf('loxodonta-africana')).toBe('loxodonta-africana');
    expect(nameOf('psittacus-erithacus')).toBe('psittacus-erithacus');
    await answer();
    expect(read).toBe(1);
    expect(new Set(textReads())).toEqual(new Set(textParts(pack)));
    expect(nameOf('loxodonta-africana')).toBe('Loxodonta africana');
    expect(nameOf('t5123')).toBe('Fictivus5123 imaginarius');
  });
});
