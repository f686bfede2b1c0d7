import type { Appendix, Dictionary, EuAnnex, TradeGroup } from '@/lib/dictionary/schema';

/** What the dashboard needs to know about a taxon to count it. */
export interface TaxonFacts {
  /** The scientific name, as detections label taxa. */
  label: string;
  appendix: Appendix;
  euAnnex: EuAnnex;
  group: TradeGroup;
}

/** Finds a taxon by its dictionary id or its scientific name (either case). */
export type TaxonLookup = (idOrName: string) => TaxonFacts | undefined;

/**
 * A lookup over a dictionary's taxa, built once: rows ask it for every taxon of
 * every flag, so it is a Map rather than a search.
 * @example taxonLookup(loadBundledDictionary())('Loxodonta africana')?.group // 'elephants'
 */
export function taxonLookup(dictionary: Pick<Dictionary, 'taxa'>): TaxonLookup {
  const byKey = new Map<string, TaxonFacts>();
  for (const taxon of dictionary.taxa) {
    const facts = {
      label: taxon.scientificName,
      appendix: taxon.cites.appendix,
      euAnnex: taxon.euAnnex,
      group: taxon.group,
    };
    byKey.set(taxon.id, facts);
    byKey.set(taxon.scientificName.toLowerCase(), facts);
  }
  return (idOrName) => byKey.get(idOrName) ?? byKey.get(idOrName.toLowerCase());
}
