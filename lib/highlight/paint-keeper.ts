import type { PaintTampering } from '@/lib/records/flag';
import { highlightName, type OwnHighlights } from './painter';

/**
 * Where the keeper leaves what it put back (a set of PaintTampering): the flag's paint check (lib/flags/paint-check.ts)
 * reports it, since a page the keeper repaired may show Spoor's marks at the moment of the flag.
 */
export const PAINT_REPAIRS = '__spoorPaintRepairs';

/** How often the keeper compares the page's highlights with the painter's: a few lookups, once a second. */
const KEEP_EVERY_MS = 1000;

/** The painters already kept: a painter has one keeper, however often the stage is asked for its check. */
const keptPainters = new WeakSet<OwnHighlights>();

/** The part of a window the keeper needs: its registry (absent without the Highlight API), timers, forced colours. */
export type KeptWindow = Pick<Window, 'setInterval' | 'clearInterval' | 'matchMedia'> & {
  CSS?: { highlights?: HighlightRegistry };
};

/**
 * Keeps Spoor's marks on a page that takes them off: Spoor's highlight names are public, so a page can delete them
 * from the registry, register empty Highlights under them, empty Spoor's Highlights, add its own words to them or
 * change their priority, and the researcher would see nothing lit, or the wrong words lit, while the badge counts.
 * The painter's calls on its registry and Highlights are followed (they are this isolated world's own wrappers, which
 * the page never sees), so the keeper knows what should stand and puts it back; each kind of repair is recorded under
 * PAINT_REPAIRS. Runs in the second stage (entrypoints/full-scan.ts): only a frame with a match has marks to keep.
 * @example keepPaint(window, globalThis.__spoorPaint)
 */
export function keepPaint(win: KeptWindow, own: OwnHighlights | undefined): void {
  const registry = win.CSS?.highlights;
  if (!registry || !own || keptPainters.has(own)) return;
  keptPainters.add(own);
  const repairs = new Set<PaintTampering>();
  (globalThis as Record<string, unknown>)[PAINT_REPAIRS] = repairs;
  const { set, delete: unregister } = registry;
  const forcedColors = win.matchMedia?.('(forced-colors: active)').matches;
  /** What the painter registered under each name: its marks, but an exempt mark it keeps off in forced colours. */
  const standing = new Map<string, Highlight>();
  /** Each mark's ranges as the painter left them, the priority it gave, and a way to put them back. */
  const kept = new Map<Highlight, KeptMark>();
  try {
    for (const [category, [highlight]] of own[0]) {
      if (!(category === 'exempt' && forcedColors)) standing.set(highlightName(category), highlight);
      kept.set(highlight, followHighlight(highlight));
    }
  } catch {
    // Firefox's content scripts hold Highlights through Xray wrappers, which cannot be followed this way (its smoke
    // test stopped painting): there Spoor paints as it did before the keeper, unkept, and nothing is patched.
    return;
  }
  // The check runs only while the painter has marks registered: a painter concealed for a screenshot, or disposed
  // when the frame's detection stops or starts again with another, leaves no timer behind.
  let checking: number | undefined;
  const followStanding = () => {
    if (standing.size === 0) checking = void win.clearInterval(checking);
    else checking ??= win.setInterval(check, KEEP_EVERY_MS);
  };
  registry.set = function (name, highlight) {
    if (kept.has(highlight)) standing.set(name, highlight);
    followStanding();
    return set.call(this, name, highlight);
  };
  registry.delete = function (name) {
    standing.delete(name);
    followStanding();
    return unregister.call(this, name);
  };

  const check = () => {
    for (const [name, highlight] of standing) {
      const shown = registry.get(name);
      if (shown === highlight) continue;
      repairs.add(shown ? 'replaced' : 'removed');
      set.call(registry, name, highlight);
    }
    for (const [highlight, { ranges, priority, putBack }] of kept) {
      if (highlight.priority !== priority) {
        repairs.add('replaced');
        highlight.priority = priority;
      }
      if (highlight.size === ranges.size && [...ranges].every((range) => highlight.has(range))) continue;
      repairs.add(highlight.size < ranges.size ? 'removed' : 'replaced');
      putBack();
    }
  };
  followStanding();
}

interface KeptMark {
  ranges: Set<AbstractRange>;
  priority: number;
  /** Makes the Highlight hold `ranges` again, whatever the page did to it. */
  putBack(): void;
}

/** Follows the painter's changes to one of its Highlights, the page's changes left out. */
function followHighlight(highlight: Highlight): KeptMark {
  const { add, delete: remove, clear } = highlight;
  const ranges = new Set<AbstractRange>(highlight);
  highlight.add = function (range) {
    ranges.add(range);
    return add.call(this, range);
  };
  highlight.delete = function (range) {
    ranges.delete(range);
    return remove.call(this, range);
  };
  highlight.clear = function () {
    ranges.clear();
    clear.call(this);
  };
  const putBack = () => {
    clear.call(highlight);
    for (const range of ranges) add.call(highlight, range);
  };
  return { ranges, priority: highlight.priority, putBack };
}
