// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import { keepPaint, PAINT_REPAIRS } from '@/lib/highlight/paint-keeper';
import { OWN_HIGHLIGHTS, type OwnHighlights } from '@/lib/highlight/painter';
import { fakePainter, paintedTexts } from './fake-highlights';

/** A painter painting "Python regius" in Appendix II, kept by the keeper; `tick` runs the keeper's check. */
function keptPainter(forcedColors = false) {
  const { painter, registry } = fakePainter();
  document.body.innerHTML = '<p id="p">Python regius, <b id="other">garden hose</b></p>';
  const block = document.getElementById('p')!;
  const range = document.createRange();
  range.setStart(block.firstChild!, 0);
  range.setEnd(block.firstChild!, 'Python regius'.length);
  let check: (() => void) | undefined;
  const win = {
    CSS: { highlights: registry as unknown as HighlightRegistry },
    setInterval: (callback: () => void) => ((check = callback), 1),
    clearInterval: () => (check = undefined),
    matchMedia: () => ({ matches: forcedColors }) as MediaQueryList,
  } as unknown as Parameters<typeof keepPaint>[0];
  keepPaint(win, (globalThis as Record<string, unknown>)[OWN_HIGHLIGHTS] as OwnHighlights);
  painter.replace(block, [{ range, category: 'app-ii', terms: [0], nodes: [block.firstChild as Text] }]);
  painter.flush();
  const repairs = () => [...((globalThis as Record<string, unknown>)[PAINT_REPAIRS] as Set<string>)];
  return {
    painter,
    registry,
    tick: () => check?.(),
    checking: () => check !== undefined,
    repairs,
    lit: () => paintedTexts(registry, 'spoor-app-ii'),
  };
}

// The page reaches the registry and Highlights through wrappers of its own world, never through the painter's: its
// calls are the prototypes' methods.
const pageDeletes = (registry: Map<string, unknown>, name: string) => Map.prototype.delete.call(registry, name);
const pageEmpties = (highlight: Set<AbstractRange>) => Set.prototype.clear.call(highlight);
const pageAdds = (highlight: Set<AbstractRange>, range: Range) => Set.prototype.add.call(highlight, range);

beforeEach(() => delete (globalThis as Record<string, unknown>)[PAINT_REPAIRS]);

it('puts back the entries a page deletes from the registry, and says so', () => {
  const { registry, tick, repairs, lit } = keptPainter();
  for (const name of [...registry.keys()]) pageDeletes(registry, name);
  tick();
  expect(lit()).toEqual(['Python regius']);
  expect(registry.size).toBe(5);
  expect(repairs()).toEqual(['removed']);
});

it('puts back its Highlight where the page registers another under its name', () => {
  const { registry, tick, repairs, lit } = keptPainter();
  const own = registry.get('spoor-app-ii')!;
  Map.prototype.set.call(registry, 'spoor-app-ii', new (own.constructor as new () => typeof own)());
  tick();
  expect(registry.get('spoor-app-ii')).toBe(own);
  expect(lit()).toEqual(['Python regius']);
  expect(repairs()).toEqual(['replaced']);
});

it("puts back the ranges a page takes out of its Highlight, takes out the page's own, restores its priority", () => {
  const { registry, tick, repairs, lit } = keptPainter();
  const own = registry.get('spoor-app-ii')!;
  const priority = own.priority;
  pageEmpties(own);
  tick();
  expect(lit()).toEqual(['Python regius']);
  const pageRange = document.createRange();
  pageRange.selectNodeContents(document.getElementById('other')!);
  pageAdds(own, pageRange);
  own.priority = 99;
  tick();
  expect(lit()).toEqual(['Python regius']);
  expect(own.priority).toBe(priority);
  expect(repairs()).toEqual(['removed', 'replaced']);
});

it("follows the painter's own changes: what it unpaints, conceals or keeps off in forced colours stays off", () => {
  const { painter, registry, tick, repairs, lit } = keptPainter(true);
  expect(registry.has('spoor-exempt')).toBe(true);
  pageDeletes(registry, 'spoor-exempt');
  painter.replace(document.getElementById('p')!, []);
  painter.flush();
  tick();
  expect(lit()).toEqual([]);
  painter.conceal();
  tick();
  expect(registry.size).toBe(0);
  expect(repairs()).toEqual([]);
});

it('checks only while the painter has marks registered: none once it is concealed or disposed', () => {
  const { painter, tick, checking, lit } = keptPainter();
  expect(checking()).toBe(true);
  painter.conceal();
  expect(checking()).toBe(false);
  painter.show();
  expect(checking()).toBe(true);
  tick();
  expect(lit()).toEqual(['Python regius']);
  painter.dispose();
  expect(checking()).toBe(false);
});

it('stays out of the way where the Highlights cannot be followed (Firefox’s Xray wrappers), patching nothing', () => {
  const { registry } = fakePainter();
  const own = (globalThis as Record<string, unknown>)[OWN_HIGHLIGHTS] as OwnHighlights;
  for (const [highlight] of own[0].values())
    Object.defineProperty(highlight, Symbol.iterator, {
      value: () => {
        throw new TypeError('Xray: not iterable');
      },
    });
  const timers: unknown[] = [];
  const win = {
    CSS: { highlights: registry as unknown as HighlightRegistry },
    setInterval: (callback: () => void) => timers.push(callback),
    clearInterval: () => undefined,
    matchMedia: () => ({ matches: false }) as MediaQueryList,
  } as unknown as Parameters<typeof keepPaint>[0];
  keepPaint(win, own);
  expect(Object.hasOwn(registry, 'set')).toBe(false);
  expect(Object.hasOwn(registry, 'delete')).toBe(false);
  expect(timers).toEqual([]);
});
