import {
  TaxonSchema,
  TradeTermSchema,
  type Dictionary,
  type Taxon,
  type Term,
  type TradeTerm,
} from '@/lib/dictionary/schema';
import { fingerprintOf } from './fingerprint';
import type { CustomTerm } from './custom-terms-store';

/** Shown as the listing note of a taxon only the researcher's terms know, so the hover card says where it came from. */
export const CUSTOM_TAXON_NOTE = 'Added in Spoor settings';

const key = (name: string) => name.toLowerCase();

/**
 * A slug for ids: "Manis sp." → "manis-sp".
 * @example slugOf('Crocodylus niloticus') // 'crocodylus-niloticus'
 */
function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const rankOf = (scientificName: string): Taxon['rank'] =>
  (['genus', 'species', 'subspecies'] as const)[Math.min(2, scientificName.split(' ').length - 1)]!;

const termOf = ({ text, lang, match, exclude }: CustomTerm): Term => ({
  text,
  lang,
  match,
  ...(exclude.length > 0 ? { exclude } : {}),
});

type TaxonTerm = CustomTerm & { target: { kind: 'taxon' } };

/** A taxon for a scientific name the dictionary lacks; the first custom term naming it sets its listing. */
function customTaxon({ target }: TaxonTerm, id: string): Taxon {
  return TaxonSchema.parse({
    id,
    scientificName: target.scientificName,
    rank: rankOf(target.scientificName),
    higher: { kingdom: target.group === 'plants' || target.group === 'timber' ? 'Plantae' : 'Animalia' },
    group: target.group,
    cites: { appendix: target.appendix, note: CUSTOM_TAXON_NOTE },
    euAnnex: target.euAnnex,
  });
}

/**
 * The dictionary with the researcher's custom terms merged in, for compiling.
 * A taxon term whose scientific name (or a synonym) the dictionary knows joins
 * that taxon's names and keeps its official listing; an unknown name becomes
 * a new taxon `custom-<slug>` with the listing the researcher gave. Trade terms
 * and code words become trade terms `custom-<id>` pointing at the taxa they
 * name; a name no taxon has stays as its slug (shown as unlisted). The input
 * is not changed.
 * @example compileDictionary(withCustomTerms(loadBundledDictionary(), await readCustomTerms(browser.storage.local)));
 */
export function withCustomTerms(dictionary: Dictionary, custom: readonly CustomTerm[]): Dictionary {
  if (custom.length === 0) return dictionary;
  const byName = new Map<string, Taxon>();
  for (const taxon of dictionary.taxa)
    for (const name of [...taxon.synonyms, taxon.scientificName]) byName.set(key(name), taxon);
  const ids = new Set([...dictionary.taxa.map((t) => t.id), ...dictionary.tradeTerms.map((t) => t.id)]);
  const freeId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const addedNames = new Map<string, Term[]>();
  const newTaxa: Taxon[] = [];

  for (const term of custom) {
    if (term.target.kind !== 'taxon') continue;
    let taxon = byName.get(key(term.target.scientificName));
    if (!taxon) {
      taxon = customTaxon(term as TaxonTerm, freeId(`custom-${slugOf(term.target.scientificName) || term.id}`));
      byName.set(key(taxon.scientificName), taxon);
      newTaxa.push(taxon);
    }
    addedNames.set(taxon.id, [...(addedNames.get(taxon.id) ?? []), termOf(term)]);
  }
  const tradeTerms: TradeTerm[] = custom.flatMap(({ target, ...term }) =>
    target.kind === 'taxon'
      ? []
      : [
          TradeTermSchema.parse({
            id: freeId(`custom-${term.id}`),
            kind: target.kind,
            label: term.text,
            taxa: [...new Set(target.taxa.map((name) => byName.get(key(name))?.id ?? (slugOf(name) || 'unknown')))],
            terms: [termOf({ ...term, target })],
          }),
        ],
  );
  const withNames = (taxon: Taxon): Taxon => {
    const added = addedNames.get(taxon.id);
    return added ? { ...taxon, names: uniqueNames(taxon, added) } : taxon;
  };
  return {
    ...dictionary,
    taxa: [...dictionary.taxa, ...newTaxa].map(withNames),
    tradeTerms: [...dictionary.tradeTerms, ...tradeTerms],
  };
}

/** A custom name the taxon already has (or its scientific name itself) is not added twice. */
function uniqueNames(taxon: Taxon, added: readonly Term[]): Term[] {
  const seen = new Set([taxon.scientificName, ...taxon.synonyms].map((name) => `la:${key(name)}`));
  for (const name of taxon.names) seen.add(`${name.lang}:${key(name.text)}`);
  const fresh = added.filter(
    (term) => !seen.has(`${term.lang}:${key(term.text)}`) && seen.add(`${term.lang}:${key(term.text)}`),
  );
  return [...taxon.names, ...fresh];
}

/**
 * Identifies a list of custom terms: the stored dictionary records the one it
 * was compiled with, so a change (or a restore) is noticed at startup.
 * @example customTermsFingerprint([]) === customTermsFingerprint([]) // true
 */
export function customTermsFingerprint(custom: readonly CustomTerm[]): string {
  return custom.length === 0 ? '' : fingerprintOf(JSON.stringify(custom));
}
