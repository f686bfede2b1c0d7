// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createPainter, highlightApiOf, type PaintedMatch } from '@/lib/highlight/painter';
import { fakeMediaQuery, fakePainter, fakeViewport, type Whereabouts } from './fake-highlights';

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

it('keeps exempt names off the page in forced colours, where Chromium would paint them like listed ones', () => {
  const forced = fakeMediaQuery(true);
  const { painter, registry } = fakePainter(undefined, forced.query);
  const { text, match } = paint('<p id="p"><b id="a">budgies</b></p>');
  painter.replace(document.getElementById('p')!, [match('a', 'exempt')]);
  painter.flush();
  expect([...registry.keys()]).toEqual(['spoor-app-i', 'spoor-app-ii', 'spoor-app-iii', 'spoor-trade']);
  // The hover card still finds the name.
  expect(painter.at(text('a'), 1)?.category).toBe('exempt');
  forced.set(false);
  expect([...registry.get('spoor-exempt')!].map(String)).toEqual(['budgies']);
  painter.conceal();
  forced.set(true);
  forced.set(false);
  expect(registry.size).toBe(0);
  painter.show();
  forced.set(true);
  expect(registry.has('spoor-exempt')).toBe(false);
  expect(registry.size).toBe(4);
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

  it('takes new blocks as near until their first report, then registers only those it reports near', () => {
    const { viewport, painter, texts, text, p, q, r } = paintThree();
    // The observer reports a block only after the frame that lays it out: new content shows its matches in that frame.
    expect(texts()).toEqual(['ivory a', 'ivory b', 'ivory c']);
    expect([...viewport.observed]).toEqual([p, q, r]);

    viewport.report([p, 'near'], [q, 'near'], [r, 'far']);
    expect(texts()).toEqual(['ivory a', 'ivory b']);
    viewport.report([p, 'far'], [r, 'near']);
    expect(texts()).toEqual(['ivory b', 'ivory c']);
    // The painter's own list still holds the far block's match: the hover card and the reports read it.
    expect(painter.at(text('a'), 2)?.category).toBe('trade');
  });

  it('takes a block without a box of its own as near: where its text is cannot be told', () => {
    const { viewport, texts, p, q, r } = paintThree();
    viewport.report([p, 'boxless'], [q, 'far'], [r, 'far']);
    expect(texts()).toEqual(['ivory a']);
  });

  it('replaces a near block’s ranges at the next flush, and a far block’s only once it comes near', () => {
    const { viewport, painter, texts, match, p, q, r } = paintThree();
    viewport.report([p, 'near'], [q, 'far'], [r, 'far']);
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
    const { viewport, painter, texts, p, q, r } = paintThree();
    viewport.report([p, 'near'], [q, 'far'], [r, 'far']);
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

  /** `count` blocks, each with "ivory" painted as a trade name, and what the page registers. */
  function paintMany(count: number) {
    const viewport = fakeViewport();
    const { painter, texts } = fakePainter(viewport.observe);
    document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p id="p${i}">ivory ${i}</p>`).join('');
    const blocks = [...document.querySelectorAll('p')];
    const paintBlock = (block: Element) => {
      const range = document.createRange();
      range.selectNodeContents(block.firstChild!);
      painter.replace(block, [{ range, category: 'trade', terms: [0], nodes: [block.firstChild as Text] }]);
    };
    return { viewport, painter, blocks, paintBlock, registered: () => texts('spoor-trade').length };
  }

  it('takes at most 32 blocks as near before the observer has reported on them', () => {
    const { viewport, painter, blocks, paintBlock, registered } = paintMany(40);
    blocks.forEach(paintBlock);
    painter.flush();
    expect(registered()).toBe(32);
    // Reported: places for new guesses again, and the far ones leave the page's highlights.
    viewport.report(...blocks.map((block, i): [Element, Whereabouts] => [block, i < 2 ? 'near' : 'far']));
    expect(registered()).toBe(2);
  });

  it('never guesses a block the observer knows: one reported far stays unregistered when painted again', () => {
    const { viewport, painter, blocks, paintBlock, registered } = paintMany(2);
    blocks.forEach(paintBlock);
    viewport.report([blocks[0]!, 'far'], [blocks[1]!, 'far']);
    paintBlock(blocks[0]!);
    painter.flush();
    expect(registered()).toBe(0);
  });

  it('frees the place of a guessed block that left the document before its first report', () => {
    const { painter, blocks, paintBlock, registered } = paintMany(33);
    blocks.slice(0, 32).forEach(paintBlock);
    blocks[0]!.remove();
    painter.dropDisconnected();
    paintBlock(blocks[32]!);
    painter.flush();
    expect(registered()).toBe(32);
  });
});
