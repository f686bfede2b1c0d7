// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { matcherFor, taxon } from '../matching/dictionary-fixture';
import { settledScan } from './settled-scan';

const APPENDIX_I = { cites: { appendix: 'I' as const } };

/**
 * The evasion families that evasion-unseen.test.ts left out, with cases that must stay quiet. On main (e181ba4) 25
 * of the 35 variants to catch were missed (the 13 to keep quiet were quiet). Branch evasion11 caught all 35 for
 * 779 bytes of content.js, over its budget; the look-alikes of other scripts (84 bytes) and the genus and epithet
 * over table rows and nested blocks (92 bytes, branch bytes11) were kept. Branch evasion12 caught the rest, paid for
 * by savings elsewhere in content.js (see BENCHMARKS.md "evasion12"): CSS `direction: rtl` with `unicode-bidi:
 * bidi-override` or `isolate-override` on a styled inline element or the paragraph (lib/highlight/block-text.ts); a
 * genus and epithet in display:block, flex or inline-block boxes (the same); a name hyphenated at a line end
 * ("Loxo-<br>donta", a soft hyphen before <br>, a box of its own ending the line: lib/matching/line-end-hyphen.ts).
 * Of the 31 variants to catch here main (4ee210d) missed 15 and painted one of the 14 to keep quiet (a word split
 * over a display:block span, now two words); evasion12 catches the 31 and keeps the 14 quiet. Still not caught: an
 * override set by a style sheet on an element with no `style` attribute (computing every inline element's style costs
 * more than the scan), and a hyphen ending one block before the next (`<p>Loxo-</p><p>donta</p>`): since hidden17, a
 * word hyphenated at a block's end and ended in the next is read whole (lib/detect/join-blocks.ts).
 */
const matcher = matcherFor({
  taxa: [
    taxon(
      'loxodonta-africana',
      'Loxodonta africana',
      [
        { text: 'ivory', lang: 'en' },
        { text: 'Elfenbein', lang: 'de', match: 'compound' },
      ],
      APPENDIX_I,
    ),
    taxon('testudo-hermanni', 'Testudo hermanni', [{ text: 'tortoise', lang: 'en' }], APPENDIX_I),
  ],
});

async function paintedCount(html: string): Promise<number> {
  return (await settledScan(html, matcher)).texts.length;
}

describe('look-alike letters of other scripts', () => {
  it.each([
    ['Armenian օ', '<p>carved iv\u0585ry netsuke</p>', 1],
    ['Armenian օ in a binomial', '<p>Lox\u0585d\u0585nta africana</p>', 1],
    ['Cherokee Ꭵ', '<p>carved \u13A5vory netsuke</p>', 1],
    ['Cherokee capitals', '<p>\u13DEoxo\u13A0onta africana</p>', 1],
    ['Latin small capitals ɪᴠᴏʀʏ', '<p>carved \u026A\u1D20\u1D0F\u0280\u028F netsuke</p>', 1],
    ['a small capital in a word', '<p>carved iv\u1D0Fry netsuke</p>', 1],
    ['Latin iota ɩ', '<p>carved \u0269vory netsuke</p>', 1],
    ['Lisu capitals', '<p>carved \uA4F2VORY netsuke</p>', 1],
    ['a pure Armenian word stays Armenian', '<p>\u0585\u0580\u0565\u0580 \u0570\u0561\u0575</p>', 0],
    ['small capitals that spell another word', '<p>\u026A\u1D20\u1D0F\u0280\u028F\u028F</p>', 0],
  ])('%s', async (_label, html, count) => {
    expect(await paintedCount(html)).toBe(count);
  });
});

describe('bidi overrides by element and by style', () => {
  it.each([
    ['<bdo dir="RTL"> around capitals', '<p>carved <bdo dir="RTL">YROVI</bdo></p>', 1],
    ['<bdo dir="rtl"> around capitals', '<p><bdo dir="rtl">YROVI</bdo> netsuke</p>', 1],
    ['<bdo dir="rtl"> around a capitalised binomial', '<p><bdo dir="rtl">anacirfa atnodoxoL</bdo></p>', 1],
    [
      'inline style bidi-override, rtl',
      '<p><span style="unicode-bidi: bidi-override; direction: rtl">yrovi</span></p>',
      1,
    ],
    ['inline style on the paragraph itself', '<p style="direction:rtl;unicode-bidi:bidi-override">yrovi</p>', 1],
    ['inline style isolate-override', '<p><i style="direction: rtl; unicode-bidi: isolate-override">yrovi</i></p>', 1],
    [
      "a style sheet's override on a styled element",
      '<style>.r { direction: rtl; unicode-bidi: bidi-override }</style><p>a <b class="r" style="color: red">yrovi</b></p>',
      1,
    ],
    [
      "a style sheet's override by a class alone",
      '<style>.r { direction: rtl; unicode-bidi: bidi-override }</style><p>a <b class="r">yrovi</b> netsuke</p>',
      1,
    ],
    [
      "a style sheet's override over child elements",
      '<style>.r { direction: rtl; unicode-bidi: isolate-override }</style><p><span class="r"><b>anacirfa</b> <i>atnodoxoL</i></span></p>',
      1,
    ],
    [
      "a style sheet's override on the paragraph, split over spans",
      '<style>p.r { direction: rtl; unicode-bidi: bidi-override }</style><p class="r"><i>yr</i><b>ovi</b></p>',
      1,
    ],
    [
      'an override of a binomial on a span',
      '<p><span style="direction:rtl;unicode-bidi:bidi-override">anacirfa atnodoxol</span></p>',
      1,
    ],
    ['rtl without an override does not reverse Latin', '<p><span style="direction: rtl">yrovi</span></p>', 0],
    ['an override left to right reads as written', '<p><span style="unicode-bidi: bidi-override">yrovi</span></p>', 0],
    ['<bdo dir="ltr"> reads as written', '<p><bdo dir="ltr">YROVI</bdo></p>', 0],
  ])('%s', async (_label, html, count) => {
    expect(await paintedCount(html)).toBe(count);
  });
});

describe('genus and epithet in adjacent boxes', () => {
  it.each([
    ['two table rows', '<table><tr><td>Loxodonta</td></tr><tr><td>africana</td></tr></table>', 1],
    [
      'two rows, cells with more before',
      '<table><tr><td>1</td><td>Loxodonta</td></tr><tr><td>africana</td><td>2</td></tr></table>',
      1,
    ],
    [
      'display:block spans',
      '<p><span style="display:block">Loxodonta</span><span style="display:block">africana</span></p>',
      1,
    ],
    [
      'inline-block spans',
      '<p><span style="display: inline-block">Loxodonta</span><span style="display: inline-block">africana</span></p>',
      1,
    ],
    ['a block span then plain text', '<p><b style="display:block">Loxodonta</b>africana</p>', 1],
    ['flex items', '<div><span style="display:flex">Loxodonta</span><a style="display:flex">africana</a></div>', 1],
    ['nested divs, adjacent', '<div><div>Loxodonta</div></div><div><div>africana</div></div>', 1],
    ['rows far apart', '<table><tr><td>Loxodonta</td></tr><tr><td>herd</td></tr><tr><td>africana</td></tr></table>', 0],
    ['another cell between', '<table><tr><td>Loxodonta</td><td>12</td></tr><tr><td>africana</td></tr></table>', 0],
    [
      'block spans with a word between',
      '<p><span style="display:block">Loxodonta</span>herd <span style="display:block">africana</span></p>',
      0,
    ],
    [
      'nested divs with a paragraph between',
      '<div><div>Loxodonta</div><p>Some words.</p></div><div><div>africana</div></div>',
      0,
    ],
    ['plain spans still read as one word', '<p><span>Loxodonta</span><span>africana</span></p>', 0],
    // A line break a seller puts inside a word is read as one word when the join lands on a name.
    ['a block span inside a word is read as the seller means it', '<p><span style="display:block">iv</span>ory</p>', 1],
    ['a hidden span adds nothing', '<p>Loxodonta<span style="display:none"></span> africana</p>', 1],
  ])('%s', async (_label, html, count) => {
    expect(await paintedCount(html)).toBe(count);
  });
});

describe('a name hyphenated at a line end', () => {
  it.each([
    ['hyphen before <br>', '<p>Loxo-<br>donta africana</p>', 1],
    ['soft hyphen before <br>', '<p>Loxo\u00AD<br>donta africana</p>', 1],
    ['hyphen before <br> in a common name', '<p>carved ivo-<br>ry netsuke</p>', 1],
    ['hyphen in the epithet', '<p>Loxodonta afri-<br>cana</p>', 1],
    ['a hyphen before a space and <br> still joins', '<p>Loxo- <br>donta africana</p>', 1],
    ['a hyphen ending a block span', '<p><span style="display:block">Loxo-</span>donta africana</p>', 1],
    ['a hyphen mid-line does not join words', '<p>Loxo-donta africana</p>', 0],
    ['a <br> inside a word before a small letter is read as one word', '<p>Loxo<br>donta africana</p>', 1],
    ['a hyphen before a paragraph break does not join', '<div>Loxo-<p>x</p>donta africana</div>', 0],
    ['a line-end hyphen before a capital keeps two words', '<p>carved ivory-<br>Netsuke</p>', 1],
    ['a hyphen ending one block before the next', '<div><p>carved Elfen-</p><p>bein netsuke</p></div>', 1],
    ['a hyphen ending a table cell before the next', '<table><tr><td>Elfen-</td><td>bein</td></tr></table>', 1],
    ['a soft hyphen ending one block before the next', '<div><p>carved Elfen\u00AD</p><p>bein</p></div>', 1],
    ['a hyphen ending one block before a capital', '<div><p>carved Elfen-</p><p>Bein netsuke</p></div>', 0],
    ['two blocks without a hyphen keep a common name apart', '<div><p>carved Elfen</p><p>bein netsuke</p></div>', 0],
  ])('%s', async (_label, html, count) => {
    expect(await paintedCount(html)).toBe(count);
  });
});

describe('ruby annotations inside a name (hostile24: main painted none of these)', () => {
  it.each([
    [
      'an annotation letter inside the epithet',
      '<p>Genuine <ruby>Testudo</ruby> <ruby>herm<rt>q</rt>anni</ruby> shell</p>',
    ],
    ['annotations over both words', '<p><ruby>Testudo<rt>x</rt> herm<rt>y</rt>anni<rt>z</rt></ruby> for sale</p>'],
    ['with fallback parentheses', '<p>carved <ruby>iv<rp>(</rp><rt>q</rt><rp>)</rp>ory</ruby> netsuke</p>'],
  ])('%s', async (_label, html) => {
    expect(await paintedCount(html)).toBe(1);
  });

  it('counts a name written in an annotation, unpainted', async () => {
    const { texts, described } = await settledScan('<p><ruby>old shell<rt>Testudo hermanni</rt></ruby></p>', matcher);
    expect(texts).toEqual([]);
    expect(described).toEqual(['testudo-hermanni']);
  });
});

describe('names in attributes and form values: counted, not painted', () => {
  it.each([
    ['alt', '<img alt="Loxodonta africana tusk">'],
    ['title', '<span title="Testudo hermanni">x</span>'],
    ['aria-label', '<a aria-label="carved ivory" href="#">x</a>'],
    ['input value', '<input value="Testudo hermanni">'],
    ['textarea', '<textarea>Testudo hermanni</textarea>'],
    ['select', '<select><option>x</option><option selected>Testudo hermanni</option></select>'],
    ['alt with invisibles', '<img alt="Lox\u200Bodo\u2060nta afri\u00ADcana">'],
    ['title with a Cyrillic look-alike', '<span title="Testud\u043E hermanni">x</span>'],
    ['aria-label reversed by an override', '<a aria-label="\u202Einnamreh odutseT\u202C" href="#">x</a>'],
    ['alt with an Armenian look-alike', '<img alt="iv\u0585ry">'],
    // hostile24: an inline SVG picture drawing the ad's words, which the page's text skips (main counted nothing).
    ['SVG text', '<svg width="300" height="30"><text x="0" y="20">Testudo hermanni</text></svg>'],
    [
      'SVG text in tspans',
      '<svg><text x="0" y="20"><tspan>Testudo</tspan> <tspan fill="red">hermanni</tspan></text></svg>',
    ],
    ['SVG text in a nested picture', '<svg><g><svg><text>carved ivory</text></svg></g></svg>'],
    // hostile25: the hint an empty field shows (main counted nothing).
    ['input placeholder', '<input placeholder="Testudo hermanni">'],
    ['textarea placeholder', '<textarea placeholder="carved ivory"></textarea>'],
    // hostile29: a button's label, and the choices a select's open list shows (main read the chosen option only).
    ['button value', '<input type="button" value="Testudo hermanni">'],
    ['submit value', '<input type="submit" value="Testudo hermanni">'],
    ['a choice not chosen', '<select><option>x</option><option>Testudo hermanni</option></select>'],
    ['group label', '<select><optgroup label="Testudo hermanni"><option>x</option></optgroup></select>'],
    ['option label', '<select><option label="Testudo hermanni">x</option></select>'],
  ])('%s', async (_label, html) => {
    const { texts, described } = await settledScan(`<p>nothing here</p>${html}`, matcher);
    expect(texts).toEqual([]);
    expect(described).toHaveLength(1);
  });

  it("counts nothing in an SVG picture's style, script or shapes", async () => {
    const html =
      '<svg><style>.tortoise { fill: red }</style><script>const ivory = 1</script><rect class="tortoise"/></svg>';
    expect((await settledScan(html, matcher)).described).toEqual([]);
  });

  it('counts nothing in a password or a hidden value', async () => {
    const html = '<input type="password" value="Testudo hermanni"><input type="hidden" value="Testudo hermanni">';
    expect((await settledScan(html, matcher)).described).toEqual([]);
  });
});

// hostile25: marks that decorate every letter (they compose with none, so they make no other letter) and letters in a
// frame (symbols whose compatibility form is the letter). Main missed the framed ones here (this fixture's terms are
// not weighed for accents; diacritics.test.ts has the marks' cases that failed on main).
describe('decorating marks and framed letters', () => {
  it.each([
    ['a combining low line under each letter', '<p>carved i\u0332v\u0332o\u0332r\u0332y\u0332 netsuke</p>', 1],
    ['a strike-through over a binomial', `<p>${[...'Loxodonta africana'].join('\u0336')}\u0336</p>`, 1],
    ['an overline on each letter', '<p>carved i\u0305v\u0305o\u0305r\u0305y\u0305 netsuke</p>', 1],
    ['circled letters', '<p>carved \u24D8\u24E5\u24DE\u24E1\u24E8 netsuke</p>', 1],
    [
      'squared capitals',
      '<p>\u{1F13B}\u{1F13E}\u{1F147}\u{1F13E}\u{1F133}\u{1F13E}\u{1F13D}\u{1F143}\u{1F130} africana</p>',
      1,
    ],
    ['symbols that frame no single letter', '<p>\u2122 \u00A9 \u24B8 2024, \u2474 tortoise\u2122</p>', 1],
  ])('%s', async (_label, html, count) => {
    expect(await paintedCount(html)).toBe(count);
  });
});
