import type { EntryInfo } from '@/lib/matching/types';
import type { ReportEntry } from './report';
import type { Hit } from './scan-block';

// Enough spellings to show what the page said, bounded so a page repeating a
// word in a thousand casings cannot bloat the report.
const MAX_WORDS = 20;

/**
 * Sums the hits of every block into report entries, one per dictionary entry;
 * hits in attributes make entries of their own, marked `inAttributes`.
 * @example summarizeHits([[{ entry: 0, word: 'Elfenbein', lang: 'de' }]], entries)
 * // [{ entryId: 'ivory', kind: 'trade', count: 1, matched: ['Elfenbein'], langs: ['de'], … }]
 */
export function summarizeHits(
  blocks: Iterable<readonly Hit[]>,
  entries: readonly EntryInfo[],
  attributeBlocks: Iterable<readonly Hit[]> = [],
): ReportEntry[] {
  const inAttributes = summarize(attributeBlocks, entries).map((entry) => ({ ...entry, inAttributes: true as const }));
  return [...summarize(blocks, entries), ...inAttributes];
}

function summarize(blocks: Iterable<readonly Hit[]>, entries: readonly EntryInfo[]): ReportEntry[] {
  const byEntry = new Map<number, ReportEntry>();
  for (const hits of blocks) {
    for (const hit of hits) {
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
      if (hit.unpainted) entry.unpainted = (entry.unpainted ?? 0) + 1;
      if (!entry.matched.includes(hit.word) && entry.matched.length < MAX_WORDS) entry.matched.push(hit.word);
      if (!entry.langs.includes(hit.lang)) entry.langs.push(hit.lang);
    }
  }
  return [...byEntry.values()];
}
