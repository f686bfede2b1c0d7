import { DictionarySchema, type Dictionary, type DictionaryInput } from '@/lib/dictionary/schema';
import { coveredGenera } from './covered-genera';
import { globalExclusions } from './exclusions';
import { listedSpecies } from './listed-species';
import { birdTaxa } from './taxa-birds';
import { mammalTaxa } from './taxa-mammals';
import { otherAnimalTaxa } from './taxa-other-animals';
import { partNames } from './part-adjectives';
import { plantTaxa } from './taxa-plants';
import { reptileTaxa } from './taxa-reptiles';
import { tradeTerms } from './trade-terms';

/** Code-unit order, the same in every locale (localeCompare is not). */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

type TaxonInput = DictionaryInput['taxa'][number];

/** A taxon with the names of its parts (part-adjectives.ts) it does not list itself. */
function withPartNames(taxon: TaxonInput): TaxonInput {
  const listed = new Set((taxon.names ?? []).map((name) => `${name.lang} ${name.text.toLowerCase()}`));
  const parts = partNames(taxon.id).filter((name) => !listed.has(`${name.lang} ${name.text}`));
  return parts.length === 0 ? taxon : { ...taxon, names: [...(taxon.names ?? []), ...parts] };
}

/**
 * The dictionary that ships with Spoor, before schema defaults are applied.
 * `listingsAsOf` is the date the CITES Appendices it follows came into force
 * (CoP19); see docs/DICTIONARY.md for sources and known gaps.
 */
export const bundledDictionaryInput: DictionaryInput = {
  source: 'bundled',
  listingsAsOf: '2023-02-23',
  taxa: [
    ...mammalTaxa,
    ...birdTaxa,
    ...reptileTaxa,
    ...otherAnimalTaxa,
    ...plantTaxa,
    ...coveredGenera,
    ...listedSpecies,
  ]
    .map(withPartNames)
    .sort(byId),
  tradeTerms,
  globalExclusions,
};

let bundled: Dictionary | undefined;

/**
 * The bundled dictionary, parsed (and so validated) once and then reused.
 *
 * @example
 * const dictionary = loadBundledDictionary();
 * dictionary.taxa.find((taxon) => taxon.id === 'psittacus-erithacus')?.cites.appendix; // 'I'
 */
export function loadBundledDictionary(): Dictionary {
  bundled ??= DictionarySchema.parse(bundledDictionaryInput);
  return bundled;
}
