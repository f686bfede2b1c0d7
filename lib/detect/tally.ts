import type { EntryInfo } from '@/lib/matching/types';
import type { ReportEntry } from './report';
import { UNSHOWN, type Hit } from './scan-block';

// Enough spellings to show what the page said, bounded so a page repeating a
// word in a thousand casings cannot bloat the report.
const MAX_WORDS = 20;

/**
 * Sums the hits of every block into report entries, one per dictionary entry;
 * hits in attributes make entries of their own, marked `inAttributes`, and so do
 * hits in text the page hides (UNSHOWN), marked `inHidden`.
 * @example summarizeHits([[{ entry: 0, word: 'Elfenbein', lang: 'de' }]], entries)
 * // [{ entryId: 'ivory', kind: 'trade', count: 1, matched: ['Elfenbein'], langs: ['de'], … }]
 */
export function summarizeHits(
  blocks: Iterable<readonly Hit[]>,
  entries: readonly EntryInfo[],
  attributeBlocks: Iterable<readonly Hit[]> = [],
): ReportEntry[] {
  const inAttributes = summarize(attributeBlocks, entries).map((entry) => ({ ...entry, inAttributes: true as const }));
  const unshown: Hit[][] = [];
  const shown = summarize(blocks, entries, unshown);
  const inHidden = summarize(unshown, entries).map((entry) => ({ ...entry, inHidden: true as const }));
  return [...shown, ...inAttributes, ...inHidden];
}

/** The entries of `blocks`' hits; with `unshown`, the hits in hidden text are left out and put there instead. */
function summarize(blocks: Iterable<readonly Hit[]>, entries: readonly EntryInfo[], unshown?: Hit[][]): ReportEntry[] {
  const byEntry = new Map<number, ReportEntry>();
  for (const hits of blocks) {
    for (const hit of hits) {
      if (unshown && hit.unpainted === UNSHOWN) {
        unshown.push([hit]);
        continue;
      }
      const info = entries[hit.entry]!;
      let entry = byEntry.get(hit.entry);
      if (!entry) {
        entry = {
          entryId: info.id,
          kind: info.kind,
          label: info.label,
          appendix: info.appendix,
          euAnnex: info.euAnnex,
          taxa: info.taxa,
          category: info.category,
          count: 0,
          matched: [],
          langs: [],
        };
        byEntry.set(hit.entry, entry);
      }
      entry.count += 1;
      if (hit.unpainted && hit.unpainted !== UNSHOWN) entry.unpainted = (entry.unpainted ?? 0) + 1;
      if (!entry.matched.includes(hit.word) && entry.matched.length < MAX_WORDS) entry.matched.push(hit.word);
      if (!entry.langs.includes(hit.lang)) entry.langs.push(hit.lang);
    }
  }
  return [...byEntry.values()];
}
