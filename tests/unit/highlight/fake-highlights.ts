import { createPainter, type HighlightApi } from '@/lib/highlight/painter';

/**
 * jsdom has no CSS Custom Highlight API; a Highlight is a set of ranges with a
 * priority, which is all the painter uses. (The real API is exercised in tests/e2e.)
 */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export function paintedTexts(registry: Map<string, FakeHighlight>, name: string): string[] {
  return [...(registry.get(name) ?? [])].map((range) => (range as Range).toString());
}

/** Where a test says a block is: near the viewport, far from it, or without a box of its own (`display: contents`). */
export type Whereabouts = 'near' | 'far' | 'boxless';

/**
 * jsdom has no layout and no IntersectionObserver: a stand-in the test drives, `report` calling the painter's callback
 * with entries as the browser would (tests/e2e/viewport-paint.test.ts scrolls a real page).
 */
export function fakeViewport() {
  let callback: IntersectionObserverCallback | undefined;
  const observed = new Set<Element>();
  const observer = {
    observe: (target: Element) => observed.add(target),
    disconnect: () => observed.clear(),
  } as unknown as IntersectionObserver;
  const entry = (target: Element, where: Whereabouts) =>
    ({
      target,
      isIntersecting: where === 'near',
      boundingClientRect: { height: where === 'boxless' ? 0 : 20 },
    }) as unknown as IntersectionObserverEntry;
  return {
    observed,
    observe: (painterCallback: IntersectionObserverCallback) => ((callback = painterCallback), observer),
    /** One observer callback, with an entry for each block. */
    report: (...blocks: [Element, Whereabouts][]) =>
      callback!(
        blocks.map(([target, where]) => entry(target, where)),
        observer,
      ),
  };
}

/** A media query the test turns on and off, telling its listeners as the browser does. */
export function fakeMediaQuery(matches = false) {
  const query = Object.assign(new EventTarget(), { matches });
  return {
    query: query as unknown as MediaQueryList,
    set(now: boolean) {
      query.matches = now;
      query.dispatchEvent(new Event('change'));
    },
  };
}

export function fakePainter(observe?: HighlightApi['observe'], forcedColors?: MediaQueryList) {
  const registry = new Map<string, FakeHighlight>();
  const painter = createPainter({
    registry: registry as unknown as HighlightRegistry,
    Highlight: FakeHighlight as unknown as typeof Highlight,
    observe,
    forcedColors,
  });
  return { painter, registry, texts: (name: string) => paintedTexts(registry, name) };
}
