import { DictionarySchema, type Dictionary, type Taxon, type Term } from '@/lib/dictionary/schema';
import { DERIVED_ANNEX_NOTE } from '@/lib/dictionary/checklist/rows';

const key = (name: string) => name.toLowerCase();

/** Finds the bundled taxon an imported one stands for: same scientific name first, then any synonym either way. */
function createBundledIndex(bundled: readonly Taxon[]) {
  const byName = new Map(bundled.map((t) => [key(t.scientificName), t]));
  const bySynonym = new Map<string, Taxon>();
  for (const taxon of bundled) for (const synonym of taxon.synonyms) bySynonym.set(key(synonym), taxon);
  const claimed = new Set<string>();
  const free = (t: Taxon | undefined) => (t && !claimed.has(t.id) ? t : undefined);

  return {
    /** Exact names are claimed in a first pass so a synonym never steals a bundled taxon from its namesake. */
    claimExact(imported: Taxon): Taxon | undefined {
      const found = free(byName.get(key(imported.scientificName)));
      if (found) claimed.add(found.id);
      return found;
    },
    claimBySynonym(imported: Taxon): Taxon | undefined {
      const found =
        free(bySynonym.get(key(imported.scientificName))) ??
        imported.synonyms.map((s) => free(byName.get(key(s))) ?? free(bySynonym.get(key(s)))).find(Boolean);
      if (found) claimed.add(found.id);
      return found;
    },
    isClaimed: (t: Taxon) => claimed.has(t.id),
  };
}

function mergeNames(kept: readonly Term[], added: readonly Term[]): Term[] {
  const seen = new Set(kept.map((t) => `${t.lang}:${key(t.text)}`));
  return [...kept, ...added.filter((t) => !seen.has(`${t.lang}:${key(t.text)}`))];
}

/**
 * The listing of a taxon known to both comes from the newer list: a 2017
 * checklist must not undo uplistings the bundled list already follows. A
 * bundled note stays while the Appendix is unchanged and the file says nothing more.
 */
function mergeListing(bundled: Taxon, imported: Taxon, fileIsNewer: boolean): Taxon['cites'] {
  if (!fileIsNewer) return bundled.cites;
  const fileNote = imported.cites.note?.replace(DERIVED_ANNEX_NOTE, '').trim();
  const note = fileNote || (bundled.cites.appendix === imported.cites.appendix ? bundled.cites.note : undefined);
  return note ? { appendix: imported.cites.appendix, note } : { appendix: imported.cites.appendix };
}

/**
 * One taxon known to both: the newer list's name, rank, tree and listing; the
 * bundled id (trade terms point at it), group, EU annex and hand-tuned names;
 * names and synonyms of both.
 */
function mergeTaxon(bundled: Taxon, imported: Taxon, fileIsNewer: boolean): Taxon {
  const [newer, older] = fileIsNewer ? [imported, bundled] : [bundled, imported];
  const names = [newer.scientificName, ...newer.synonyms, older.scientificName, ...older.synonyms];
  // The accepted name comes first so de-duplication drops it from its synonyms.
  const synonyms = [...new Map(names.map((n) => [key(n), n])).values()].slice(1);
  return {
    ...newer,
    id: bundled.id,
    group: bundled.group,
    euAnnex: bundled.euAnnex,
    synonyms,
    cites: mergeListing(bundled, imported, fileIsNewer),
    names: mergeNames(bundled.names, imported.names),
  };
}

/** Gives an imported taxon whose slug a different bundled taxon already uses a free id. */
function freeId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * Merges an imported checklist into the bundled dictionary. Taxa are matched
 * by scientific name, then by synonyms; matched taxa keep the bundled id,
 * group, EU annex and common names in every language, gain the file's names
 * and synonyms, and take the listing of whichever list is newer. Bundled taxa
 * the file lacks, trade terms and exclusions are kept as they are, the file's exclusions added. The result
 * takes the file's source and date.
 * @example const active = mergeWithBundled(loadBundledDictionary(), imported.dictionary);
 */
export function mergeWithBundled(bundled: Dictionary, imported: Dictionary): Dictionary {
  const index = createBundledIndex(bundled.taxa);
  // ISO dates compare as strings.
  const fileIsNewer = imported.listingsAsOf > bundled.listingsAsOf;
  const exact = imported.taxa.map((t) => index.claimExact(t));
  const partners = imported.taxa.map((t, i) => exact[i] ?? index.claimBySynonym(t));
  const taken = new Set(bundled.taxa.map((t) => t.id));
  const merged = imported.taxa.map((t, i) => {
    const partner = partners[i];
    return partner ? mergeTaxon(partner, t, fileIsNewer) : { ...t, id: freeId(t.id, taken) };
  });
  const bundledOnly = bundled.taxa.filter((t) => !index.isClaimed(t));
  return DictionarySchema.parse({
    ...bundled,
    source: imported.source,
    listingsAsOf: imported.listingsAsOf,
    taxa: [...bundledOnly, ...merged],
    // The file's own exclusions (species it keeps unlisted under a listed genus) join the bundled ones.
    globalExclusions: mergeNames(bundled.globalExclusions, imported.globalExclusions),
  });
}
