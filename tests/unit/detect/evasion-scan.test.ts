// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { scanInSegments, type ScannedBlock } from '@/lib/detect/scan-block';
import { collectBlockText } from '@/lib/highlight/block-text';
import { fixtureMatcher } from './fixture-dictionary';

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
    ['Cyrillic о inside "ivory"', 'carved iv\u043Ery netsuke', ['iv\u043Ery']],
    ['genus and species across <br>', 'Loxodonta<br>africana tusk', ['Loxodontaafricana']],
    ['genus and species across <br><br>', 'Loxodonta <br><br> africana', ['Loxodonta  africana']],
  ])('%s', (_label, html, painted) => {
    expect(scan(html).painted).toEqual(painted);
  });

  it('counts the name found across a <br> once, for its taxon', () => {
    expect(scan('Loxodonta<br>africana').entries).toEqual(['loxodonta-africana']);
  });

  it('does not join a common name across <br> nor a scientific name across a block', () => {
    expect(scan('Grey<br>parrot').painted).toEqual([]);
    expect(scan('African<br>elephant').painted).toEqual([]);
    expect(scan('Loxodonta<div>herd</div>africana').painted).toEqual([]);
    expect(scan('Loxodonta,<br>africana').painted).toEqual([]);
  });
});
