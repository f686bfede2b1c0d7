// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createPainter, highlightApiOf, type PaintedMatch } from '@/lib/highlight/painter';
import { fakePainter, fakeViewport } from './fake-highlights';

function paint(html: string) {
  document.body.innerHTML = html;
  const text = (id: string) => document.getElementById(id)!.firstChild as Text;
  const match = (id: string, category: PaintedMatch['category']): PaintedMatch => {
    const range = document.createRange();
    range.selectNodeContents(text(id));
    return { range, category, terms: [0], nodes: [text(id)] };
  };
  return { text, match };
}

it('registers one highlight per category, stricter ones on top, the colour-free exempt mark last', () => {
  const { registry } = fakePainter();
  expect([...registry.keys()]).toEqual(['spoor-app-i', 'spoor-app-ii', 'spoor-app-iii', 'spoor-trade', 'spoor-exempt']);
  expect(registry.get('spoor-app-i')!.priority).toBeGreaterThan(registry.get('spoor-trade')!.priority);
  expect(registry.get('spoor-trade')!.priority).toBeGreaterThan(registry.get('spoor-exempt')!.priority);
});

it('replaces what a block painted, and finds a match by caret position', () => {
  const { painter, texts } = fakePainter();
  const { text, match } = paint('<p id="p"><b id="a">ivory</b> and <i id="b">Python regius</i></p>');
  const owner = document.getElementById('p')!;
  painter.replace(owner, [match('a', 'trade'), match('b', 'app-ii')]);
  painter.flush();
  expect(texts('spoor-trade')).toEqual(['ivory']);
  expect(painter.at(text('b'), 3)?.category).toBe('app-ii');

  painter.replace(owner, [match('b', 'app-ii')]);
  painter.flush();
  expect(texts('spoor-trade')).toEqual([]);
  expect(painter.at(text('a'), 1)).toBeUndefined();
  expect(texts('spoor-app-ii')).toEqual(['Python regius']);
});

it('drops blocks that left the document', () => {
  const { painter, texts } = fakePainter();
  const { match } = paint('<p id="p"><b id="a">ivory</b></p><p id="q"><b id="b">ivory</b></p>');
  painter.replace(document.getElementById('p')!, [match('a', 'trade')]);
  painter.replace(document.getElementById('q')!, [match('b', 'trade')]);
  document.getElementById('q')!.remove();
  painter.dropDisconnected();
  painter.flush();
  expect(texts('spoor-trade')).toHaveLength(1);
});

it('shows replacements only at the next flush, and never a range replaced before it', () => {
  const { painter, texts } = fakePainter();
  const { text, match } = paint('<p id="p"><b id="a">ivory</b> and <i id="b">Python regius</i></p>');
  const owner = document.getElementById('p')!;
  painter.replace(owner, [match('a', 'trade')]);
  expect(texts('spoor-trade')).toEqual([]);
  expect(painter.at(text('a'), 1)?.category).toBe('trade');
  painter.replace(owner, [match('b', 'app-ii')]);
  painter.flush();
  expect(texts('spoor-trade')).toEqual([]);
  expect(texts('spoor-app-ii')).toEqual(['Python regius']);
});

it('clears everything at once, pending or shown', () => {
  const { painter, texts } = fakePainter();
  const { text, match } = paint('<p id="p"><b id="a">ivory</b></p><p id="q"><b id="b">ivory</b></p>');
  painter.replace(document.getElementById('p')!, [match('a', 'trade')]);
  painter.flush();
  painter.replace(document.getElementById('q')!, [match('b', 'trade')]);
  painter.clear();
  painter.flush();
  expect(texts('spoor-trade')).toEqual([]);
  expect(painter.at(text('a'), 1)).toBeUndefined();
});

it('conceals the highlights from the page for a screenshot, keeps painting, and shows them again', () => {
  const { painter, registry, texts } = fakePainter();
  const { match } = paint('<p id="p"><b id="a">ivory</b></p><p id="q"><b id="b">ivory</b></p>');
  painter.replace(document.getElementById('p')!, [match('a', 'trade')]);
  painter.flush();
  painter.conceal();
  expect(registry.size).toBe(0);
  painter.replace(document.getElementById('q')!, [match('b', 'trade')]);
  painter.flush();
  painter.show();
  expect(texts('spoor-trade')).toEqual(['ivory', 'ivory']);
});

it('dispose unregisters the highlights', () => {
  const { painter, registry } = fakePainter();
  painter.dispose();
  expect(registry.size).toBe(0);
});

it('paints into an inert registry where the browser has no Highlight API', () => {
  const api = highlightApiOf({ CSS: {} } as typeof globalThis);
  const painter = createPainter(api);
  const { text, match } = paint('<p id="p"><b id="a">ivory</b></p>');
  painter.replace(document.getElementById('p')!, [match('a', 'trade')]);
  painter.flush();
  expect(painter.at(text('a'), 2)?.category).toBe('trade');
  expect((api.registry as unknown as Map<string, Set<Range>>).get('spoor-trade')?.size).toBe(1);
});

describe('with an observer of the viewport', () => {
  /** Three blocks, each with "ivory" painted as a trade name, before the observer has reported any. */
  function paintThree() {
    const viewport = fakeViewport();
    const { painter, texts } = fakePainter(viewport.observe);
    const { text, match } = paint(
      '<p id="p"><b id="a">ivory a</b></p><p id="q"><b id="b">ivory b</b></p><p id="r"><b id="c">ivory c</b></p>',
    );
    const [p, q, r] = ['p', 'q', 'r'].map((id) => document.getElementById(id)!);
    for (const [owner, id] of [
      [p, 'a'],
      [q, 'b'],
      [r, 'c'],
    ] as const)
      painter.replace(owner, [match(id, 'trade')]);
    painter.flush();
    return { viewport, painter, texts: () => texts('spoor-trade'), text, match, p, q, r };
  }

  it('registers only the blocks it reports near, adding and removing them in the callback that reports them', () => {
    const { viewport, painter, texts, text, p, q, r } = paintThree();
    expect(texts()).toEqual([]);
    expect([...viewport.observed]).toEqual([p, q, r]);

    viewport.report([p, 'near'], [q, 'near'], [r, 'far']);
    expect(texts()).toEqual(['ivory a', 'ivory b']);
    viewport.report([p, 'far'], [r, 'near']);
    expect(texts()).toEqual(['ivory b', 'ivory c']);
    // The painter's own list still holds the far block's match: the hover card and the reports read it.
    expect(painter.at(text('a'), 2)?.category).toBe('trade');
  });

  it('takes a block without a box of its own as near: where its text is cannot be told', () => {
    const { viewport, texts, p } = paintThree();
    viewport.report([p, 'boxless']);
    expect(texts()).toEqual(['ivory a']);
  });

  it('replaces a near block’s ranges at the next flush, and a far block’s only once it comes near', () => {
    const { viewport, painter, texts, match, p, q } = paintThree();
    viewport.report([p, 'near'], [q, 'far']);
    painter.replace(p, [match('b', 'trade')]);
    painter.replace(q, [match('a', 'trade')]);
    expect(texts()).toEqual(['ivory a']);
    painter.flush();
    expect(texts()).toEqual(['ivory b']);
    viewport.report([q, 'near']);
    expect(texts()).toEqual(['ivory b', 'ivory a']);
    painter.replace(q, []);
    painter.flush();
    expect(texts()).toEqual(['ivory b']);
  });

  it('unpaints a far block without touching the page’s highlights, and a near one that left the document', () => {
    const { viewport, painter, texts, p, q } = paintThree();
    viewport.report([p, 'near'], [q, 'far']);
    p.remove();
    q.remove();
    painter.dropDisconnected();
    painter.flush();
    expect(texts()).toEqual([]);
    viewport.report([q, 'near']);
    expect(texts()).toEqual([]);
  });

  it('registers a shadow root’s top-level text at once: it has no element of its own to observe', () => {
    const viewport = fakeViewport();
    const { painter, texts } = fakePainter(viewport.observe);
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = 'ivory';
    const range = document.createRange();
    range.selectNodeContents(root.firstChild!);
    painter.replace(root, [{ range, category: 'trade', terms: [0], nodes: [root.firstChild as Text] }]);
    painter.flush();
    expect(texts('spoor-trade')).toEqual(['ivory']);
    expect(viewport.observed.size).toBe(0);
  });

  it('stops observing when cleared, and observes again what is painted after', () => {
    const { viewport, painter, texts, match, p } = paintThree();
    viewport.report([p, 'near']);
    painter.clear();
    expect(viewport.observed.size).toBe(0);
    expect(texts()).toEqual([]);
    painter.replace(p, [match('a', 'trade')]);
    painter.flush();
    expect(texts()).toEqual(['ivory a']);
    expect([...viewport.observed]).toEqual([p]);
  });
});
