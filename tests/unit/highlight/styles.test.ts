import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { highlightCss } from '@/lib/highlight/styles';
import { defaultSettings } from '@/lib/settings/schema';

const accepts = (value: string) => /^#[0-9a-f]{3,8}$|^[a-z]+$/i.test(value);

it('writes one ::highlight rule per category', () => {
  const css = highlightCss({ 'app-i': 'red', 'app-ii': '#ff0', 'app-iii': 'blue', trade: 'violet' }, accepts, defaultSettings.colors);
  expect(css.split('\n')).toEqual([
    '::highlight(spoor-app-i) { background-color: red; color: #111; }',
    '::highlight(spoor-app-ii) { background-color: #ff0; color: #111; }',
    '::highlight(spoor-app-iii) { background-color: blue; color: #111; }',
    '::highlight(spoor-trade) { background-color: violet; color: #111; }',
  ]);
});

it('falls back to the default for a colour the browser rejects, so settings cannot inject CSS', () => {
  const colors = { ...defaultSettings.colors, 'app-i': 'red; } body { display: none' };
  const css = highlightCss(colors, accepts, defaultSettings.colors);
  expect(css).not.toContain('display');
  expect(css).toContain(`::highlight(spoor-app-i) { background-color: ${defaultSettings.colors['app-i']};`);
});

it('the manifest-injected defaults equal the settings defaults', () => {
  const injected = readFileSync('assets/detect-highlights.css', 'utf8').replace(/\/\*[\s\S]*?\*\/\s*/g, '').trim();
  expect(injected).toBe(highlightCss(defaultSettings.colors, accepts, defaultSettings.colors));
});
