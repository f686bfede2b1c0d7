import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { highlightName } from '@/lib/highlight/painter';
import { createHighlightStyles, EXEMPT_RULE, highlightCss, unbeatableCss } from '@/lib/highlight/styles';
import { defaultSettings } from '@/lib/settings/schema';

const accepts = (value: string) => /^#[0-9a-f]{3,8}$|^[a-z]+$/i.test(value);

it('writes one ::highlight rule per category, then the exempt mark', () => {
  const css = highlightCss(
    { 'app-i': 'red', 'app-ii': '#ff0', 'app-iii': 'blue', trade: 'violet' },
    accepts,
    defaultSettings.colors,
  );
  expect(css.split('\n')).toEqual([
    '::highlight(spoor-app-i) { background-color: red; color: #111; text-decoration: underline double #111; }',
    '::highlight(spoor-app-ii) { background-color: #ff0; color: #111; text-decoration: underline solid #111; }',
    '::highlight(spoor-app-iii) { background-color: blue; color: #111; text-decoration: underline dashed #111; }',
    '::highlight(spoor-trade) { background-color: violet; color: #111; text-decoration: underline wavy #111; }',
    '::highlight(spoor-exempt) { text-decoration: underline dotted currentColor; }',
  ]);
});

it('underlines each category its own way in dark ink, so a mark shows on a light page and without its colour', () => {
  const css = highlightCss(defaultSettings.colors, accepts, defaultSettings.colors);
  const underlines = css
    .split('\n')
    .filter((rule) => !rule.includes('spoor-exempt'))
    .map((rule) => /text-decoration: underline (\w+) #111;/.exec(rule)?.[1]);
  expect(underlines).toHaveLength(4);
  expect(new Set(underlines).size).toBe(4);
  // The exempt mark's dotted line stays its own.
  expect(underlines).not.toContain('dotted');
});

it('marks exempt names without colour, whatever colours the researcher picks', () => {
  const css = highlightCss(
    { 'app-i': 'red', 'app-ii': 'red', 'app-iii': 'red', trade: 'red' },
    accepts,
    defaultSettings.colors,
  );
  const exemptRule = css.split('\n').find((rule) => rule.includes('spoor-exempt'));
  expect(exemptRule).not.toMatch(/background|color:/);
});

it('falls back to the default for a colour the browser rejects, so settings cannot inject CSS', () => {
  const colors = { ...defaultSettings.colors, 'app-i': 'red; } body { display: none' };
  const css = highlightCss(colors, accepts, defaultSettings.colors);
  expect(css).not.toContain('display');
  expect(css).toContain(`::highlight(spoor-app-i) { background-color: ${defaultSettings.colors['app-i']};`);
});

it('the manifest-injected defaults equal the settings defaults', () => {
  const injected = readFileSync('assets/detect-highlights.css', 'utf8')
    .replace(/\/\*[\s\S]*?\*\/\s*/g, '')
    .trim();
  expect(injected).toBe(highlightCss(defaultSettings.colors, accepts, defaultSettings.colors));
});

/** Just enough of CSSStyleSheet and of a document or shadow root for the styles' bookkeeping. */
class FakeSheet {
  static replaced = 0;
  rules = '';
  replaceSync(css: string) {
    FakeSheet.replaced++;
    this.rules = css;
  }
}
const fakeWindow = {
  CSSStyleSheet: FakeSheet,
  CSS: { supports: (_: string, value: string) => accepts(value) },
} as unknown as typeof globalThis;
const fakeRoot = (nodeType: 9 | 11) => ({ nodeType, adoptedStyleSheets: [] as FakeSheet[] }) as unknown as Document;
const rulesOf = (root: Document) => (root.adoptedStyleSheets as unknown as FakeSheet[]).map((sheet) => sheet.rules);

it('leaves the document to the manifest defaults until the colours change, and gives shadow roots the rules', () => {
  const styles = createHighlightStyles(fakeWindow, defaultSettings.colors);
  const [doc, shadow] = [fakeRoot(9), fakeRoot(11)];
  styles.adoptInto(doc);
  styles.adoptInto(shadow);
  styles.setColors(defaultSettings.colors);
  expect(doc.adoptedStyleSheets).toEqual([]);
  expect(rulesOf(shadow)).toEqual([highlightCss(defaultSettings.colors, accepts, defaultSettings.colors)]);

  const custom = { ...defaultSettings.colors, 'app-i': 'red' };
  styles.setColors(custom);
  expect(rulesOf(doc)).toEqual([highlightCss(custom, accepts, defaultSettings.colors)]);
  expect(rulesOf(shadow)).toEqual(rulesOf(doc));
  styles.dispose();
  expect([doc.adoptedStyleSheets, shadow.adoptedStyleSheets]).toEqual([[], []]);
});

it('does not replace the rules (restyling every root) when the colours stay the same', () => {
  const styles = createHighlightStyles(fakeWindow, defaultSettings.colors);
  const before = FakeSheet.replaced;
  styles.setColors(defaultSettings.colors);
  styles.setColors({ ...defaultSettings.colors });
  expect(FakeSheet.replaced).toBe(before);
});

it("names the painter's highlight of exempt names in the rule written out for them", () => {
  expect(EXEMPT_RULE.startsWith(`::highlight(${highlightName('exempt')}) {`)).toBe(true);
});

it('makes every declaration of the rules important and takes the page’s shadows off the marks, for a user sheet', () => {
  const css = unbeatableCss(highlightCss(defaultSettings.colors, accepts, defaultSettings.colors));
  const rules = css.split('\n');
  expect(rules[0]).toBe(
    '::highlight(spoor-app-i) { background-color: #ff6b6b !important; color: #111 !important; ' +
      'text-decoration: underline double #111 !important; text-shadow: none !important; }',
  );
  for (const rule of rules)
    expect(
      rule
        .split(';')
        .slice(0, -1)
        .every((part) => part.endsWith(' !important')),
    ).toBe(true);
});
