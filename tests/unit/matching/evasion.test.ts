import { describe, expect, it } from 'vitest';
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
