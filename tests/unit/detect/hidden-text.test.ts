// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mergeReports, inHidden, onPage, distinctTaxa } from '@/lib/detect/aggregate';
import { secondStageHides } from '@/lib/detect/private-terms';
import { PRIVATE, scanSegment, UNSHOWN, type Hit } from '@/lib/detect/scan-block';
import { summarizeHits } from '@/lib/detect/tally';
import { unshown } from '@/lib/detect/unshown';
import { atWord, blockTextReader, collectBlockText, rendersText } from '@/lib/highlight/block-text';
import { fixtureMatcher } from './fixture-dictionary';

// jsdom has no layout: whether an element renders is an injected function here, and tests/e2e/hidden-text.test.ts
// proves the real check in Chromium.

const noOwnUi = () => false;
const matcher = fixtureMatcher();
const entryIndex = (id: string) => matcher.entries.findIndex((entry) => entry.id === id);

/** The block's text read with `renders` saying which elements show, and the elements it was asked about. */
function readWith(html: string, renders: (element: Element) => boolean) {
  document.body.innerHTML = `<p id="block">${html}</p>`;
  const asked: string[] = [];
  const block = blockTextReader(document.getElementById('block')!, noOwnUi, (element) => {
    asked.push(element.outerHTML);
    return renders(element);
  })(Infinity)!;
  return { text: block.text, asked };
}

describe('junk hidden inside a word', () => {
  const hidden = (element: Element) => !element.matches('.gone, [hidden]');

  it.each([
    ['a hidden letter', 'Psitt<span class="gone">q</span>acus erithacus', 'Psittacus erithacus'],
    ['a hidden hyphen', 'Ele<span hidden>-</span>phant', 'Elephant'],
    ['longer hidden junk', 'Loxo<b class="gone">xx yy</b>donta', 'Loxodonta'],
    ['a shown letter', 'Psitt<b>a</b>cus erithacus', 'Psittacus erithacus'],
  ])('%s: the word reads as shown', (_, html, text) => {
    expect(readWith(html, hidden).text).toBe(text);
  });

  it('asks only about elements with a letter on either side, so a page of words between tags asks about none', () => {
    const { asked, text } = readWith(
      '<b>Grey</b> <i>parrot</i>, <span class="gone">ivory</span> (<a href="#">more</a>)<span hidden>z</span> x',
      () => false,
    );
    expect(asked).toEqual([]);
    // Hidden text that is not inside a word is read: a match there is judged on its own (unshown).
    expect(text).toBe('Grey parrot, ivory (more)z x');
  });

  it('asks about an element inside a word and keeps its text when it renders', () => {
    expect(readWith('Elfen<b>bein</b>schnitzerei', () => true)).toEqual({
      text: 'Elfenbeinschnitzerei',
      asked: ['<b>bein</b>'],
    });
  });

  it('is told by letters on both sides (inside a word) or one (at its edge), in any cased script', () => {
    document.body.innerHTML =
      '<p>ab<span>x</span>cd</p><p>Сло<span>x</span>н</p><p>ab<span>x</span> cd</p><p>ab<span>x</span><b><i>cd</i></b></p>';
    const spans = [...document.querySelectorAll('span')];
    expect(spans.map((span) => atWord(span, span.previousSibling!.textContent!.at(-1)!.charCodeAt(0), true))).toEqual([
      2, 2, 1, 2,
    ]);
    expect(atWord(spans[0]!, ' '.charCodeAt(0), true)).toBe(1);
    expect(atWord(spans[2]!, ' '.charCodeAt(0), true)).toBe(0);
    // A block counts inside a word only: a letter must end the text before it.
    expect(atWord(spans[0]!, ' '.charCodeAt(0))).toBe(0);
  });

  it.each([
    ['before a word', 'Buy <span hidden>x</span>ivory', 'Buy \nx\nivory'],
    ['after a word', 'Buy ivory<span hidden>q</span>, cheap', 'Buy ivory\nq\n, cheap'],
    ['a name hidden right after a word', 'Keywords<span hidden>Panthera tigris</span>', 'Keywords\nPanthera tigris\n'],
    ['followed by an element', 'Psitt<span hidden>x</span><b>acus</b> erithacus', 'Psittacus erithacus'],
    ['a hidden block inside a word', 'Psitt<div hidden>x</div>acus erithacus', 'Psittacus erithacus'],
  ])('junk %s: read apart from the word, or dropped inside it', (_, html, text) => {
    document.body.innerHTML = `<div id="block">${html}</div>`;
    const renders = (element: Element) => !element.matches('[hidden]');
    expect(blockTextReader(document.getElementById('block')!, noOwnUi, renders)(Infinity)!.text).toBe(text);
  });

  it('breaks at a shown block inside a word and at every <br>, asking nothing of a <br>', () => {
    document.body.innerHTML = '<div id="block">Psitt<div>x</div>acus<br>erithacus</div>';
    const asked: string[] = [];
    const block = blockTextReader(document.getElementById('block')!, noOwnUi, (element) => {
      asked.push(element.localName);
      return true;
    })(Infinity)!;
    expect(block.text).toBe('Psitt\nacus\u2028erithacus');
    expect(asked).toEqual(['div']);
  });

  it('is read as shown where the browser cannot tell (no checkVisibility, as in jsdom): fails safe', () => {
    document.body.innerHTML = '<p id="block">Ele<span hidden>-</span>phant</p>';
    expect(rendersText(document.querySelector('span')!)).toBe(true);
    expect(collectBlockText(document.getElementById('block')!, noOwnUi).text).toBe('Ele-phant');
  });
});

describe('matches in text the page hides', () => {
  it('count as shown where the browser cannot tell (no checkVisibility)', () => {
    document.body.innerHTML = '<p><span hidden>Psittacus erithacus</span></p>';
    const text = document.querySelector('span')!.firstChild as Text;
    const range = document.createRange();
    range.selectNodeContents(text);
    expect(unshown(range, [text])).toBe(false);
  });

  it('are neither painted nor counted, and are reported apart', () => {
    document.body.innerHTML = '<p id="block">Psittacus erithacus and <span class="gone">Ivory</span></p>';
    const block = collectBlockText(document.getElementById('block')!, noOwnUi);
    const isUnshown = (range: Range) => range.startContainer.parentElement!.matches('.gone');
    const hides = secondStageHides(matcher, [], () => false, isUnshown);
    const scanned = scanSegment(block, matcher, document, 0, block.text.length, hides);
    expect(scanned.painted.map(({ range }) => range.toString())).toEqual(['Psittacus erithacus']);
    expect(scanned.hits.map((hit) => [hit.word, hit.unpainted])).toEqual([
      ['Psittacus erithacus', undefined],
      ['Ivory', UNSHOWN],
    ]);
    const report = mergeReports([summarizeHits([scanned.hits], matcher.entries)]);
    expect(onPage(report).map((entry) => [entry.entryId, entry.count])).toEqual([['psittacus-erithacus', 1]]);
    expect(inHidden(report).map((entry) => [entry.entryId, entry.count, entry.inHidden])).toEqual([['ivory', 1, true]]);
    // The badge counts the taxa shown: the parrot only, not the elephants that ivory implies.
    expect(distinctTaxa(report)).toBe(1);
  });

  it('hidden comes before private: a private term in hidden text is hidden, and stays unpainted when shown', () => {
    const terms = [0];
    const range = document.createRange();
    const isPrivate = [{ text: matcher.terms[0]!.text, lang: matcher.terms[0]!.lang }];
    expect(
      secondStageHides(
        matcher,
        isPrivate,
        () => false,
        () => true,
      )(terms, range, []),
    ).toBe(UNSHOWN);
    expect(
      secondStageHides(
        matcher,
        isPrivate,
        () => true,
        () => true,
      )(terms, range, []),
    ).toBe(UNSHOWN);
    expect(
      secondStageHides(
        matcher,
        isPrivate,
        () => false,
        () => false,
      )(terms, range, []),
    ).toBe(PRIVATE);
    expect(
      secondStageHides(
        matcher,
        isPrivate,
        () => true,
        () => false,
      )(terms, range, []),
    ).toBe(false);
  });

  it('keep their entries apart when frames merge, and private counts stay with the shown entries', () => {
    const ivory = entryIndex('ivory');
    const hits: Hit[] = [
      { entry: ivory, word: 'ivory', lang: 'en' },
      { entry: ivory, word: 'ivory', lang: 'en', unpainted: UNSHOWN },
      { entry: ivory, word: 'Elfenbein', lang: 'de', unpainted: PRIVATE },
    ];
    const report = mergeReports([summarizeHits([hits], matcher.entries), summarizeHits([hits], matcher.entries)]);
    expect(report.map((entry) => [entry.count, entry.unpainted, entry.inHidden, entry.matched])).toEqual([
      [4, 2, undefined, ['ivory', 'Elfenbein']],
      [2, undefined, true, ['ivory']],
    ]);
  });
});
