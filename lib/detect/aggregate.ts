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
      const key = entry.inAttributes
        ? `${entry.entryId} in attributes`
        : entry.inHidden
          ? `${entry.entryId} hidden`
          : entry.entryId;
      const seen = merged.get(key);
      if (!seen) {
        merged.set(key, { ...entry, matched: [...entry.matched], langs: [...entry.langs] });
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

/** Distinct taxa found in the page's text: named taxa plus the taxa trade terms imply ("ivory" → elephants). */
export function distinctTaxa(entries: readonly ReportEntry[]): number {
  return new Set(onPage(entries).flatMap((entry) => entry.taxa)).size;
}

/** The entries found in the page's text as shown, without those found only in attributes or hidden text. */
export function onPage(entries: readonly ReportEntry[]): ReportEntry[] {
  return entries.filter((entry) => !entry.inAttributes && !entry.inHidden);
}

/** The entries found in text the page hides (lib/detect/unshown.ts). */
export function inHidden(entries: readonly ReportEntry[]): ReportEntry[] {
  return entries.filter((entry) => entry.inHidden);
}

/** The entries found in image descriptions, titles, ARIA labels and form values. */
export function inAttributes(entries: readonly ReportEntry[]): ReportEntry[] {
  return entries.filter((entry) => entry.inAttributes);
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
