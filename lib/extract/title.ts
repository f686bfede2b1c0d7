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
