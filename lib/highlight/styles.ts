import type { Category } from '@/lib/matching/types';
import { CATEGORIES, highlightName } from './painter';

export type HighlightColors = Record<Category, string>;

/**
 * Each category's underline, in the marked text's own dark colour: a mark stands out from a light page, whose
 * background the pale colours match too closely (WCAG 1.4.11), and the categories differ without their colours, in
 * forced colours too (1.4.1). The popup's legend shows them (components/Legend.tsx).
 */
export const CATEGORY_UNDERLINES: Record<Category, 'double' | 'solid' | 'dashed' | 'wavy'> = {
  'app-i': 'double',
  'app-ii': 'solid',
  'app-iii': 'dashed',
  trade: 'wavy',
};

/**
 * Exempt names are marked without colour: a dotted underline in the text's own colour, so the page keeps its
 * contrast and nothing suggests a listing.
 */
// Written out, not built with highlightName('exempt'): a call every frame would make in evaluating the content script
// (issue 14). tests/unit/highlight/styles.test.ts checks that it names the painter's highlight.
export const EXEMPT_RULE = '::highlight(spoor-exempt) { text-decoration: underline dotted currentColor; }';

/** The ink of a coloured mark's text and underline. */
export const INK = '#111';

/**
 * The colours the marks show: a colour the browser does not accept falls back to the default, so a stored setting
 * cannot inject CSS.
 */
export function shownColors(
  colors: HighlightColors,
  isColor: (value: string) => boolean,
  fallback: HighlightColors,
): HighlightColors {
  return Object.fromEntries(
    CATEGORIES.map((category) => [category, isColor(colors[category]) ? colors[category] : fallback[category]]),
  ) as HighlightColors;
}

/**
 * The `::highlight()` rules for a set of colours, then the colour-free rule of exempt names. A colour the browser does
 * not accept falls back to the default, so a stored setting cannot inject CSS.
 * @example highlightCss({ 'app-i': '#f00', … }, (c) => CSS.supports('color', c), defaults)
 */
export function highlightCss(
  colors: HighlightColors,
  isColor: (value: string) => boolean,
  fallback: HighlightColors,
): string {
  const shown = shownColors(colors, isColor, fallback);
  return [
    ...CATEGORIES.map(
      (category) =>
        `::highlight(${highlightName(category)}) { background-color: ${shown[category]}; color: ${INK}; text-decoration: underline ${CATEGORY_UNDERLINES[category]} ${INK}; }`,
    ),
    EXEMPT_RULE,
  ].join('\n');
}

/**
 * The same rules, every declaration important, and no shadow of the page's over the words: as a user sheet
 * (`scripting.insertCSS` with origin "USER"), which the cascade puts above every important rule of the page, they
 * paint the marks of a page that restyles them (lib/highlight/paint-guard.ts), in its shadow roots too.
 * @example unbeatableCss(highlightCss(colors, isPlainColor, DEFAULT_COLORS))
 */
export function unbeatableCss(css: string): string {
  return css.replace(/;/g, ' !important;').replace(/ }/g, ' text-shadow: none !important; }');
}

/**
 * Where the sheet is left in the content script's isolated world, which the page cannot see: the flag's paint check
 * (lib/flags/paint-check.ts) tells it from a page's sheet naming Spoor's highlights in a shadow root.
 */
export const OWN_SHEET = '__spoorSheet';

export interface HighlightStyles {
  setColors(colors: HighlightColors): void;
  /** Adds the rules to a document or shadow root (page styles do not cross into shadow trees). */
  adoptInto(root: Document | ShadowRoot): void;
  /** Takes the rules out of every root again. */
  dispose(): void;
}

const DOCUMENT = 9;

/**
 * The highlight colours as a constructed stylesheet, adopted by each open
 * shadow root and, once the colours differ from the defaults, by the document:
 * no `<style>` element enters the page, and a strict page CSP does not apply to
 * it. The document already has the defaults from the manifest-injected
 * assets/detect-highlights.css, and adopting a sheet restyles every element of
 * the page (100 ms on a large one), so it is adopted only when it changes something.
 */
export function createHighlightStyles(
  win: Pick<typeof globalThis, 'CSSStyleSheet' | 'CSS'>,
  fallback: HighlightColors,
): HighlightStyles {
  const sheet = new win.CSSStyleSheet();
  (globalThis as Record<string, unknown>)[OWN_SHEET] = sheet;
  const isColor = (value: string) => win.CSS.supports('color', value);
  const defaults = highlightCss(fallback, isColor, fallback);
  let css = defaults;
  sheet.replaceSync(css);
  const roots: (Document | ShadowRoot)[] = [];
  const documents: Document[] = [];
  const adopt = (root: Document | ShadowRoot) => {
    if (root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    roots.push(root);
  };
  return {
    setColors(colors) {
      const next = highlightCss(colors, isColor, fallback);
      // Replacing the rules restyles every root holding the sheet: only when they change.
      if (next === css) return;
      sheet.replaceSync((css = next));
      for (const doc of documents) adopt(doc);
    },
    adoptInto(root) {
      if (root.nodeType === DOCUMENT) {
        if (!documents.includes(root as Document)) documents.push(root as Document);
        if (css === defaults) return;
      }
      adopt(root);
    },
    dispose() {
      for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      roots.length = 0;
      documents.length = 0;
    },
  };
}
