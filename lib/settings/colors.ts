import { DEFAULT_COLORS, type Settings } from './schema';

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

/** Hex, a colour name, or a colour function of numbers and keywords: no "(" inside, so no url(), var() or image(). */
const PLAIN_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]+|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%/+\-\s]*\))$/i;

/**
 * A colour written as a colour. Not url(), image-set() or anything else that a `background: var(--cat-…)` on Spoor's
 * pages would load from the network.
 * @example isPlainColor('#ffd43b') // true
 * @example isPlainColor('url(https://example.org/p.png)') // false
 */
export function isPlainColor(value: string): boolean {
  return PLAIN_COLOR.test(value.trim());
}

/**
 * The custom properties a page sets so tags and swatches use the researcher's colours; a stored value that is not a
 * plain colour (written by another tool) gives the default.
 * @example categoryProperties(defaultSettings.colors)['--cat-app-i'] // '#ff6b6b'
 */
export function categoryProperties(colors: Settings['colors']): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(DEFAULT_COLORS) as (keyof typeof DEFAULT_COLORS)[]).flatMap((category) => {
      const color = isPlainColor(colors[category]) ? colors[category] : DEFAULT_COLORS[category];
      return [
        [`--cat-${category}`, color],
        [`--on-cat-${category}`, readableTextOn(color)],
      ];
    }),
  );
}
