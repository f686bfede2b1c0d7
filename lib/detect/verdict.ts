import type { Appendix } from '@/lib/dictionary/schema';
import { categoryOf } from '@/lib/matching/entries';

/** The popup's one-line answer: how many listed taxa, how many trade terms, and the strictest Appendix at stake. */
export interface Verdict {
  taxa: number;
  /** Trade terms, code words and unlisted names. */
  terms: number;
  /** Across all entries (a trade term counts with its strictest implied taxon); undefined when nothing is listed. */
  strictest?: 'I' | 'II' | 'III';
}

const STRICTEST = { 'app-i': 'I', 'app-ii': 'II', 'app-iii': 'III', trade: undefined } as const;
const ORDER = ['I', 'II', 'III'] as const;

/**
 * What a tab's findings amount to.
 * @example verdictOf([{ kind: 'taxon', appendix: 'II' }, { kind: 'trade', appendix: 'I/II' }]) // { taxa: 1, terms: 1,
 * strictest: 'I' }
 */
export function verdictOf(entries: readonly { kind: 'taxon' | 'trade' | 'code'; appendix: Appendix }[]): Verdict {
  const listedTaxon = (entry: (typeof entries)[number]) => entry.kind === 'taxon' && entry.appendix !== 'nc';
  const appendices = entries.flatMap((entry) => STRICTEST[categoryOf(entry.appendix)] ?? []);
  const strictest = ORDER.find((appendix) => appendices.includes(appendix));
  const taxa = entries.filter(listedTaxon).length;
  return { taxa, terms: entries.length - taxa, ...(strictest && { strictest }) };
}
