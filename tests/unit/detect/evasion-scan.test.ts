// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { withJoinedName } from '@/lib/detect/join-blocks';
import { scanInSegments, type ScannedBlock } from '@/lib/detect/scan-block';
import { collectBlockText } from '@/lib/highlight/block-text';
import { matcherFor, taxon } from '../matching/dictionary-fixture';
import { fixtureMatcher } from './fixture-dictionary';
import { settledScan } from './settled-scan';

const matcher = fixtureMatcher();

/** The ranges a block would paint, as the text they cover, and the entries it counts. */
function scan(html: string) {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.body.replaceChildren(p);
  const scanning = scanInSegments(
    collectBlockText(p, () => false),
    matcher,
    document,
  );
  let done: ScannedBlock | undefined;
  while (!(done = scanning.step()));
  return {
    painted: done.painted.map(({ range }) => range.toString()),
    entries: done.hits.map((hit) => matcher.entries[hit.entry]!.id),
  };
}

describe('evasions through the block scanner', () => {
  it.each([
    [
      'bidi and tag characters inside the word',
      'carved iv\u202Co\u{E0020}r\u2066y netsuke',
      ['iv\u202Co\u{E0020}r\u2066y'],
    ],
    [
      'a word split over spans with an override mark between',
      'carved <span>iv</span>\u202D<span>ory</span>',
      ['iv\u202Dory'],
    ],
    ['a reversed word', 'carved \u202Eyrovi\u202C netsuke', ['\u202Eyrovi\u202C']],
    ['a reversed word split over spans', 'carved <b>\u202Eyr</b><i>ovi\u202C</i>', ['\u202Eyrovi\u202C']],
    ['a word reversed by <bdo dir="rtl">', 'carved <bdo dir="rtl">yrovi</bdo> netsuke', ['yrovi']],
    [
      'a name reversed by <bdo>, split over spans',
      'a <bdo dir="RTL"><i>sucahtire</i> sucattisP</bdo>!',
      ['sucahtire sucattisP'],
    ],
    ['Cyrillic о inside "ivory"', 'carved iv\u043Ery netsuke', ['iv\u043Ery']],
    ['genus and species across <br>', 'Loxodonta<br>africana tusk', ['Loxodontaafricana']],
    ['genus and species across <br><br>', 'Loxodonta <br><br> africana', ['Loxodonta  africana']],
  ])('%s', (_label, html, painted) => {
    expect(scan(html).painted).toEqual(painted);
  });

  it('counts the name found across a <br> once, for its taxon', () => {
    expect(scan('Loxodonta<br>africana').entries).toEqual(['loxodonta-africana']);
  });

  it('reads <bdo dir="ltr"> and <bdi dir="rtl"> as written', () => {
    expect(scan('<bdo dir="ltr">ivory</bdo> <bdi dir="rtl">ivory</bdi> <bdi dir="rtl">yrovi</bdi>').painted).toEqual([
      'ivory',
      'ivory',
    ]);
  });

  it('does not join a common name across <br> nor a scientific name across a block', () => {
    expect(scan('Grey<br>parrot').painted).toEqual([]);
    expect(scan('African<br>elephant').painted).toEqual([]);
    expect(scan('Loxodonta<div>herd</div>africana').painted).toEqual([]);
    expect(scan('Loxodonta,<br>africana').painted).toEqual([]);
  });
});

describe('a scientific name split across adjacent blocks', () => {
  it.each([
    ['table cells', '<table><tr><td>Loxodonta</td><td>africana</td></tr></table>', 'Loxodontaafricana'],
    // The range runs over the white space between the paragraphs.
    ['paragraphs', '<p>Offer: <i>Loxodonta</i></p>\n<!-- x -->\n<p>africana, carved.</p>', 'Loxodonta\n\nafricana'],
    ['divs', '<div>Psittacus</div><div>erithacus</div>', 'Psittacuserithacus'],
    // The genus and the epithet's first half in one block, its rest in the next.
    [
      'an epithet hyphenated across divs',
      '<div>Offer: Loxodonta afri-</div><div>cana tusks</div>',
      'Loxodonta afri-cana',
    ],
  ])('joins %s', async (_label, html, text) => {
    const { texts, counts } = await settledScan(html, matcher);
    expect(texts).toEqual([text]);
    expect(counts).toHaveLength(1);
    expect(counts[0]![1]).toBe(1);
  });

  it.each([
    ['text between the blocks', '<p>Loxodonta</p> and <p>africana</p>'],
    ['a common name', '<p>Grey</p><p>parrot</p>'],
    ['an epithet that is not the next block', '<p>Loxodonta</p><textarea>x</textarea><p>africana</p>'],
  ])('does not join with %s', async (_label, html) => {
    expect((await settledScan(html, matcher)).texts).toEqual([]);
  });
});

it('the joined name replaces a match of the genus alone', () => {
  const withGenus = matcherFor({
    taxa: [
      taxon('loxodonta', 'Loxodonta', [], { rank: 'genus' }),
      taxon('loxodonta-africana', 'Loxodonta africana', []),
    ],
  });
  document.body.innerHTML = '<table><tr><td id="a">Loxodonta</td><td id="b">africana</td></tr></table>';
  const first = collectBlockText(document.getElementById('a')!, () => false);
  const second = collectBlockText(document.getElementById('b')!, () => false);
  const scanning = scanInSegments(first, withGenus, document);
  let own: ScannedBlock | undefined;
  while (!(own = scanning.step()));
  expect(own.hits.map((hit) => withGenus.entries[hit.entry]!.id)).toEqual(['loxodonta']);
  const joined = withJoinedName(first, own, () => second, withGenus, document);
  expect(joined.painted.map(({ range }) => range.toString())).toEqual(['Loxodontaafricana']);
  expect(joined.hits.map((hit) => withGenus.entries[hit.entry]!.id)).toEqual(['loxodonta-africana']);
});
