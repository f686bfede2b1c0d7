// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { computedColorBy, expectedPaint, restyledMarks } from '@/lib/highlight/paint-guard';
import type { PaintedMatch } from '@/lib/highlight/painter';
import type { MarkCategory } from '@/lib/matching/types';
import { DEFAULT_COLORS } from '@/lib/settings/detect-settings';

/** A canvas context as Chromium's writes colours back: hex in lower case for opaque ones. */
const canvas = {
  written: '#000000',
  set fillStyle(color: string) {
    const known: Record<string, string> = { '#111': '#111111', red: '#ff0000', 'rgba(0,0,0,.5)': 'rgba(0, 0, 0, 0.5)' };
    this.written = known[color] ?? (/^#[0-9a-f]{6}$/.test(color) ? color : this.written);
  },
  get fillStyle() {
    return this.written;
  },
};
const computedColor = computedColorBy(canvas);
const expected = expectedPaint(DEFAULT_COLORS, computedColor);

const TRADE = {
  backgroundColor: 'rgb(177, 151, 252)',
  color: 'rgb(17, 17, 17)',
  textDecorationLine: 'underline',
  textDecorationStyle: 'wavy',
  textDecorationColor: 'rgb(17, 17, 17)',
};

/** A word painted in a paragraph of its own. */
function paintedWord(category: MarkCategory): PaintedMatch {
  const paragraph = document.createElement('p');
  const text = paragraph.appendChild(document.createTextNode('ivory'));
  const range = document.createRange();
  range.selectNodeContents(text);
  return { range, category, terms: [0], nodes: [text] };
}

/** What an element's own text computes as, unmarked. */
const PLAIN = {
  backgroundColor: 'rgba(0, 0, 0, 0)',
  color: 'rgb(0, 0, 0)',
  textDecorationLine: 'none',
  textDecorationStyle: 'solid',
  textDecorationColor: 'rgb(0, 0, 0)',
};

/**
 * A view computing every highlight of every element as `paint` says, and counting its reads; as Chromium does, an
 * element's own style is PLAIN and a pseudo-element it does not know computes empty.
 */
function viewComputing(paint: (element: Element, pseudo: string) => Partial<CSSStyleDeclaration>) {
  const reads: string[] = [];
  return {
    reads,
    getComputedStyle: (element: Element, pseudo?: string | null) => {
      reads.push(pseudo ?? '');
      if (!pseudo) return PLAIN as CSSStyleDeclaration;
      if (!pseudo.startsWith('::highlight(')) return {} as CSSStyleDeclaration;
      return paint(element, pseudo) as CSSStyleDeclaration;
    },
  };
}

describe('computedColorBy', () => {
  it('writes a colour as the browser computes it', () => {
    expect(computedColor('#ff6b6b')).toBe('rgb(255, 107, 107)');
    expect(computedColor('red')).toBe('rgb(255, 0, 0)');
    expect(computedColor('rgba(0,0,0,.5)')).toBe('rgba(0, 0, 0, 0.5)');
  });
});

describe('restyledMarks', () => {
  it('finds nothing where every mark computes as Spoor paints it', () => {
    const view = viewComputing(() => TRADE);
    expect(expected.get('trade')).toEqual(TRADE);
    expect(restyledMarks(view, [paintedWord('trade'), paintedWord('trade')], expected)).toBe(false);
    expect(view.reads).toEqual(['::highlight(spoor-trade)', '::highlight(spoor-trade)']);
  });

  it.each([
    ['made transparent', { backgroundColor: 'rgba(0, 0, 0, 0)' }],
    ['painted white with no line', { backgroundColor: 'rgb(255, 255, 255)', textDecorationLine: 'none' }],
    ['its line drawn in the page’s white', { textDecorationColor: 'rgb(255, 255, 255)' }],
  ])('finds a mark %s by a rule of the page on one element of several', (_, restyle) => {
    const words = [paintedWord('trade'), paintedWord('trade'), paintedWord('trade')];
    const restyled = words[2]!.nodes[0]!.parentElement;
    const view = viewComputing((element) => (element === restyled ? { ...TRADE, ...restyle } : TRADE));
    expect(restyledMarks(view, words, expected)).toBe(true);
  });

  it('reads the exempt mark’s line alone: its colour is the text’s own', () => {
    const view = viewComputing(() => ({
      textDecorationLine: 'underline',
      textDecorationStyle: 'dotted',
      color: 'red',
    }));
    expect(restyledMarks(view, [paintedWord('exempt')], expected)).toBe(false);
    const hidden = viewComputing(() => ({ textDecorationLine: 'none', textDecorationStyle: 'solid' }));
    expect(restyledMarks(hidden, [paintedWord('exempt')], expected)).toBe(true);
  });

  it('tells nothing where the browser answers a highlight, as any pseudo-element, with the element’s own style', () => {
    const ownStyle = { getComputedStyle: () => PLAIN as CSSStyleDeclaration };
    expect(restyledMarks(ownStyle, [paintedWord('trade')], expected)).toBe(false);
    // A page making the mark look like plain text is still found where the browser computes highlights.
    expect(
      restyledMarks(
        viewComputing(() => PLAIN),
        [paintedWord('trade')],
        expected,
      ),
    ).toBe(true);
  });

  it('tells nothing where the browser computes no style for highlights', () => {
    const view = viewComputing(() => ({ backgroundColor: '', textDecorationLine: '' }));
    expect(restyledMarks(view, [paintedWord('trade')], expected)).toBe(false);
  });

  it('reads each element once a mark, and a few elements at most on a long page', () => {
    const word = paintedWord('trade');
    const words = [word, word, word, ...Array.from({ length: 100 }, () => paintedWord('app-i'))];
    const view = viewComputing((_, pseudo) => (pseudo.includes('app-i') ? { ...expected.get('app-i') } : { ...TRADE }));
    expect(restyledMarks(view, words, expected)).toBe(false);
    expect(view.reads.filter((pseudo) => pseudo.includes('trade'))).toHaveLength(1);
    expect(view.reads.length).toBeLessThanOrEqual(24);
  });
});
