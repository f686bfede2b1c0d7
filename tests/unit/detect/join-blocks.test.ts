import { expect, it, vi } from 'vitest';
import { joinedWords, nameAcross } from '@/lib/detect/join-blocks';
import type { BlockText } from '@/lib/highlight/block-text';
import { INVISIBLE_IN_WORD } from '@/lib/matching/fold';

const block = (text: string): BlockText => ({ owner: null as unknown as Element, text, nodes: [], starts: [] });

// Block endings, and the genus the search over the edge alone finds: the check of the edge's last character before
// it (nameAcross) must not lose one, whatever white space, invisible characters or astral letters end the block.
it.each([
  ['Loxodonta', 'Loxodonta'],
  ['Offer: Loxodonta  \u2028 ', 'Loxodonta'],
  ['carved Loxodonta\uFEFF', 'Loxodonta\uFEFF'],
  ['carved Loxodonta\u200B\n', 'Loxodonta\u200B'],
  ['Elefante\u0301', 'Elefante\u0301'],
  ['CITES-Papieren', 'Papieren'],
  ['Genusʼ', 'Genusʼ'],
  ['\u{1D40B}oxodonta', '\u{1D40B}oxodonta'],
  ['Lox\u{1D41A}', 'Lox\u{1D41A}'],
  ['Loxodonta.', undefined],
  ['carved loxodonta', undefined],
  ['młoda samica', undefined],
  ['850 €', undefined],
  ['Kraków · ptasiarz', undefined],
  ['3 500 zł', undefined],
  ['   ', undefined],
  ['', undefined],
  ['\u{1F418}', undefined],
])('a block ending %j ends with the genus %j', (text, genus) => {
  let asked = 0;
  const across = nameAcross(block(text), () => (asked++, block('africana')));
  expect(across?.tail[1]).toBe(genus);
  // The next block is read only for a block that ends like a genus.
  expect(asked).toBe(genus === undefined ? 0 : 1);
});

// A word hyphenated at a block's end (a hyphen or a soft hyphen): its first half, joined to the next block's first word
// without a space; a genus stays a genus, joined with one.
it.each([
  ['carved Elfen-', 'Elfen', 'Elfenafricana'],
  ['carved Elfen-  \u2028', 'Elfen', 'Elfenafricana'],
  ['carved Elfen\u00AD', 'Elfen', 'Elfenafricana'],
  ['Loxodonta', undefined, 'Loxodonta africana'],
])('a block ending %j is a word hyphenated at its end, %j', (text, half, words) => {
  const across = nameAcross(block(text), () => block('africana'));
  expect(across?.tail[2]).toBe(half);
  expect(across && joinedWords(across)).toBe(words);
});

it.each([
  ['Preis -', undefined],
  ['Elfen- ', 'Elfen'],
  ['Elfen-.', undefined],
])('a block ending %j, before a lower-case word, ends with the hyphenated half %j', (text, half) => {
  expect(nameAcross(block(text), () => block('bein'))?.tail[2]).toBe(half);
});

// The matcher's fold drops these inside a word, so a name split across two cells reads through the same ones, the
// format characters that are not default-ignorable (U+0600, U+FFF9…) too. Over all 1.1 million code points: seconds.
it('reads a name across blocks through every invisible character the matcher folds away, inside and before its words', () => {
  const invisibles = Array.from({ length: 0x110000 }, (_, code) => String.fromCodePoint(code)).filter((char) =>
    INVISIBLE_IN_WORD().test(char),
  );
  expect(invisibles.length).toBeGreaterThan(4000);
  const unread = invisibles.filter((x) => {
    const across = nameAcross(block(`carved ${x}Lo${x}xodonta`), () => block(`${x}afri${x}cana`));
    return across === undefined || joinedWords(across) !== `Lo${x}xodonta afri${x}cana`;
  });
  expect(unread.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`)).toEqual([]);
}, 60_000);

it("reads only the block's last word for a genus, not every capital of a title's edge", () => {
  const title =
    'Verkaufe Schöne Alte Holzkiste Mit Deckel Aus Eiche, Sehr Gut Erhalten, Mit Echtem Zertifikat Loxodonta ';
  const exec = vi.spyOn(RegExp.prototype, 'exec');
  const across = nameAcross(block(title), () => block('africana'));
  const read = exec.mock.calls.map(([text]) => text);
  exec.mockRestore();
  expect(across?.tail[1]).toBe('Loxodonta');
  // The genus's search reads the last word and its white space; the epithet's, the next block.
  expect(read).toEqual(['Loxodonta ', 'africana']);
});

// nameAcross skips the expression for a last word without a capital, a hyphen or a character outside ASCII: over every
// word of up to four characters from a mixed alphabet, it finds the same genus or hyphenated half as the expression.
it('finds what the expression alone finds, for every short word ending a block', () => {
  const run = '[\\p{L}\\p{M}\\p{DI}\\p{Cf}]+';
  const expression = new RegExp(`(?:(\\p{Lu}${run})(?<!\u00AD)|(${run})[-\u00AD])[\\s\u2028]*$`, 'u');
  const alphabet = ['a', 'z', 'A', 'Z', '-', '\u00AD', 'é', 'É', 'ß', '.', ' ', '\u200B', 'ж', 'Ж'];
  let words = [''];
  let compared = 0;
  for (let length = 1; length <= 4; length++) {
    words = words.flatMap((word) => alphabet.map((char) => word + char));
    for (const word of words) {
      const across = nameAcross(block(`carved ${word}`), () => block('africana'));
      const found = expression.exec(`carved ${word}`.slice(-100));
      expect([across?.tail[1], across?.tail[2]], JSON.stringify(word)).toEqual([found?.[1], found?.[2]]);
      compared++;
    }
  }
  expect(compared).toBe(14 + 14 ** 2 + 14 ** 3 + 14 ** 4);
});
