// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { matcherFor, taxon } from '../matching/dictionary-fixture';
import { settledScan } from './settled-scan';

// Every highlight is then of one name ('spoor-app-i').
const APPENDIX_I = { cites: { appendix: 'I' as const } };

/**
 * Variants of issue 13's evasion families that the page-level cases (evasion-scan, e2e evasion.html) do not write.
 * The families this table left out (look-alikes of other scripts, <bdo> and CSS overrides, adjacent boxes, line-end
 * hyphens, attributes) are in evasion-families.test.ts, with what is still not caught.
 */
const matcher = matcherFor({
  taxa: [
    taxon(
      'loxodonta-africana',
      'Loxodonta africana',
      [
        { text: 'ivory', lang: 'en' },
        { text: 'Elfenbein', lang: 'de', match: 'compound' },
        { text: 'слоновая кость', lang: 'ru' },
      ],
      APPENDIX_I,
    ),
    taxon('psittacus-erithacus', 'Psittacus erithacus', [{ text: 'Grey parrot', lang: 'en' }], APPENDIX_I),
  ],
});

const INVISIBLES: [string, string][] = [
  ['soft hyphen', '\u00AD'],
  ['combining grapheme joiner', '\u034F'],
  ['Hangul choseong filler', '\u115F'],
  ['Hangul jungseong filler', '\u1160'],
  ['Khmer vowel inherent aq', '\u17B4'],
  ['Khmer vowel inherent aa', '\u17B5'],
  ['Mongolian free variation selector 1', '\u180B'],
  ['Mongolian free variation selector 3', '\u180D'],
  ['Mongolian free variation selector 4', '\u180F'],
  ['Mongolian vowel separator', '\u180E'],
  ['zero width space', '\u200B'],
  ['zero width non-joiner', '\u200C'],
  ['zero width joiner', '\u200D'],
  ['left-to-right mark', '\u200E'],
  ['right-to-left mark', '\u200F'],
  ['left-to-right embedding', '\u202A'],
  ['right-to-left embedding', '\u202B'],
  ['pop directional formatting', '\u202C'],
  ['word joiner', '\u2060'],
  ['function application', '\u2061'],
  ['invisible times', '\u2062'],
  ['invisible separator', '\u2063'],
  ['invisible plus', '\u2064'],
  ['reserved U+2065', '\u2065'],
  ['first strong isolate', '\u2068'],
  ['pop directional isolate', '\u2069'],
  ['national digit shapes', '\u206E'],
  ['Hangul filler', '\u3164'],
  ['variation selector 1', '\uFE00'],
  ['variation selector 16', '\uFE0F'],
  ['zero width no-break space', '\uFEFF'],
  ['half-width Hangul filler', '\uFFA0'],
  ['musical symbol begin beam', '\u{1D173}'],
  ['musical symbol end phrase', '\u{1D17A}'],
  ['reserved tag U+E0000', '\u{E0000}'],
  ['cancel tag', '\u{E007F}'],
  ['variation selector 256', '\u{E01EF}'],
  ['unassigned ignorable U+E0FFF', '\u{E0FFF}'],
];

describe('every Default_Ignorable / format code point', () => {
  it.each(INVISIBLES)('%s inside "ivory", "Elfenbein", "слоновая кость" and a binomial', async (_label, x) => {
    const html =
      `<p>carved i${x}vo${x}r${x}y netsuke</p><p>${x}Elf${x}en${x}bein${x} Schnitzerei</p>` +
      `<p>из сл${x}оно${x}вой ко${x}сти</p><p>${x}Loxo${x}donta afri${x}cana${x}</p>`;
    const { texts } = await settledScan(html, matcher);
    expect(texts.map((text) => text.replaceAll(x, ''))).toEqual([
      'ivory',
      'Elfenbein',
      'слоновой кости',
      'Loxodonta africana',
    ]);
  });

  it('many different invisibles in one word', async () => {
    const { texts } = await settledScan('<p>i\u00AD\u200B\u2060v\u{E0041}\uFE0Fo\u034F\u180Er\u3164y</p>', matcher);
    expect(texts).toHaveLength(1);
  });
});

describe('bidi controls, nested and unterminated', () => {
  it.each([
    ['RLO left open in a paragraph', '<p>carved \u202Eyrovi</p>', 1],
    ['RLO inside LRO', '<p>\u202Dcarved \u202Eyrovi\u202C netsuke\u202C</p>', 1],
    ['LRO inside RLO: the word reads as written, then flipped back', '<p>\u202E\u202Dyrovi\u202C\u202C</p>', 0],
    ['RLE does not reverse Latin letters (only an override does)', '<p>\u202Byrovi\u202C</p>', 0],
    ['RLE around a plain word', '<p>carved \u202Bivory\u202C</p>', 1],
    ['RLI … PDI around a reversed word', '<p>\u2067\u202Eyrovi\u2069 x</p>', 1],
    ['LRI then RLO, unterminated', '<p>\u2066\u202Eyrovi</p>', 1],
    ['FSI … PDI around RLO', '<p>\u2068\u202Eyrovi\u202C\u2069</p>', 1],
    ['RLO around a reversed binomial', '<p>\u202Eanacirfa atnodoxoL\u202C</p>', 1],
    ['RLO around reversed Russian', '<p>\u202Eитсок яавонолс\u202C</p>', 1],
    ['<bdo dir="rtl"> inside a word', '<p>iv<bdo dir="rtl">yro</bdo> netsuke</p>', 1],
    ['<bdo dir=rtl> nested in <bdo dir=ltr>', '<p><bdo dir="ltr">iv<bdo dir="rtl">yro</bdo></bdo></p>', 1],
  ])('%s', async (_label, html, count) => {
    expect((await settledScan(html, matcher)).texts).toHaveLength(count);
  });
});

describe('confusables', () => {
  it.each([
    ['Cyrillic і and у', 'іvorу'],
    ['Greek ο and ν', 'iνοry'],
    ['mathematical bold', '𝐢𝐯𝐨𝐫𝐲'],
    ['mathematical script and fraktur mixed', '𝒾𝔳𝑜𝓇𝔂'],
    ['full-width', 'ｉｖｏｒｙ'],
    ['Cyrillic, Greek and Latin in one word', 'іνоry'],
    ['Latin look-alikes in Russian', 'cлoновая кocть'],
    ['a Cyrillic binomial look-alike', 'Lохоdоntа аfricаna'],
    ['Elfenbein with Cyrillic е', 'Elfеnbеin'],
  ])('%s', async (_label, word) => {
    expect((await settledScan(`<p>carved ${word} netsuke</p>`, matcher)).texts).toEqual([word]);
  });
});

describe('genus and species across breaks', () => {
  it.each([
    ['<br>', '<p>Loxodonta<br>africana tusk</p>', 1],
    ['<p>', '<p>Loxodonta</p><p>africana</p>', 1],
    ['<div>', '<div>Loxodonta</div><div>africana</div>', 1],
    ['<li>', '<ul><li>Loxodonta</li><li>africana</li></ul>', 1],
    ['a genus with an invisible at the block edge', '<p>Loxodonta\u200B</p><p>\u200Bafricana</p>', 1],
    ['a genus with a Cyrillic look-alike', '<p>Lохоdоntа</p><p>africana</p>', 1],
    ['unrelated blocks far apart', '<p>Loxodonta</p><p>Some words here.</p><p>x</p><p>africana</p>', 0],
    ['a heading and a paragraph further down', '<h2>Loxodonta</h2><p>herd</p><p>africana</p>', 0],
  ])('%s', async (_label, html, count) => {
    expect((await settledScan(html, matcher)).texts).toHaveLength(count);
  });
});
