import type { Matcher } from '@/lib/matching/matcher';
import { hitsOf, type Hit } from '@/lib/detect/scan-block';
import { summarizeHits } from '@/lib/detect/tally';
import { sortForDisplay } from '@/lib/detect/aggregate';
import type { Detection } from '@/lib/records/flag';

/**
 * What the dictionary finds in the text a flag captured (the page reader's visible text), shaped as a flag's
 * `detected`: the flag records the names of the page as it was read at flag time, not as Spoor's scan last saw it
 * (a seller can swap the ad's words after the badge, or stuff hidden names the scan reads). Line by line, as the
 * page's blocks are: the matcher never matches across a line break. `pageLang` is `<html lang>`.
 * @example detectionsInText(matcher, 'Carved ivory bangle\n450 €', 'en') // [{ entryId: 'ivory', count: 1, … }]
 */
export function detectionsInText(matcher: Matcher, text: string, pageLang?: string): Detection[] {
  const hits: Hit[] = [];
  const context = pageLang ? { pageLang } : undefined;
  for (const line of text.split('\n')) {
    if (!/\p{L}\p{M}*\p{L}/u.test(line)) continue;
    for (const match of matcher.find(line, context))
      hits.push(...hitsOf(match, line.slice(match.start, match.end), matcher));
  }
  return sortForDisplay(summarizeHits([hits], matcher.entries)).map(
    ({ entryId, kind, label, appendix, euAnnex, taxa, count, matched }) => ({
      entryId,
      kind,
      label,
      appendix,
      euAnnex,
      taxa,
      count,
      matched,
    }),
  );
}

/**
 * Whether two lists of detections name other entries (counts aside: a page's scan counts every frame and repeat).
 * @example namesDiffer([ivory], [ivory, pangolin]) // true
 */
export function namesDiffer(a: readonly Detection[], b: readonly Detection[]): boolean {
  const ids = (list: readonly Detection[]) => [...new Set(list.map((d) => d.entryId))].sort().join('\n');
  return ids(a) !== ids(b);
}
