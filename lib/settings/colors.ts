import type { Settings } from './schema';

/** Relative luminance (WCAG 2) of an sRGB colour given as #rgb or #rrggbb; undefined for other CSS colours. */
export function luminance(color: string): number | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = Number.parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Near-black or white, whichever reads better on a highlight colour: the
 * researcher picks the colours, so labels drawn on them pick their text.
 * @example readableTextOn('#ffd43b') // '#111111'
 * @example readableTextOn('#1b3a8a') // '#ffffff'
 */
export function readableTextOn(color: string): '#111111' | '#ffffff' {
  const background = luminance(color);
  if (background === undefined) return '#111111';
  const onDark = 1.05 / (background + 0.05);
  const onLight = (background + 0.05) / (luminance('#111111')! + 0.05);
  return onDark > onLight ? '#ffffff' : '#111111';
}

/**
 * The custom properties a page sets so tags and swatches use the researcher's colours.
 * @example categoryProperties(defaultSettings.colors)['--cat-app-i'] // '#ff6b6b'
 */
export function categoryProperties(colors: Settings['colors']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(colors).flatMap(([category, color]) => [
      [`--cat-${category}`, color],
      [`--on-cat-${category}`, readableTextOn(color)],
    ]),
  );
}
