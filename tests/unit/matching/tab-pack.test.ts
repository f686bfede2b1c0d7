import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { decodeInts, encodeInts, unzigzag, zigzag } from '@/lib/matching/pack/int-codec';
import { loadPackedMatcher } from '@/lib/matching/pack/load-matcher';
import { createMatcher } from '@/lib/matching/matcher';
import { packDictionary } from '@/lib/matching/pack/pack';
import { UNPACED } from '@/lib/scheduling/pace';
import { TabPackSchema } from '@/lib/matching/pack/tab-pack-schema';
import { splitListsStream, type TabPack } from '@/lib/matching/pack/tab-pack';
import { unpackDictionary } from '@/lib/matching/pack/unpack';
import { dictionary, taxon } from './dictionary-fixture';

const varied = compileDictionary(
  DictionarySchema.parse(
    dictionary({
      taxa: [
        taxon(
          'loxodonta-africana',
          'Loxodonta africana',
          [
            { text: 'African elephant', lang: 'en' },
            { text: 'Afrikanischer Elefant', lang: 'de' },
          ],
          {
            group: 'elephants',
            cites: { appendix: 'I/II', note: 'II: BW, NA, ZA, ZW' },
            euAnnex: 'A/B',
            synonyms: ['Elephas africanus'],
          },
        ),
        taxon(
          'psittacus-erithacus',
          'Psittacus erithacus',
          [
            { text: 'Graupapagei', lang: 'de', match: 'compound' },
            { text: 'попугай жако', lang: 'ru' },
            { text: 'papuga żako', lang: 'pl' },
            { text: "perroquet gris d'Afrique", lang: 'fr' },
          ],
          { cites: { appendix: 'I', note: 'II: BW, NA, ZA, ZW' }, euAnnex: 'A' },
        ),
        taxon(
          'testudo-hermanni',
          'Testudo hermanni',
          [
            { text: "Hermann's tortoise", lang: 'en' },
            { text: 'tortue d’Hermann', lang: 'fr' },
          ],
          {
            group: 'reptiles',
            synonyms: ['Testudo\thermanni boettgeri'],
          },
        ),
        taxon('panthera-onca-x', 'Panthera onca', [{ text: 'jaguar', lang: 'en', exclude: ['Jaguar XF'] }], {
          group: 'big-cats',
          cites: { appendix: 'I' },
        }),
        taxon(
          'dalbergia-nigra',
          'Dalbergia nigra',
          [
            { text: 'palissandre du Brésil', lang: 'fr' },
            { text: 'jaguar', lang: 'es', inflect: false },
          ],
          { group: 'timber' },
        ),
      ],
      tradeTerms: [
        {
          id: 'ivory',
          kind: 'trade',
          label: 'Ivory',
          taxa: ['loxodonta-africana'],
          terms: [
            { text: 'ivory', lang: 'en', exclude: ['ivory white'] },
            { text: 'Elfenbein', lang: 'de', match: 'prefix' },
          ],
        },
        {
          id: 'white-gold',
          kind: 'code',
          label: 'White gold',
          taxa: ['loxodonta-africana', 'dalbergia-nigra', 'no-such-taxon'],
          terms: [{ text: 'white gold', lang: 'en', match: 'suffix' }],
        },
      ],
      globalExclusions: [{ text: 'faux ivory', lang: 'en' }],
    }),
  ),
);
const sample = [
  'Elephas africanus tusk, African elephants and Afrikanischer Elefanten; Graupapageienzucht, попугая жако, papugę żako.',
  "Perroquets gris d'Afrique, Hermann's tortoises, tortues d'Hermann, Testudo hermanni boettgeri.",
  'Jaguar XF for sale; jaguars; jaguar (es); palissandres du Brésil; ivory, faux ivory, ivory white; Elfenbeinschnitzerei; pure white gold.',
].join('\n');

/** As storage hands it back: JSON-cloned, one part per read. */
async function loadFromStorageCopy(pack: TabPack, sliceMs?: number) {
  const stored: TabPack = JSON.parse(JSON.stringify(pack));
  return loadPackedMatcher(stored.head, async (i) => stored.parts[i], { sliceMs });
}

describe('packDictionary / unpackDictionary', () => {
  it('gives back the compiled dictionary it packed, for a varied one and the bundled list', async () => {
    for (const compiled of [varied, compileDictionary(loadBundledDictionary())]) {
      const pack = TabPackSchema.parse(JSON.parse(JSON.stringify(packDictionary(compiled))));
      expect(await unpackDictionary(pack.head, async (i) => pack.parts[i], UNPACED)).toEqual(compiled);
    }
  });

  it('builds a matcher that finds exactly what the compiled dictionary finds', async () => {
    const expected = createMatcher(varied).find(sample);
    expect(expected.map((m) => sample.slice(m.start, m.end))).toEqual([
      'Elephas africanus',
      'African elephants',
      'Afrikanischer Elefanten',
      'Graupapageienzucht',
      'попугая жако',
      'papugę żako',
      "Perroquets gris d'Afrique",
      "Hermann's tortoises",
      "tortues d'Hermann",
      'Testudo hermanni boettgeri',
      // "Jaguar XF", "jaguars" and the bare "ivory" have no wildlife cue near: the sense filter drops them;
      // the last "jaguar" stands next to a rosewood name, which counts as one.
      'jaguar',
      'palissandres du Brésil',
      'Elfenbeinschnitzerei',
      'white gold',
    ]);
    const matcher = await loadFromStorageCopy(packDictionary(varied), 0);
    expect(matcher.find(sample)).toEqual(expected);
    expect(matcher.entries).toEqual(varied.entries);
    expect(matcher.terms).toEqual(varied.terms);
  });

  it('stores a scientific name as little more than nothing', () => {
    const { head, parts } = packDictionary(varied);
    const patterns = parts
      .filter((_, i) => head.parts[i]!.column === 'patterns')
      .join('\n')
      .split('\n');
    expect(patterns[0]).toBe('');
  });

  it("keeps the second stage's rules, notes and everyday terms out of the head, at the start of the lists", () => {
    const { head, parts } = packDictionary(varied);
    const { confusables, notListed, ...secondStageRules } = varied.rules;
    expect(head.rules).toEqual({ confusables, notListed });
    expect(Object.keys(head)).not.toEqual(expect.arrayContaining(['notes']));
    const lists = parts.filter((_, i) => head.parts[i]!.column === 'lists');
    expect(splitListsStream(lists, head).listsHead).toEqual({
      rules: secondStageRules,
      notes: ['II: BW, NA, ZA, ZW'],
      everyday: varied.everyday,
    });
  });

  it("is not stored when the lists do not begin with the second stage's rules", () => {
    const pack = structuredClone(packDictionary(varied));
    const at = pack.head.parts.findIndex((part) => part.column === 'lists');
    pack.parts[at] = pack.parts[at]!.replace('"notes"', '"noted"');
    expect(TabPackSchema.safeParse(pack).success).toBe(false);
  });

  it.each([
    [
      'a part whose text changed',
      (pack: TabPack) => (pack.parts[0] = pack.parts[0]!.replace('Loxodonta', 'Loxodontb')),
      'part 0 is damaged',
    ],
    ['a missing part', (pack: TabPack) => pack.parts.pop(), 'is damaged'],
    ['another format', (pack: TabPack) => ((pack.head as { formatVersion: number }).formatVersion = 99), 'format 99'],
  ])('refuses %s', async (_, damage, message) => {
    const pack = structuredClone(packDictionary(varied));
    damage(pack);
    await expect(unpackDictionary(pack.head, async (i) => pack.parts[i], UNPACED)).rejects.toThrow(message);
  });
});

describe('packed integers', () => {
  it.each([[[]], [[0]], [[31, 32, 1023, 1024]], [[5, 0, 123_456_789, 7]]])('round-trip %j', (values) => {
    expect(decodeInts(encodeInts(values))).toEqual(values);
  });

  it.each([0, -1, 1, -2, 90_000, -90_000])('zigzags %i', (value) => {
    expect(unzigzag(zigzag(value))).toBe(value);
    expect(zigzag(value)).toBeGreaterThanOrEqual(0);
  });
});
