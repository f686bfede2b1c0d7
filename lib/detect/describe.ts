import type { ExemptTaxon } from '@/lib/dictionary/exemptions';
import type { CardItem, ExemptCardItem } from '@/lib/highlight/hover-card';
import type { Matcher } from '@/lib/matching/matcher';

/**
 * Looks up scientific names by taxon id, for the taxa a trade term implies.
 * @example taxonNames(matcher)('loxodonta-africana') // "Loxodonta africana"
 */
export function taxonNames(matcher: Pick<Matcher, 'entries'>): (id: string) => string {
  // Built on the first hover, not at start: over a 38,000-entry checklist it is a task of its own. In a tab, a hover
  // in the first seconds may come before the entries' texts are all read (pack/paged-text.ts): the ids until then.
  let names: Map<string, string> | undefined;
  return (id) => {
    try {
      names ??= new Map(matcher.entries.filter((e) => e.kind === 'taxon').map((e) => [e.id, e.label]));
    } catch {
      return id;
    }
    return names.get(id) ?? id;
  };
}

/**
 * The hover card's items for a match: one per entry its terms point at.
 * @example describeMatch([12], matcher, taxonNames(matcher))[0].title // "Psittacus erithacus"
 */
export function describeMatch(
  terms: readonly number[],
  matcher: Pick<Matcher, 'entries' | 'terms'>,
  nameOf: (id: string) => string,
): CardItem[] {
  const items = new Map<number, CardItem>();
  for (const index of terms) {
    const term = matcher.terms[index]!;
    if (items.has(term.entry)) continue;
    const entry = matcher.entries[term.entry]!;
    items.set(term.entry, {
      title: entry.label,
      kind: entry.kind,
      appendix: entry.appendix,
      euAnnex: entry.euAnnex,
      term: term.text,
      lang: term.lang,
      implies: entry.kind === 'taxon' ? [] : entry.taxa.map(nameOf),
    });
  }
  return [...items.values()];
}

/**
 * The hover card's item for an exempt name: the species, said to be not listed.
 * @example describeExempt({ scientificName: 'Bubalus bubalis', domesticFormOf: 'Bubalus arnee', names: [] })
 * // { kind: 'exempt', title: 'Bubalus bubalis', domesticFormOf: 'Bubalus arnee' }
 */
export function describeExempt(taxon: ExemptTaxon): ExemptCardItem {
  return {
    kind: 'exempt',
    title: taxon.scientificName,
    ...(taxon.domesticFormOf !== undefined && { domesticFormOf: taxon.domesticFormOf }),
  };
}
