import type { Appendix, Taxon, TradeTerm } from '@/lib/dictionary/schema';
import type { Category, EntryInfo } from '@/lib/matching/types';

/**
 * Names are single-spaced, but one may still hold a tab or line break, which
 * the tabs' stored form (tab-pack.ts) uses between records: shown as a space.
 * @example singleLine('Psittacus\terithacus') // 'Psittacus erithacus'
 */
export const singleLine = (text: string): string => text.replace(/\s/g, ' ');

/** Strictest first: a split listing paints as its strictest Appendix. */
const APPENDIX_STRICTNESS: readonly Appendix[] = ['I', 'I/II', 'I/III', 'II', 'II/III', 'III', 'nc'];

/**
 * The highlight colour of a taxon's listing.
 *
 * @example
 * categoryOf('I/II') // 'app-i'
 * categoryOf('nc') // 'trade'
 */
export function categoryOf(appendix: Appendix): Category {
  if (appendix === 'nc') return 'trade';
  const parts = appendix.split('/');
  if (parts.includes('I')) return 'app-i';
  return parts.includes('II') ? 'app-ii' : 'app-iii';
}

export function taxonEntry(taxon: Taxon): EntryInfo {
  return {
    id: taxon.id,
    kind: 'taxon',
    label: singleLine(taxon.scientificName),
    appendix: taxon.cites.appendix,
    ...(taxon.cites.note === undefined ? {} : { appendixNote: taxon.cites.note }),
    euAnnex: taxon.euAnnex,
    group: taxon.group,
    category: categoryOf(taxon.cites.appendix),
    taxa: [taxon.id],
  };
}

/**
 * A trade term or code word always paints as `trade`; its listing fields come
 * from the strictest-listed taxon it implies (ivory → the elephants), so the
 * hover card can still say what is at stake. Implied taxa missing from the
 * dictionary count as unlisted.
 */
export function tradeEntry(term: TradeTerm, taxaById: ReadonlyMap<string, Taxon>): EntryInfo {
  const implied = term.taxa.map((id) => taxaById.get(id)).filter((taxon) => taxon !== undefined);
  const strictest = implied.reduce<Taxon | undefined>(
    (best, taxon) => (best === undefined || strictness(taxon) < strictness(best) ? taxon : best),
    undefined,
  );
  const groups = new Set(implied.map((taxon) => taxon.group));
  return {
    id: term.id,
    kind: term.kind,
    label: singleLine(term.label),
    appendix: strictest?.cites.appendix ?? 'nc',
    ...(strictest?.cites.note === undefined ? {} : { appendixNote: strictest.cites.note }),
    euAnnex: strictest?.euAnnex ?? 'none',
    ...(groups.size === 1 ? { group: [...groups][0] } : {}),
    category: 'trade',
    taxa: [...term.taxa],
  };
}

function strictness(taxon: Taxon): number {
  return APPENDIX_STRICTNESS.indexOf(taxon.cites.appendix);
}
