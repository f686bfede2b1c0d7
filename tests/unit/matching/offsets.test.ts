import { describe, expect, it } from 'vitest';
import { matcherFor, taxon } from './dictionary-fixture';

const matcher = matcherFor({
  taxa: [
    taxon('a-a', 'Aus aus', [
      { text: 'Strasse', lang: 'de', inflect: false },
      { text: 'éléphant', lang: 'fr' },
      { text: 'fish', lang: 'en', inflect: false },
      { text: 'слоновая кость', lang: 'ru' },
      { text: 'Elfenbein', lang: 'de', match: 'compound' },
      { text: 'Testudo hermanni', lang: 'la' },
    ]),
  ],
});

describe('offsets map back to the original text', () => {
  it.each([
    ['Die Straße hier', 'Straße'],
    ['STRAẞE!', 'STRAẞE'],
    ['un E\u0301le\u0301phant', 'E\u0301le\u0301phant'],
    ['des éléphants', 'éléphants'],
    ['ﬁsh and chips', 'ﬁsh'],
    ['fresh ＦＩＳＨ', 'ＦＩＳＨ'],
    ['из сло\u0301новой ко\u0301сти', 'сло\u0301новой ко\u0301сти'],
    ['Elfen\u00ADbein\u00ADschnit\u00ADzerei!', 'Elfen\u00ADbein\u00ADschnit\u00ADzerei'],
    ['🐢 Testudo\u00A0hermanni 🐢', 'Testudo\u00A0hermanni'],
    ['𝒜 Testudo  hermanni', 'Testudo  hermanni'],
    ['i\u200Bvory Testudo-hermanni', 'Testudo-hermanni'],
  ])('%j → %j', (text, original) => {
    const [match] = matcher.find(text);
    expect(text.slice(match.start, match.end)).toBe(original);
    expect(match.start).toBe(text.indexOf(original));
  });

  it('keeps offsets right far into a long text of mixed scripts', () => {
    const filler = 'Ñandú ﬂoß ŁÓDŹ ΑΘΗΝΑ ёлка 😀 ';
    const text = `${filler.repeat(500)}Straße ${filler.repeat(500)}éléphant`;
    expect(matcher.find(text).map((match) => text.slice(match.start, match.end))).toEqual(['Straße', 'éléphant']);
  });
});
