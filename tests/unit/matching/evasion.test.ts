import { describe, expect, it } from 'vitest';
import { standardMixedFold } from '@/lib/matching/compile-rules';
import { CYRILLIC, GREEK, LATIN, OTHER, scriptOf } from '@/lib/matching/confusables';
import { matcherFor, spans, taxon } from './dictionary-fixture';

const matcher = matcherFor({
  taxa: [
    taxon('loxodonta-africana', 'Loxodonta africana', [
      { text: 'ivory', lang: 'en' },
      { text: 'слоновая кость', lang: 'ru' },
    ]),
  ],
});

describe('invisible characters inside a word', () => {
  it.each([
    ['pop directional formatting', '\u202C'],
    ['left-to-right override', '\u202D'],
    ['left-to-right embedding', '\u202A'],
    ['left-to-right isolate', '\u2066'],
    ['pop directional isolate', '\u2069'],
    ['inhibit symmetric swapping', '\u206A'],
    ['nominal digit shapes', '\u206F'],
    ['Mongolian vowel separator', '\u180E'],
    ['Arabic letter mark', '\u061C'],
    ['tag space', '\u{E0020}'],
    ['language tag', '\u{E0001}'],
    ['variation selector', '\uFE0F'],
    ['variation selector supplement', '\u{E0100}'],
    ['right-to-left mark', '\u200F'],
    ['byte order mark', '\uFEFF'],
    ['Hangul filler', '\u3164'],
  ])('%s is ignored and the highlight covers the whole word', (_label, invisible) => {
    const word = `iv${invisible}o${invisible}ry`;
    const text = `carved ${word} netsuke`;
    const [match] = matcher.find(text);
    expect(text.slice(match!.start, match!.end)).toBe(word);
  });

  it('ignores them in every word of a phrase and in Cyrillic', () => {
    expect(spans(matcher, 'из слон\u2066овой ко\u{E0020}сти')).toEqual(['слон\u2066овой ко\u{E0020}сти']);
  });

  it('a run of invisible characters alone does not join two words', () => {
    expect(spans(matcher, 'ivory\u202C\u2066 tusk')).toEqual(['ivory\u202C\u2066']);
    expect(spans(matcher, 'iv \u{E0020} ory')).toEqual([]);
  });
});

describe('bidi overrides are read in display order', () => {
  it.each([
    ['a reversed word in RLO … PDF', 'carved \u202Eyrovi\u202C netsuke', '\u202Eyrovi\u202C'],
    ['an RLO left open to the end of the text', 'carved \u202Eyrovi', '\u202Eyrovi'],
    [
      'an RLO inside a right-to-left isolate',
      'carved \u2067\u202Eyrovi\u202C\u2069 netsuke',
      '\u2067\u202Eyrovi\u202C\u2069',
    ],
    ['a reversed phrase', 'из \u202Eитсок яавонолс\u202C', '\u202Eитсок яавонолс\u202C'],
    ['half of a word reversed', 'carved iv\u202Eyro\u202C netsuke', 'iv\u202Eyro\u202C'],
  ])('%s', (_label, text, original) => {
    expect(spans(matcher, text)).toEqual([original]);
  });

  it('does not reverse text in an embedding or isolate that is not overridden', () => {
    expect(spans(matcher, '\u202Bivory\u202C and \u2067ivory\u2069')).toEqual([
      '\u202Bivory\u202C',
      '\u2067ivory\u2069',
    ]);
    expect(spans(matcher, '\u202Byrovi\u202C')).toEqual([]);
  });

  it('a left-to-right override nested in a right-to-left one is drawn forwards', () => {
    expect(spans(matcher, '\u202E\u202Divory\u202C\u202C')).toEqual(['\u202E\u202Divory\u202C\u202C']);
  });

  it('a paragraph break ends the override', () => {
    expect(spans(matcher, '\u202Etext\nivory')).toEqual(['ivory']);
  });

  it('keeps matches outside the override where they are', () => {
    const text = 'ivory, \u202Eyrovi\u202C, ivory';
    expect(matcher.find(text).map((match) => [match.start, match.end])).toEqual([
      [0, 5],
      [7, 14],
      [16, 21],
    ]);
  });
});

describe('mixed-script words fold through confusables to their main script', () => {
  const russian = matcherFor({
    taxa: [
      taxon('acipenser', 'Acipenser', [
        { text: 'икра', lang: 'ru' },
        { text: 'ivory', lang: 'en' },
      ]),
    ],
  });

  it.each([
    ['Cyrillic о inside a Latin word', 'iv\u043Ery'],
    ['Cyrillic і inside a Latin word', '\u0456vory'],
    ['Greek ο inside a Latin word', 'iv\u03BFry'],
    ['Greek ι and Cyrillic о together', '\u03B9v\u043Ery'],
    ['Cyrillic capitals inside Latin capitals', '\u0406V\u041ERY'],
    ['a look-alike and an invisible character together', 'iv\u043E\u200Bry'],
  ])('%s', (_label, word) => {
    expect(spans(russian, `carved ${word} netsuke`)).toEqual([word]);
  });

  it('Latin look-alikes inside a Cyrillic word fold to Cyrillic', () => {
    expect(spans(russian, 'чёрная ик\u0070а ик\u0440\u0061')).toEqual(['ик\u0070а', 'ик\u0440\u0061']);
  });

  it('leaves words of one script alone: a Latin spelling of a Russian word does not match it', () => {
    expect(spans(russian, 'ikpa')).toEqual([]);
    expect(spans(russian, 'икра')).toEqual(['икра']);
  });

  it.each([
    ['@', 0x40, 0],
    ['A', 0x41, LATIN],
    ['Z', 0x5a, LATIN],
    ['`', 0x60, 0],
    ['a', 0x61, LATIN],
    ['z', 0x7a, LATIN],
    ['{', 0x7b, 0],
    ['«', 0xab, 0],
    ['À', 0xc0, LATIN],
    ['ɏ (the end of Latin Extended-B)', 0x24f, LATIN],
    ['ɐ (IPA)', 0x250, OTHER],
    ['ʯ (the end of IPA)', 0x2af, OTHER],
    ['a combining accent', 0x301, 0],
    ['Ͱ (the start of Greek)', 0x370, GREEK],
    ['ο', 0x3bf, GREEK],
    ['Ѐ (the start of Cyrillic)', 0x400, CYRILLIC],
    ['і', 0x456, CYRILLIC],
    ['ԯ (the end of Cyrillic Supplement)', 0x52f, CYRILLIC],
    ['Ա (Armenian)', 0x531, OTHER],
    ['֏ (the end of Armenian)', 0x58f, OTHER],
    ['א (Hebrew: no look-alikes)', 0x5d0, 0],
    ['Ꭰ (Cherokee)', 0x13a0, OTHER],
    ['ᐁ (Canadian syllabics)', 0x1401, 0],
    ['ᴀ (small capital A)', 0x1d00, OTHER],
    ['ᶀ (past the phonetic extensions)', 0x1d80, 0],
    ['zero width space', 0x200b, 0],
    ['ꓐ (Lisu)', 0xa4d0, OTHER],
    ['ꮿ (Cherokee small letters)', 0xabbf, OTHER],
    ['가 (Hangul)', 0xac00, 0],
  ])('counts %s in the script it belongs to', (_label, code, script) => {
    expect(scriptOf(code)).toBe(script);
  });

  it('does not turn a word into a look-alike of another letter ("ivопу" has no Latin look-alike for п)', () => {
    expect(spans(russian, 'iv\u043E\u043F\u0443')).toEqual([]);
  });
});

describe('a mixed-script word folds into the script that can draw it', () => {
  it.each([
    ['one Cyrillic look-alike in a Latin word', 'ivоry', 'ivory'],
    ['more Cyrillic look-alikes than Latin letters', 'Lохоdоntа', 'loxodonta'],
    ['Latin look-alikes in a Russian word', 'cлoновая', 'слоновая'],
    ['one Latin look-alike in a Russian word', 'чёpная', 'черная'],
    ['small capitals (one, ʀ, that UTS #39 leaves alone: named "small capital R")', 'ɪᴠᴏʀʏ', 'ivory'],
    // hostile33: the small capitals of no other script's look-alike, which the fold itself reads.
    ['small capitals S, M, F and Q', '\uA731\u1D0D\uA730\uA7AF', 'smfq'],
    ['a binomial in small capitals', 'ᴘꜱɪᴛᴛᴀᴄᴜꜱ', 'psittacus'],
    ['an Armenian look-alike in a Latin word', 'iv\u0585ry', 'ivory'],
    ['an Armenian look-alike in a Russian word', 'к\u0585сть', 'кость'],
    ['Cherokee capitals', '\u13DE\u13AAB', 'lab'],
    ['a Lisu letter drawn like a capital', '\uA4F2VORY', 'ivory'],
    // Only ա (drawn like w) has a look-alike: the word matches nothing either way.
    ['an Armenian word keeps its letters without look-alikes', '\u0562\u0561\u0580\u0587', '\u0562w\u0580\u0565\u0582'],
  ])('%s', (_label, word, folded) => {
    expect(standardMixedFold(word)).toBe(folded);
  });
});
