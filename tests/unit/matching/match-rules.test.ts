import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '@/lib/dictionary/fingerprint';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { SENSE_CUES } from '@/lib/dictionary/senses';
import { compileDictionary } from '@/lib/matching/compile';
import { compileMatchRules } from '@/lib/matching/compile-rules';
import { mixedScriptFolder } from '@/lib/matching/confusables';
import { loadPackedMatcher } from '@/lib/matching/pack/load-matcher';
import { packDictionary } from '@/lib/matching/pack/pack';
import { TabPackSchema } from '@/lib/matching/pack/tab-pack-schema';
import { unpackDictionary } from '@/lib/matching/pack/unpack';
import { UNPACED } from '@/lib/scheduling/pace';
import { tokenize } from '@/lib/matching/tokenize';
import { dictionary, taxon } from './dictionary-fixture';

// Terms in one script each, one of them written with a look-alike letter of another; not inflected, so the
// patterns hold the folded words themselves.
const compiled = compileDictionary(
  DictionarySchema.parse(
    dictionary({
      taxa: [
        taxon('acipenser', 'Acipenser', [
          { text: 'икра', lang: 'ru', inflect: false },
          { text: 'ivory', lang: 'en', inflect: false },
          { text: '\u0441aviar', lang: 'en', inflect: false },
        ]),
      ],
    }),
  ),
);

/** What a tab reads: the pack the background stores, decoded (tab-matcher.ts). */
async function asATabGetsIt() {
  const { head, parts } = TabPackSchema.parse(JSON.parse(JSON.stringify(packDictionary(compiled))));
  return { head, parts, unpacked: await unpackDictionary(head, async (i) => parts[i], UNPACED) };
}

describe('the matching rules compiled with the dictionary', () => {
  it('reach a tab through the pack as the background compiled them', async () => {
    const { unpacked } = await asATabGetsIt();
    expect(unpacked.rules).toEqual(compiled.rules);
    expect(compiled.rules).toEqual(compileMatchRules());
  });

  it('are covered by the fingerprint: other rules, another fingerprint', () => {
    const { fingerprint, ...content } = compiled;
    expect(fingerprintOf(JSON.stringify(content))).toBe(fingerprint);
    const otherRules = { ...content.rules, senseCues: { ...content.rules.senseCues, colour: 'ecru' } };
    expect(fingerprintOf(JSON.stringify({ ...content, rules: otherRules }))).not.toBe(fingerprint);
  });

  it('hold cue words folded, stems marked with a star', () => {
    expect(SENSE_CUES.colour.fr).toContain('écru');
    expect(compiled.rules.senseCues.colour!.split(' ')).toEqual(
      expect.arrayContaining(['ecru', 'colour*', 'color*', 'blanche']),
    );
    expect(compiled.rules.wildlifeCues.en!.split(' ')).toEqual(expect.arrayContaining(['carv*', 'netsuke']));
  });
});

describe('folding in the background and in a tab', () => {
  // Page words a seller writes with look-alike letters: Cyrillic, Greek and Latin letters mixed.
  const pageWords = ['iv\u043Ery', '\u03B9v\u043Ery', '\u0406V\u041ERY', 'ик\u0070а', 'ик\u0440\u0061', 'c\u0430viar'];

  it('agree: the words of the compiled patterns are the tab’s folds of the same words on a page', async () => {
    const { unpacked } = await asATabGetsIt();
    const tabFold = mixedScriptFolder(unpacked.rules.confusables);
    const patternWords = new Set(compiled.patterns.flatMap(([words]) => words));
    const tokens = tokenize(pageWords.join(' '), tabFold);
    const folded = pageWords.map((_, i) => tokens.folded(i));
    expect(folded).toEqual(['ivory', 'ivory', 'ivory', 'икра', 'икра', 'caviar']);
    // The term written with a Cyrillic с folded, in the background, to Latin too; "под", "кожу", "из", "в", "форме",
    // "похожа", "на"… are the compiler's exclusions "под икра", "в форме икра", "похожа на икра", "looks like ivory"
    // (look-alikes, senses.ts PRECEDING_CUES).
    const lookAlikes = [
      'look',
      'looks',
      'like',
      'resembles',
      'похожа',
      'похож',
      'похоже',
      'похожи',
      'на',
      'напоминает',
    ];
    expect(patternWords).toEqual(
      new Set(['acipenser', 'икра', 'ivory', 'caviar', 'под', 'кожу', 'из', 'в', 'форме', ...lookAlikes]),
    );
    expect(folded.filter((word) => !patternWords.has(word))).toEqual([]);
  });

  it('let a tab’s matcher find mixed-script spellings of every term', async () => {
    const { head, parts } = await asATabGetsIt();
    const matcher = await loadPackedMatcher(head, async (i) => parts[i]);
    const text = 'carved iv\u043Ery netsuke, чёрная ик\u0070а, sturgeon c\u0430viar';
    const found = matcher.find(text).map((match) => text.slice(match.start, match.end));
    expect(found).toEqual(['iv\u043Ery', 'ик\u0070а', 'c\u0430viar']);
  });
});
