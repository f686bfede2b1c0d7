import {
  type AppendixSchema,
  type EuAnnexSchema,
  type LangSchema,
  type MatchModeSchema,
  type TradeGroupSchema,
} from '@/lib/dictionary/schema';
import { CustomTermSchema, newCustomTermId, type CustomTerm } from '@/lib/dictionary/custom-terms-store';

/** The custom-term form's fields as typed; lists are one entry per line (names also by comma). */
export interface Draft {
  text: string;
  lang: (typeof LangSchema.options)[number];
  kind: 'taxon' | 'trade' | 'code';
  scientificName: string;
  appendix: 'I' | 'II' | 'III';
  euAnnex: (typeof EuAnnexSchema.options)[number];
  group: (typeof TradeGroupSchema.options)[number];
  taxa: string;
  match: (typeof MatchModeSchema.options)[number];
  exclude: string;
}

export const EMPTY_DRAFT: Draft = {
  text: '',
  lang: 'en',
  kind: 'taxon',
  scientificName: '',
  appendix: 'II',
  euAnnex: 'B',
  group: 'reptiles',
  taxa: '',
  match: 'word',
  exclude: '',
};

export const APPENDICES = ['I', 'II', 'III'] as const satisfies readonly (typeof AppendixSchema.options)[number][];

/** Trimmed and single-spaced, as dictionary terms must be. */
const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');
const lines = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map(tidy)
    .filter((line) => line !== '');

/**
 * The term a draft describes, or the fields that are wrong (by form field name).
 * @example termFromDraft({ ...EMPTY_DRAFT, text: 'Graupi', scientificName: 'Psittacus erithacus' }, new Date())
 */
export function termFromDraft(draft: Draft, now: Date): { term: CustomTerm } | { invalid: (keyof Draft)[] } {
  const target =
    draft.kind === 'taxon'
      ? {
          kind: 'taxon',
          scientificName: tidy(draft.scientificName),
          appendix: draft.appendix,
          euAnnex: draft.euAnnex,
          group: draft.group,
        }
      : { kind: draft.kind, taxa: lines(draft.taxa, /[\n,;]/) };
  const at = now.toISOString();
  const parsed = CustomTermSchema.safeParse({
    id: newCustomTermId(now),
    text: tidy(draft.text),
    lang: draft.lang,
    match: draft.match,
    exclude: lines(draft.exclude, /\n/),
    target,
    createdAt: at,
    updatedAt: at,
  });
  if (parsed.success) return { term: parsed.data };
  const invalid = parsed.error.issues.map(
    ({ path }) =>
      (path[0] === 'target' ? (draft.kind === 'taxon' ? 'scientificName' : 'taxa') : path[0]) as keyof Draft,
  );
  return { invalid: [...new Set(invalid)] };
}
