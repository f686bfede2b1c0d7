import { describe, expect, it } from 'vitest';
import { foldPhrase, foldSeparator, foldWord, HARD_BREAK, LINE_BREAK } from '@/lib/matching/normalize';

describe('foldWord', () => {
  it.each([
    ['case', 'PaRRoT', 'parrot'],
    ['NFC accent', 'Éléphant', 'elephant'],
    ['NFD accent', 'E\u0301le\u0301phant', 'elephant'],
    ['umlaut', 'Schildkröte', 'schildkrote'],
    ['ü', 'Grüne', 'grune'],
    ['sharp s', 'Straße', 'strasse'],
    ['capital sharp s', 'STRAẞE', 'strasse'],
    ['Polish ł and ż', 'Żółw', 'zolw'],
    ['Danish ø', 'Søren', 'soren'],
    ['æ ligature', 'Cæsar', 'caesar'],
    ['œ ligature', 'Cœur', 'coeur'],
    ['Croatian đ', 'Đurđica', 'durdica'],
    ['fi ligature', 'ﬁsh', 'fish'],
    ['full-width letters', 'ＩＶＯＲＹ', 'ivory'],
    ['Russian ё', 'Ёжик', 'ежик'],
    ['Russian й kept', 'Йорк', 'йорк'],
    ['decomposed й kept', 'И\u0306орк', 'йорк'],
    ['Cyrillic case', 'ПОПУГАЙ', 'попугай'],
    ['Turkish dotted capital İ', 'İstanbul', 'istanbul'],
    ['Turkish dotless ı', 'ılık', 'ilik'],
    ['Greek tonos', 'Χελώνα', 'χελωνα'],
    ['Greek final sigma', 'ΧΕΛΩΝΑΣ', 'χελωνασ'],
    ['Greek final sigma in lower case', 'χελωνας', 'χελωνασ'],
    ['soft hyphen inside', 'Elfen\u00ADbein', 'elfenbein'],
    ['zero-width space inside', 'ivo\u200Bry', 'ivory'],
    ['digits', 'CITES2025', 'cites2025'],
  ])('%s: %s → %s', (_label, word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it('keeps й apart from и ("Йорк" is not "Иорк")', () => {
    expect(foldWord('Йорк')).not.toBe(foldWord('Иорк'));
  });
});

describe('foldSeparator', () => {
  it.each([
    ['space', ' ', ' '],
    ['hyphen', '-', ' '],
    ['spaced en dash', ' – ', ' '],
    ['em dash', '—', ' '],
    ['minus sign', '\u2212', ' '],
    ['no-break space', '\u00A0', ' '],
    ['narrow no-break space', '\u202F', ' '],
    ['tab', '\t', ' '],
    ['right single quote', '\u2019', "'"],
    ['modifier apostrophe', '\u02BC', "'"],
    ['ASCII apostrophe', "'", "'"],
    ['comma and space', ', ', ','],
    ['guillemets', ' «', '«'],
    ['line break', ' \n ', HARD_BREAK],
    ['paragraph separator', '\u2029', HARD_BREAK],
    ['line separator (a <br>)', ' \u2028 ', LINE_BREAK],
    ['line separator after punctuation', ',\u2028', HARD_BREAK],
  ])('%s', (_label, separator, key) => {
    expect(foldSeparator(separator)).toBe(key);
  });
});

describe('foldPhrase', () => {
  it.each([
    ['African-grey Parrot', 'African grey parrot'],
    ['African\u00A0grey\u2011parrot', 'african grey parrot'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['Côte dʼIvoire', "Cote d'Ivoire"],
    ['Elfen\u00ADbein', 'Elfenbein'],
    ['Слоновая  кость', 'слоновая кость'],
    ['Χελώνα-Ερμάνου', 'χελωνα ερμανου'],
    ['Testudo hermanni (Gmelin)', 'testudo hermanni (gmelin)'],
  ])('%s folds like %s', (a, b) => {
    expect(foldPhrase(a)).toBe(foldPhrase(b));
  });

  it.each([
    ['African grey, parrot', 'African grey parrot'],
    ['Йорк', 'Иорк'],
    ['ivory\nwhite', 'ivory white'],
  ])('%s does not fold like %s', (a, b) => {
    expect(foldPhrase(a)).not.toBe(foldPhrase(b));
  });
});
