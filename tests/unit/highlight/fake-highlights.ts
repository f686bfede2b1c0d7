import { createPainter } from '@/lib/highlight/painter';

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

export function fakePainter() {
  const registry = new Map<string, FakeHighlight>();
  const painter = createPainter({
    registry: registry as unknown as HighlightRegistry,
    Highlight: FakeHighlight as unknown as typeof Highlight,
  });
  return { painter, registry, texts: (name: string) => paintedTexts(registry, name) };
}
