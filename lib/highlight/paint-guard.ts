import type { MarkCategory } from '@/lib/matching/types';
import { CATEGORIES, highlightName, type PaintedMatch } from './painter';
import { CATEGORY_UNDERLINES, INK, type HighlightColors } from './styles';

/**
 * What Spoor's rule for a mark paints, as the browser computes it. A property left out may take any value: the exempt
 * mark's line is in the text's own colour.
 */
export type MarkPaint = Partial<
  Record<'backgroundColor' | 'color' | 'textDecorationLine' | 'textDecorationStyle' | 'textDecorationColor', string>
>;

/** How many painted words' elements a check reads: a page restyling Spoor's marks restyles them wherever they are. */
const MAX_CHECKED = 24;
/** How many painted words it looks at to find them (many may share an element). */
const MAX_LOOKED_AT = 1000;

/**
 * How each mark should compute with the colours shown; `computedColor` writes a colour as the browser computes it
 * (`rgb(255, 107, 107)` for `#ff6b6b`).
 * @example expectedPaint(shownColors, (color) => computedColorOf(color))
 */
export function expectedPaint(
  colors: HighlightColors,
  computedColor: (color: string) => string,
): Map<MarkCategory, MarkPaint> {
  const ink = computedColor(INK);
  const paints = new Map<MarkCategory, MarkPaint>(
    CATEGORIES.map((category) => [
      category,
      {
        backgroundColor: computedColor(colors[category]),
        color: ink,
        textDecorationLine: 'underline',
        textDecorationStyle: CATEGORY_UNDERLINES[category],
        textDecorationColor: ink,
      },
    ]),
  );
  paints.set('exempt', { textDecorationLine: 'underline', textDecorationStyle: 'dotted' });
  return paints;
}

/**
 * Whether the page's own style rules paint a painted word's mark otherwise than Spoor's rule does (a sheet of the
 * page naming `::highlight(spoor-…)`, readable or from another origin, in the document or a shadow root): the
 * researcher would not see a name the badge counts. Reads the computed style of a few painted words' elements.
 * @example restyledMarks(window, painter.painted(), expectedPaint(colors, computedColor))
 */
export function restyledMarks(
  view: Pick<Window, 'getComputedStyle'>,
  painted: Iterable<PaintedMatch>,
  expected: ReadonlyMap<MarkCategory, MarkPaint>,
): boolean {
  const checked = new Map<Element, Set<MarkCategory>>();
  let lookedAt = 0;
  for (const { category, nodes } of painted) {
    if (++lookedAt > MAX_LOOKED_AT) break;
    const element = nodes[0]?.parentElement;
    const paint = expected.get(category);
    if (!element || !paint || checked.get(element)?.has(category)) continue;
    if (checked.size >= MAX_CHECKED) break;
    checked.set(element, (checked.get(element) ?? new Set()).add(category));
    const style = view.getComputedStyle(element, `::highlight(${highlightName(category)})`);
    // A browser that computes no style for highlights gives empty values: nothing to tell.
    if (!style.textDecorationLine) return false;
    for (const [property, value] of Object.entries(paint) as [keyof MarkPaint, string][])
      if (style[property] !== value) return !answersWithOwnStyle(view, element, style);
  }
  return false;
}

const PAINT_PROPERTIES = [
  'backgroundColor',
  'color',
  'textDecorationLine',
  'textDecorationStyle',
  'textDecorationColor',
] as const;

/**
 * Whether a style read for a highlight is only the element's own: a browser that does not compute highlights'
 * styles may answer any pseudo-element it does not know with the element's style (Chromium answers an unknown one
 * with empty values). Read only once a mark seems restyled, so a check on an untouched page costs no more.
 */
function answersWithOwnStyle(
  view: Pick<Window, 'getComputedStyle'>,
  element: Element,
  highlightStyle: CSSStyleDeclaration,
): boolean {
  const own = view.getComputedStyle(element);
  const unknown = view.getComputedStyle(element, '::spoor-unknown');
  return PAINT_PROPERTIES.every(
    (property) => unknown[property] === own[property] && highlightStyle[property] === own[property],
  );
}

/**
 * Writes a colour as the browser computes it, through a 2D canvas context: `#ff6b6b` as `rgb(255, 107, 107)`; one
 * with alpha the canvas already writes as `rgba(…)`.
 * @example computedColorBy(new OffscreenCanvas(1, 1).getContext('2d')!)('#ff6b6b') // 'rgb(255, 107, 107)'
 */
export function computedColorBy(context: { fillStyle: unknown }): (color: string) => string {
  return (color) => {
    context.fillStyle = '#000';
    context.fillStyle = color;
    const written = String(context.fillStyle);
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(written);
    return hex
      ? `rgb(${hex
          .slice(1)
          .map((pair) => Number.parseInt(pair, 16))
          .join(', ')})`
      : written;
  };
}
