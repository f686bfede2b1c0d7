import type { Appendix } from '@/lib/dictionary/schema';
import type { ReportEntry } from './report';

/**
 * Merges the reports of a tab's frames: counts add up, matched words and
 * languages are united, entry by entry.
 * @example mergeReports([[ivory(2)], [ivory(1)]]) // [ivory(3)]
 */
export function mergeReports(reports: Iterable<readonly ReportEntry[]>): ReportEntry[] {
  const merged = new Map<string, ReportEntry>();
  for (const report of reports) {
    for (const entry of report) {
      const seen = merged.get(entry.entryId);
      if (!seen) {
        merged.set(entry.entryId, { ...entry, matched: [...entry.matched], langs: [...entry.langs] });
        continue;
      }
      seen.count += entry.count;
      if (entry.unpainted) seen.unpainted = (seen.unpainted ?? 0) + entry.unpainted;
      for (const word of entry.matched) if (!seen.matched.includes(word)) seen.matched.push(word);
      for (const lang of entry.langs) if (!seen.langs.includes(lang)) seen.langs.push(lang);
    }
  }
  return [...merged.values()];
}

/** Occurrences of the researcher's private terms found in a tab and not painted. */
export function unpaintedCount(entries: readonly ReportEntry[]): number {
  return entries.reduce((sum, entry) => sum + (entry.unpainted ?? 0), 0);
}

/** Distinct taxa found: named taxa plus the taxa trade terms imply ("ivory" → elephants). */
export function distinctTaxa(entries: readonly ReportEntry[]): number {
  return new Set(entries.flatMap((entry) => entry.taxa)).size;
}

/**
 * The toolbar badge for a number of taxa: empty for none, capped so it fits.
 * @example badgeText(0) // ""
 * @example badgeText(1200) // "999+"
 */
export function badgeText(taxa: number): string {
  if (taxa <= 0) return '';
  return taxa > 999 ? '999+' : String(taxa);
}

const APPENDIX_ORDER: readonly Appendix[] = ['I', 'I/II', 'I/III', 'II', 'II/III', 'III', 'nc'];

/** The popup's order: strictest Appendix first, then the most frequent, then by label. */
export function sortForDisplay(entries: readonly ReportEntry[]): ReportEntry[] {
  return [...entries].sort(
    (a, b) =>
      APPENDIX_ORDER.indexOf(a.appendix) - APPENDIX_ORDER.indexOf(b.appendix) ||
      b.count - a.count ||
      a.label.localeCompare(b.label),
  );
}
