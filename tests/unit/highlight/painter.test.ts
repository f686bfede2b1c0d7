// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { createPainter, highlightApiOf, type PaintedMatch } from '@/lib/highlight/painter';
import { fakePainter } from './fake-highlights';

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
