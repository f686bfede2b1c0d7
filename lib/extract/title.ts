import type { Ranked } from './candidate';

const LAST_SEPARATOR = /^(.+)(?:\s[-–—·]\s|\s*\|\s*|\s*::\s*)(.+)$/u;

/**
 * The title without a trailing site name ("Puma … | eBay" → "Puma …"), repeatedly
 * ("Tortue - Animaux | Leboncoin" keeps "Tortue - Animaux" only if "Animaux" is no site name).
 * @example withoutSiteName('Grey parrot | Kleinanzeigen.de', ['Kleinanzeigen']) // 'Grey parrot'
 */
export function withoutSiteName(title: string, siteNames: readonly string[]): string {
  const names = siteNames.map((name) => name.trim().toLowerCase()).filter(Boolean);
  let current = title;
  for (let round = 0; round < 2; round += 1) {
    const split = LAST_SEPARATOR.exec(current);
    if (!split) break;
    const tail = split[2].trim().toLowerCase();
    const isSite = names.some(
      (name) => tail === name || tail.startsWith(`${name}.`) || tail === `www.${name}` || tail.endsWith(` ${name}`),
    );
    if (!isSite || !split[1].trim()) break;
    current = split[1].trim();
  }
  return current;
}

/**
 * A title padded for search engines ("Grey parrot for sale in Leeds", "… - Warszawa") yields to the
 * heading it starts with, or that makes most of it ("X on Instagram: “…”"); else the most trusted.
 * @example unpaddedTitle([ogTitle, h1]) // the h1 when og:title is the h1 plus padding
 */
export function unpaddedTitle(titles: Ranked<string>[]): Ranked<string> | undefined {
  const [best] = titles;
  if (!best) return undefined;
  const outer = best.value.toLowerCase();
  const inside = titles.find((other) => {
    const inner = other.value.toLowerCase();
    return (
      other !== best &&
      other.confidence >= 0.55 &&
      inner.length >= 3 &&
      inner.length < outer.length &&
      (outer.startsWith(inner) || (outer.includes(inner) && inner.length * 2 >= outer.length))
    );
  });
  return inside ? { ...inside, confidence: Math.max(inside.confidence, best.confidence) } : best;
}

const WORD = /[\p{L}\p{N}]{3,}/gu;
const wordsOf = (text: string) => new Set(text.normalize('NFKC').toLowerCase().match(WORD) ?? []);

/**
 * Whether two titles name different things: neither has a word of three letters or more the other has. A title
 * padded for search engines or cut short shares its words with the heading; a forged one does not.
 * @example contradicts('Resin figurine, hand painted', 'Carved ivory tusk') // true
 * @example contradicts('Grey parrot for sale in Leeds', 'Grey parrot') // false
 */
export function contradicts(one: string, other: string): boolean {
  const mine = wordsOf(one);
  const theirs = wordsOf(other);
  return mine.size > 0 && theirs.size > 0 && ![...theirs].some((word) => mine.has(word));
}

/**
 * The first sentence of the ad's text, as a title when the page gives none but the account's name.
 * @example titleFromText('Продаю попугая. Цена 180 000 ₽.', undefined)?.value // 'Продаю попугая.'
 */
export function titleFromText(
  description: string | undefined,
  fallback: Ranked<string> | undefined,
): Ranked<string> | undefined {
  const sentence = description && /^(.{8,160}?[.!?])(?:\s|$)/u.exec(description)?.[1];
  if (!sentence) return fallback;
  return { value: sentence, source: 'visible', confidence: 0.5, candidate: { title: sentence } };
}
