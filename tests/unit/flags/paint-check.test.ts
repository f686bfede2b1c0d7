// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { paintTampering } from '@/lib/flags/paint-check';
import { OWN_HIGHLIGHTS, type OwnHighlights } from '@/lib/highlight/painter';
import { fakePainter, fakeViewport, type Whereabouts } from '../highlight/fake-highlights';

/**
 * The page reader's check of what a page does to Spoor's highlights. jsdom has no Highlight API (the painter paints
 * into fake-highlights.ts's stand-in) and no layout: the covering overlay is tested in the browser
 * (tests/e2e/reliability/paint-tamper.test.ts).
 */

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

/**
 * A page showing "Genuine ivory, sold" with Spoor's painter having painted "ivory" as a trade name; with `where`, the
 * painter observes the viewport and is told the ad is there.
 */
function paintedPage(where?: Whereabouts) {
  document.body.innerHTML = '<p id="ad">Genuine ivory, sold</p>';
  const ad = document.getElementById('ad')!;
  const text = ad.firstChild as Text;
  const word = document.createRange();
  word.setStart(text, 8);
  word.setEnd(text, 13);
  const viewport = fakeViewport();
  const { painter, registry } = fakePainter(where && viewport.observe);
  painter.replace(ad, [{ range: word, category: 'trade', terms: [0], nodes: [text] }]);
  painter.flush();
  if (where) viewport.report([ad, where]);
  const own = (globalThis as Record<string, unknown>)[OWN_HIGHLIGHTS] as OwnHighlights;
  const check = () => paintTampering({ doc: document, registry: registry as unknown as HighlightRegistry, own });
  return { text, registry, own, check, highlight: own[0].get('trade')![0] };
}

/** A page's own highlight over a part of the text, as the fake registry holds it. */
function pageHighlight(text: Text, [start, end]: [number, number], priority: number) {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return Object.assign(new Set<AbstractRange>([range]), { priority });
}

describe('paintTampering', () => {
  it('finds nothing on a page that leaves Spoor’s highlights alone', () => {
    expect(paintedPage().check()).toEqual([]);
  });

  it('finds the page’s own rules restyling Spoor’s highlights, nested in @media or @supports', () => {
    const { check } = paintedPage();
    const style = document.createElement('style');
    style.textContent = '@media screen { @supports (color: red) { ::highlight(spoor-trade) { color: inherit } } }';
    document.head.append(style);
    expect(check()).toEqual(['restyled']);
  });

  it('takes no notice of rules styling the page’s own highlights', () => {
    const { check } = paintedPage();
    const style = document.createElement('style');
    style.textContent = '::highlight(search-hit) { background-color: yellow } ::highlight(spoorless) { color: red }';
    document.head.append(style);
    expect(check()).toEqual([]);
  });

  it('finds Spoor’s entry removed from the registry, or another Highlight under its name', () => {
    const removed = paintedPage();
    removed.registry.delete('spoor-trade');
    expect(removed.check()).toEqual(['removed']);
    const replaced = paintedPage();
    replaced.registry.set('spoor-trade', pageHighlight(replaced.text, [0, 7], 0));
    expect(replaced.check()).toEqual(['replaced']);
  });

  it(
    'reads what is painted from the painter’s own list: a Highlight without the ranges far from the viewport is ' +
      'no tampering, and its removal is',
    () => {
      const far = paintedPage('far');
      expect(far.highlight.size).toBe(0);
      expect(far.check()).toEqual([]);
      far.registry.delete('spoor-trade');
      expect(far.check()).toEqual(['removed']);
      const near = paintedPage('near');
      expect(near.highlight.size).toBe(1);
      near.registry.delete('spoor-trade');
      expect(near.check()).toEqual(['removed']);
    },
  );

  it('finds a page highlight over a word Spoor paints far from the viewport', () => {
    const { text, registry, check, highlight } = paintedPage('far');
    registry.set('plain', pageHighlight(text, [0, 19], highlight.priority));
    expect(check()).toEqual(['overpainted']);
  });

  it('takes no notice of a removed entry that held nothing', () => {
    const { registry, check } = paintedPage();
    registry.delete('spoor-app-i');
    expect(check()).toEqual([]);
  });

  it('finds a page highlight of a priority at least Spoor’s over the same words, not one beside them or beneath', () => {
    const over = paintedPage();
    over.registry.set('plain', pageHighlight(over.text, [0, 19], over.highlight.priority));
    expect(over.check()).toEqual(['overpainted']);
    const beside = paintedPage();
    beside.registry.set('search', pageHighlight(beside.text, [0, 8], 1000));
    beside.registry.set('tail', pageHighlight(beside.text, [13, 19], 1000));
    expect(beside.check()).toEqual([]);
    const beneath = paintedPage();
    beneath.registry.set('soft', pageHighlight(beneath.text, [0, 19], beneath.highlight.priority - 1));
    expect(beneath.check()).toEqual([]);
  });

  it('finds what the paint keeper put back, though the page shows Spoor’s highlights as painted now', () => {
    const { registry, own } = paintedPage();
    const check = (repaired: Set<'removed' | 'replaced'>) =>
      paintTampering({ doc: document, registry: registry as unknown as HighlightRegistry, own, repaired });
    expect(check(new Set())).toEqual([]);
    expect(check(new Set(['replaced', 'removed']))).toEqual(['removed', 'replaced']);
  });

  it('reads only the page’s rules where Spoor does not paint (a paused site, no content script)', () => {
    const style = document.createElement('style');
    style.textContent = '::highlight(spoor-app-i) { color: inherit }';
    document.head.append(style);
    expect(paintTampering({ doc: document })).toEqual(['restyled']);
  });
});
