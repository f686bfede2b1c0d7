// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { blendsIn } from '@/lib/detect/blends-in';

// jsdom computes no styles and lays nothing out: each element's computed style is given here as Chromium would answer
// it (the defaults below, and a `data-style` of `property: value; …` over them), and its reads are counted
// (tests/e2e/colour-hidden.test.ts runs the real ones).

afterEach(() => vi.restoreAllMocks());

const DEFAULTS: Record<string, string> = {
  color: 'rgb(0, 0, 0)',
  backgroundColor: 'rgba(0, 0, 0, 0)',
  backgroundImage: 'none',
  position: 'static',
  textShadow: 'none',
  webkitTextStrokeWidth: '0px',
};

/** Lays out `html` in the body; gives every element its styles and the names of the properties read. */
function page(html: string) {
  document.body.innerHTML = html;
  const reads: string[] = [];
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element) => {
    const given = Object.fromEntries(
      ((element as HTMLElement).dataset.style ?? '')
        .split(';')
        .filter((pair) => pair.includes(':'))
        .map((pair) => pair.split(':').map((part) => part.trim()))
        .map(([name, value]) => [name!.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()), value]),
    );
    // The fill is the text's colour unless given (`currentcolor`, as Chromium computes it).
    const style: Record<string, string> = {
      ...DEFAULTS,
      ...given,
      webkitTextFillColor: given.webkitTextFillColor ?? given.color ?? DEFAULTS.color,
    };
    return new Proxy(style, {
      get: (target, property: string) => (reads.push(property), target[property]),
    }) as unknown as CSSStyleDeclaration;
  });
  // Text out of view: its backdrop cannot be hit-tested, so the styles alone decide.
  for (const element of document.querySelectorAll('*'))
    element.getBoundingClientRect = () => ({ left: -500, top: -500, width: 100, height: 20 }) as DOMRect;
  return { text: document.getElementById('text')!, reads };
}

it('reads only background colours, no image or position, for text far from them (most text: it is seen)', () => {
  const { text, reads } = page(
    '<div data-style="background-color: rgb(250, 250, 250)"><section><p id="text">Panthera tigris</p></section></div>',
  );
  expect(blendsIn(text)).toBe(false);
  expect(reads).not.toContain('backgroundImage');
  expect(reads).not.toContain('position');
});

it.each([
  ['its background colour', '<div data-style="background-color: rgb(255, 255, 255)">', true],
  ['the canvas, through transparent layers', '<div>', true],
  ['a layer of half opacity over the canvas', '<div data-style="background-color: rgba(0, 0, 0, 0.5)">', false],
  ['a background colour, with an image on the way', '<div data-style="background-image: url(a.png)">', false],
  ['a background colour, with a positioned element on the way', '<div data-style="position: absolute">', false],
  ['a colour other than sRGB on the way', '<div data-style="background-color: color(display-p3 1 1 1)">', false],
])('near-white text over %s is %s unseen', (_, opening, unseen) => {
  const { text } = page(
    `<section data-style="background-color: rgb(255, 255, 255)">${opening}<p id="text" data-style="color: rgb(252, 252, 252)">Panthera tigris</p></div></section>`,
  );
  expect(blendsIn(text)).toBe(unseen);
});

// A colour is parsed once and its value shared (blends-in.ts, parsedColours): composing a layer over one backdrop must
// leave it as written for the next element, whichever is asked first.
it.each([[['over-black', 'over-white']], [['over-white', 'over-black']]])(
  'composes one half-opaque layer over each backdrop as its own (asked in the order %j)',
  (order) => {
    const layer = 'data-style="background-color: rgba(255, 255, 255, 0.5)"';
    const grey = 'data-style="color: rgb(127, 127, 127)"';
    page(
      `<section data-style="background-color: rgb(0, 0, 0)"><div ${layer}><p id="over-black" ${grey}>Panthera</p></div></section>` +
        `<section data-style="background-color: rgb(255, 255, 255)"><div ${layer}><p id="over-white" ${grey}>Panthera</p></div></section>`,
    );
    const unseen = Object.fromEntries(order.map((id) => [id, blendsIn(document.getElementById(id)!)]));
    expect(unseen).toEqual({ 'over-black': true, 'over-white': false });
  },
);
