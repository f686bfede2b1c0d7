import { expect, it } from 'vitest';
import { categoryProperties, luminance, readableTextOn } from '@/lib/settings/colors';
import { DEFAULT_COLORS } from '@/lib/settings/schema';

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a)!, luminance(b)!].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

it('picks the text colour that reads on each default highlight colour, at WCAG AA (4.5:1) or better', () => {
  for (const color of Object.values(DEFAULT_COLORS)) {
    expect(contrast(color, readableTextOn(color)), color).toBeGreaterThanOrEqual(4.5);
  }
});

it.each([
  ['#ffd43b', '#111111'],
  ['#1b3a8a', '#ffffff'],
  ['#000', '#ffffff'],
  ['#fff', '#111111'],
  ['rebeccapurple', '#111111'],
])('on %s writes in %s', (background, text) => {
  expect(readableTextOn(background)).toBe(text);
});

it('gives pages the researcher’s colours as custom properties', () => {
  expect(categoryProperties({ ...DEFAULT_COLORS, trade: '#202020' })).toMatchObject({
    '--cat-app-i': '#ff6b6b',
    '--on-cat-app-i': '#111111',
    '--cat-trade': '#202020',
    '--on-cat-trade': '#ffffff',
  });
});

// forge26: a colour from a restored backup or another tool that would load from the network on every Spoor page.
it.each(['url(https://evil.example/beacon.png)', 'image-set("https://evil.example/p.png" 1x)', 'rgb(1 2 3) url(x)'])(
  'gives the default for %s, which is not a colour',
  (value) => {
    expect(categoryProperties({ ...DEFAULT_COLORS, trade: value })['--cat-trade']).toBe(DEFAULT_COLORS.trade);
  },
);

it.each([
  '#ffd43b',
  '#ffd43b80',
  'rebeccapurple',
  'rgb(255 212 59)',
  'hsl(45deg 100% 62% / 0.5)',
  'oklch(0.9 0.17 95)',
])('keeps the colour %s', (value) => {
  expect(categoryProperties({ ...DEFAULT_COLORS, trade: value })['--cat-trade']).toBe(value);
});
