import type { TaxonInput } from '@/lib/dictionary/bundled/types';
import { TaxonSchema, type Lang, type Taxon } from '@/lib/dictionary/schema';
import type { ImportProblem } from './errors';
import type { ChecklistFormat } from './formats';
import { tradeGroupOf } from './group';
import { annexFromAppendix, readListing } from './listing';
import { plainAnnotation, singleSpaced, slugOf, splitNameList, synonymsWithoutAuthors } from './names';

/** Said in every imported taxon: the checklist has no EU annex, so the import derived one. */
export const DERIVED_ANNEX_NOTE = 'EU annex inferred from the CITES Appendix.';

/** Which column holds what, per format. */
interface ColumnMap {
  name: string;
  rank: string;
  listing: string;
  annotation: string;
  party?: string;
  synonyms?: string;
  names: Partial<Record<Lang, string>>;
}

const COLUMNS: Record<ChecklistFormat, ColumnMap> = {
  'cites-checklist': {
    name: 'FullName',
    rank: 'RankName',
    listing: 'CurrentListing',
    annotation: 'AnnotationEnglish',
    synonyms: 'SynonymsWithAuthors',
    names: { en: 'EnglishNames', es: 'SpanishNames', fr: 'FrenchNames' },
  },
  speciesplus: {
    name: 'Scientific Name',
    rank: 'Rank',
    listing: 'Listing',
    annotation: 'Full note',
    party: 'Party',
    names: {},
  },
};

/**
 * The column holding the scientific name.
 * @example nameColumnOf('speciesplus') // 'Scientific Name'
 */
export const nameColumnOf = (format: ChecklistFormat) => COLUMNS[format].name;

const RANKS: Record<string, Taxon['rank']> = {
  CLASS: 'class',
  ORDER: 'order',
  FAMILY: 'family',
  SUBFAMILY: 'subfamily',
  GENUS: 'genus',
  SPECIES: 'species',
  SUBSPECIES: 'subspecies',
  VARIETY: 'variety',
};

/**
 * Ranks above the genus, whose one-word common names are everyday group words ("Cats", "Cranes", "Eagles",
 * "Amazons", "Whales", "Apes"): imported, they would light every pet page, football report and building site.
 * Their names of several words stay ("Black Corals", "Sea turtles"); the bundled list carries the group words
 * researchers need, with their exclusions and senses (parrot, tortoise, sturgeon, falcon, monkey…).
 */
const GROUP_RANKS: ReadonlySet<Taxon['rank']> = new Set(['class', 'order', 'family', 'subfamily']);

const UNLISTED = 'not listed (NC or no current listing)';

export type RowOutcome =
  | { kind: 'taxon'; taxon: Taxon }
  /** `unlistedSpecies`: the name of a species-rank row the checklist keeps unlisted, for the import to exclude. */
  | { kind: 'skipped'; reason: string; unlistedSpecies?: string }
  | { kind: 'problems'; problems: ImportProblem[] };

/** Reads one cell by column name; the header is already known to have every required column. */
export type Cell = (column: string) => string;

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function asSentences(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .map((p) => (/[.!?]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

/** Which column a schema complaint is about, so the error can point at the file. */
function columnOfIssue(path: readonly PropertyKey[], columns: ColumnMap): string {
  const field = String(path[0]);
  if (field === 'names') return Object.values(columns.names).join('/');
  if (field === 'synonyms') return columns.synonyms ?? columns.name;
  if (field === 'cites') return columns.listing;
  return columns.name;
}

/**
 * Turns one data row of a checklist export into a dictionary taxon, or says why it is skipped or wrong.
 * @example mapChecklistRow('cites-checklist', 5, cellsOf(row)) // { kind: 'taxon', taxon: { id: 'psittacus-erithacus',
 * … } }
 */
export function mapChecklistRow(format: ChecklistFormat, row: number, cell: Cell): RowOutcome {
  const columns = COLUMNS[format];
  const problems: ImportProblem[] = [];
  const required = (column: string) => {
    const value = singleSpaced(cell(column));
    if (value === '') problems.push({ row, column, message: 'missing value' });
    return value;
  };
  const name = required(columns.name);
  const rankName = required(columns.rank).toUpperCase();
  const kingdom = required('Kingdom');
  if (kingdom !== '' && kingdom !== 'Animalia' && kingdom !== 'Plantae') {
    problems.push({ row, column: 'Kingdom', message: `unknown kingdom '${kingdom}'` });
  }
  const listing = readListing(cell(columns.listing));
  if (listing.kind === 'invalid') problems.push({ row, column: columns.listing, message: listing.message });
  if (problems.length > 0) return { kind: 'problems', problems };
  const rank = RANKS[rankName];
  if (listing.kind !== 'listed') {
    const speciesRank = rank === 'species' || rank === 'subspecies' || rank === 'variety';
    return { kind: 'skipped', reason: UNLISTED, ...(speciesRank ? { unlistedSpecies: name } : {}) };
  }
  if (!rank) return { kind: 'skipped', reason: `rank ${rankName}` };

  const higher = {
    kingdom: kingdom as 'Animalia' | 'Plantae',
    class: optional(cell('Class')),
    order: optional(cell('Order')),
    family: optional(cell('Family')),
  };
  const party = columns.party ? optional(cell(columns.party)) : undefined;
  const notes = [
    listing.splitNote,
    listing.splitNote ? optional(plainAnnotation(cell(columns.annotation))) : undefined,
    party && listing.appendix.includes('III') ? `Appendix III listing by ${party}.` : undefined,
    DERIVED_ANNEX_NOTE,
  ];
  const names = Object.entries(columns.names).flatMap(([lang, column]) =>
    splitNameList(cell(column))
      .filter((text) => !GROUP_RANKS.has(rank) || /[\s-]/.test(text))
      .map((text) => ({ text, lang: lang as Lang })),
  );
  const synonyms = columns.synonyms ? synonymsWithoutAuthors(cell(columns.synonyms)).filter((s) => s !== name) : [];
  const input: TaxonInput = {
    id: slugOf(name),
    scientificName: name,
    rank,
    higher,
    group: tradeGroupOf({ ...higher, genus: optional(cell('Genus')), name }),
    synonyms,
    cites: { appendix: listing.appendix, note: asSentences(notes) },
    euAnnex: annexFromAppendix(listing.appendix),
    names,
  };
  const parsed = TaxonSchema.safeParse(input);
  if (parsed.success) return { kind: 'taxon', taxon: parsed.data };
  return {
    kind: 'problems',
    problems: parsed.error.issues.map((issue) => ({
      row,
      column: columnOfIssue(issue.path, columns),
      message: `${issue.path.join('.')}: ${issue.message}`,
    })),
  };
}
