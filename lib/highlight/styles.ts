import type { Category } from '@/lib/matching/types';
import { CATEGORIES, highlightName } from './painter';

export type HighlightColors = Record<Category, string>;

/**
 * The `::highlight()` rules for a set of colours. A colour the browser does
 * not accept falls back to the default, so a stored setting cannot inject CSS.
 * @example highlightCss({ 'app-i': '#f00', … }, (c) => CSS.supports('color', c), defaults)
 */
export function highlightCss(colors: HighlightColors, isColor: (value: string) => boolean, fallback: HighlightColors): string {
  return CATEGORIES.map((category) => {
    const color = isColor(colors[category]) ? colors[category] : fallback[category];
    return `::highlight(${highlightName(category)}) { background-color: ${color}; color: #111; }`;
  }).join('\n');
}

export interface HighlightStyles {
  setColors(colors: HighlightColors): void;
  /** Adds the rules to a document or shadow root (page styles do not cross into shadow trees). */
  adoptInto(root: Document | ShadowRoot): void;
  /** Takes the rules out of every root again. */
  dispose(): void;
}

/**
 * The highlight colours as a constructed stylesheet, adopted by the document
 * and each open shadow root: no `<style>` element enters the page, and a strict
 * page CSP does not apply to it. The manifest-injected defaults
 * (assets/detect-highlights.css) remain underneath should a page reset
 * `document.adoptedStyleSheets`.
 */
export function createHighlightStyles(win: Pick<typeof globalThis, 'CSSStyleSheet' | 'CSS'>, fallback: HighlightColors): HighlightStyles {
  const sheet = new win.CSSStyleSheet();
  const roots: (Document | ShadowRoot)[] = [];
  const isColor = (value: string) => win.CSS.supports('color', value);
  return {
    setColors(colors) {
      sheet.replaceSync(highlightCss(colors, isColor, fallback));
    },
    adoptInto(root) {
      if (root.adoptedStyleSheets.includes(sheet)) return;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      roots.push(root);
    },
    dispose() {
      for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      roots.length = 0;
    },
  };
}
