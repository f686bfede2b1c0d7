import { describe, expect, it } from 'vitest';
import { toOriginalOrder } from '@/lib/matching/display-order';
import { sellerReadings } from '@/lib/matching/seller-readings';
import { otherReading } from '@/lib/matching/staged-matcher';
import { matcherFor, spans, taxon } from './dictionary-fixture';

const matcher = matcherFor({
  taxa: [
    taxon('python-regius', 'Python regius', [{ text: 'ball python', lang: 'en' }]),
    taxon('psittacus-erithacus', 'Psittacus erithacus', [{ text: 'Graupapagei', lang: 'de' }]),
    taxon('loxodonta-africana', 'Loxodonta africana', [
      { text: 'ivory', lang: 'en' },
      { text: 'Elfenbein', lang: 'de' },
      { text: 'слоновая кость', lang: 'ru' },
    ]),
  ],
});

const readingsOf = (text: string) => sellerReadings(text).map((reading) => reading.text);

describe('sellerReadings', () => {
  it.each([
    ['a zero for an o', 'Pyth0n regius', ['Python regius']],
    ['a digit at the start of a word', 'carved 1v0ry', ['carved ivory', 'carved lvory']],
    ['digits in a Cyrillic word', 'сл0новая кость', ['слoновая кость']],
    [
      'letters spread by spaces, words by a wider gap',
      'P s i t t a c u s \u00A0 e r i t h a c u s',
      ['Psittacus \u00A0 erithacus'],
    ],
    ['dotted letters', 'P.s.i.t.t.a.c.u.s e.r.i.t.h.a.c.u.s', ['Psittacus erithacus']],
    ['hyphenated letters', 'aus E-l-f-e-n-b-e-i-n, alt', ['aus Elfenbein, alt']],
    ['letters between emoji', '🐘I🐘V🐘O🐘R🐘Y🐘', ['🐘IVORY🐘']],
    ['a Hangul filler between words', 'Psittacus\u3164erithacus', ['Psittacus erithacus']],
    ['a braille blank between words', 'Python\u2800regius', ['Python regius']],
  ])('reads %s', (_label, text, readings) => {
    expect(readingsOf(text)).toEqual(readings);
    expect(otherReading().test(text)).toBe(true);
  });

  it('reads symbols for letters, but an e-mail address is no cause to scan a text again', () => {
    expect(readingsOf('Psitt@cus eritha$us')).toEqual(['Psittacus erithasus']);
    expect(otherReading().test('Psitt@cus erithacus')).toBe(true);
    expect(otherReading().test('Write to info@shop.example for a price')).toBe(false);
  });

  it.each([
    ['numbers', 'Room 101, 3rd floor, open 9 to 5'],
    ['serials and droids', 'Serial A1B2C3D4, model X100, R2-D2 and C-3PO, firmware v3.1.4'],
    ['more digits than letters', 'a 1v1 match'],
    ['three single letters', 'J. R. R. Tolkien, U.S.A.'],
    ['letters spread by different separators', 'a b-c.d'],
  ])('leaves %s alone', (_label, text) => {
    expect(readingsOf(text)).toEqual([]);
  });

  it('reads symbols drawn as letters as their letters, each mapped to its first unit', () => {
    const [reading] = sellerReadings('Carved 🇮🇻🇴🇷🇾 and ⒤⒱⒪⒭⒴');
    expect(reading!.text).toBe('Carved IVORY and ivory');
    expect(readingsOf('🅟🅨🅣🅗🅞🅝 🅸🆅🅾🆁🆈 🄿')).toEqual(['PYTHON IVORY P']);
    expect(reading!.originalIndex[8]).toBe(9);
    expect(otherReading().test('Carved 🇮🇻🇴🇷🇾')).toBe(true);
  });

  it('joins a word a line break splits before a small letter, not lines that start with a capital', () => {
    expect(readingsOf('aus Elfen\u2028bein, alt')).toEqual(['aus Elfenbein, alt']);
    expect(readingsOf('Name\u2028Address')).toEqual([]);
    expect(otherReading().test('Elfen\u2028bein')).toBe(true);
    expect(otherReading().test('Name\u2028Address')).toBe(false);
  });

  it('reads an asterisk in a word as each letter of its alphabet, in the words around it', () => {
    const readings = readingsOf('Grey: Ps*ttacus erithacus');
    expect(readings).toHaveLength(26);
    expect(readings).toContain('Grey: Psittacus erithacus');
    expect(readingsOf('сл*новая кость')).toContain('слоновая кость');
    expect(readingsOf('what the f*ck, 5* stars, **bold**, P**ython')).toEqual([]);
  });

  it('splits camel-cased hashtags in one reading, glued ones at each place', () => {
    expect(readingsOf('#RealIvory #PythonRegius')).toEqual(['#Real Ivory #Python Regius']);
    const glued = readingsOf('#ivorybox');
    expect(glued).toEqual(['iv orybox', 'ivo rybox', 'ivor ybox', 'ivory box', 'ivoryb ox']);
    expect(sellerReadings('#ivorybox').every((reading) => reading.whole)).toBe(true);
  });

  it('marks only the characters it changed', () => {
    const [reading] = sellerReadings('Carved I.V.O.R.Y box');
    expect(reading!.text).toBe('Carved IVORY box');
    expect([...reading!.changed].join('')).toBe('0000000111110000');
  });

  it("maps a match in a reading back over the separators to the page's characters", () => {
    const text = 'Carved I.V.O.R.Y box';
    const [reading] = sellerReadings(text);
    const [mapped] = toOriginalOrder([{ start: 7, end: 12, terms: [0] }], reading!);
    expect(text.slice(mapped!.start, mapped!.end)).toBe('I.V.O.R.Y');
  });
});

describe('the matcher reads what a seller means', () => {
  it.each([
    ['Royal Pyth0n regius, ten years old', ['Pyth0n regius']],
    ['Hand carved 1v0ry, pre-ban', ['1v0ry']],
    ['Продаю сл0новая кость', ['сл0новая кость']],
    ['Grey P s i t t a c u s \u00A0 e r i t h a c u s, tame', ['P s i t t a c u s \u00A0 e r i t h a c u s']],
    ['Geschnitzt aus E-l-f-e-n-b-e-i-n, alt', ['E-l-f-e-n-b-e-i-n']],
    ['Grey: Psittacus\u3164erithacus, tame', ['Psittacus\u3164erithacus']],
    // A plain name beside a spelled one is still found where the page writes it.
    ['ivory and i.v.o.r.y', ['ivory', 'i.v.o.r.y']],
    ['Grey: Ps*ttacus erithacus, tame', ['Ps*ttacus erithacus']],
    ['Carved 🇮🇻🇴🇷🇾 box', ['🇮🇻🇴🇷🇾']],
    ['Royal: 🅟🅨🅣🅗🅞🅝 🅡🅔🅖🅘🅤🅢', ['🅟🅨🅣🅗🅞🅝 🅡🅔🅖🅘🅤🅢']],
    ['Grey: Psitta\u2028cus erithacus', ['Psitta\u2028cus erithacus']],
    ['Now in #PythonRegius and #RealIvory', ['PythonRegius', 'Ivory']],
    ['Now in #psittacuserithacus', ['psittacuserithacus']],
  ])('%s', (text, found) => {
    expect(spans(matcher, text)).toEqual(found);
  });

  it.each([
    'Room 101, 3rd floor',
    'R2-D2 and C-3PO figures',
    'N A S A \u00A0 E S A joint mission',
    'Gamer tag l33t_h4x0r, 1v1 only',
    'Shipping to 🇩🇪 🇫🇷 🇬🇧, 5* seller',
    'Tiger\u2028lily bulbs #gardenlife #SpringBulbs',
    '#bearsfan #ivorylandia #tortoiseshellglasses',
  ])('finds nothing in "%s"', (text) => {
    expect(spans(matcher, text)).toEqual([]);
  });
});
