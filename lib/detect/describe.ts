import type { ExemptTaxon } from '@/lib/dictionary/exemptions';
import { partNameAgreed } from '@/lib/dictionary/part-name-agreement';
import type { CardItem, ExemptCardItem } from '@/lib/highlight/hover-card';
import type { Matcher } from '@/lib/matching/matcher';

/** What a tab's entries throw while their texts are not all read (pack/paged-text.ts's MissingText). */
interface Unread {
  readAll?: () => Promise<void>;
}

/**
 * Looks up scientific names by taxon id, for the taxa a trade term implies. In a tab the entries' texts are read only
 * when the first name is looked up (pack/paged-text.ts): the ids until then, and `onRead` once the names are there.
 * @example taxonNames(matcher, () => card.showAgain())('loxodonta-africana') // "Loxodonta africana"
 */
export function taxonNames(matcher: Pick<Matcher, 'entries'>, onRead?: () => void): (id: string) => string {
  // Built on the first hover, not at start: over a 38,000-entry checklist it is a task of its own.
  let names: Map<string, string> | undefined;
  let reading: Promise<void> | undefined;
  return (id) => {
    try {
      names ??= new Map(matcher.entries.filter((e) => e.kind === 'taxon').map((e) => [e.id, e.label]));
    } catch (error) {
      const { readAll } = error as Unread;
      reading ??= readAll?.().then(onRead, () => undefined);
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
      // A part's name is stored with the animal's adjective masculine ("тигровый шкура"): shown agreeing.
      term: partNameAgreed(term.text, term.lang),
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
