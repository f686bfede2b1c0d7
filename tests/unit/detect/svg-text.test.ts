// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { svgDrawnText } from '@/lib/detect/svg-text';
import { LINE_BREAK } from '@/lib/matching/fold';

const svgOf = (markup: string) => {
  const holder = document.createElement('div');
  holder.innerHTML = `<svg>${markup}</svg>`;
  return holder.firstElementChild!;
};

/**
 * Where jsdom has no layout: each letter drawn 10 wide and 16 high, from where its piece of text starts (`x` and `y`
 * of its parent, the top of its line), as the picture places it; a list of `x` places the letters one by one.
 * Counts the boxes asked for.
 */
let asked = 0;
function drawLetters() {
  asked = 0;
  Range.prototype.getBoundingClientRect = function (this: Range) {
    asked++;
    const holder = this.startContainer.parentElement!;
    const xs = (holder.getAttribute('x') ?? '0').split(' ').map(Number);
    const left = xs[this.startOffset] ?? xs[0]! + 10 * this.startOffset;
    const top = Number(holder.getAttribute('y') ?? 0);
    return new DOMRect(left, top, 10 * (this.endOffset - this.startOffset), 16);
  };
}
afterEach(() => {
  delete (Range.prototype as Partial<Range>).getBoundingClientRect;
});

it.each([
  [
    'pieces placed out of order',
    '<text><tspan x="90">mydas</tspan><tspan x="0">Chelonia</tspan></text>',
    'Chelonia mydas',
  ],
  ['a word split over pieces', '<text><tspan x="30">hon</tspan><tspan x="0">Pyt</tspan></text>', 'Python'],
  ['texts written in reverse', '<text x="60">javanica</text><text x="0">Manis</text>', 'Manis javanica'],
  [
    'lines, the lower written first',
    '<text y="16">erithacus</text><text y="0">Psittacus</text>',
    `Psittacus${LINE_BREAK}erithacus`,
  ],
  ['words far apart on a line', '<text x="0">Pango</text><text x="200">lin</text>', 'Pango\nlin'],
  ['lines far apart', '<text y="0">Pango</text><text y="80">lin</text>', 'Pango\nlin'],
  ['letters placed by a list', '<text x="10 0 20">rAa macao</text>', 'Ara macao'],
])('reads %s as drawn', (_, markup, drawn) => {
  drawLetters();
  expect(svgDrawnText(svgOf(markup))).toBe(drawn);
});

// hostile32: a picture of more than 2,000 letters (a chart's labels) was read as written; its text nodes are read a
// run at a time, a box each, and only letters a list places one by one are asked for a box each.
it('reads a picture of thousands of letters in its drawn order, a box a run', () => {
  drawLetters();
  const labels = Array.from({ length: 150 }, (_, i) => `<text x="${i * 300}" y="40">Label ${i} value 12345</text>`);
  const svg = svgOf(`<text y="0"><tspan x="60">javanica</tspan><tspan x="0">Manis</tspan></text>${labels.join('')}`);
  expect(svg.textContent!.length).toBeGreaterThan(2_000);
  expect(svgDrawnText(svg).split('\n')[0]).toBe('Manis javanica');
  expect(asked).toBe(152);
});

it('reads a lone text placed once as written, asking for no box', () => {
  Range.prototype.getBoundingClientRect = () => {
    throw new Error('no box is asked for');
  };
  expect(svgDrawnText(svgOf('<title>Logo</title><text x="4" y="20">Carved <tspan>ivory</tspan></text>'))).toBe(
    'Carved ivory',
  );
});

it('reads each text apart, as written, without layout to ask', () => {
  expect(svgDrawnText(svgOf('<text x="60">javanica</text><text x="0">Manis</text>'))).toBe('javanica\nManis');
});
