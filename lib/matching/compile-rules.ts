import {
  DOMESTICATED_FORMS,
  EXEMPT_GROUP_WORDS,
  EXEMPT_TAXA,
  PET_GROUP_WORDS,
  type ExemptTaxon,
} from '@/lib/dictionary/exemptions';
import { STOP_WORDS } from '@/lib/dictionary/languages';
import {
  AMBIGUOUS_TERMS,
  CARVED_OBJECTS,
  CLIP_CUES,
  IMITATION_OF,
  MADE_UP_PARTS,
  PEOPLE_CALLED,
  type CueText,
  DENIAL_CUES,
  FUR_GARMENTS,
  SENSE_CUES,
  UNBORROWED_CUES,
  WILDLIFE_CUES,
} from '@/lib/dictionary/senses';
import { ORGANISM_CUES } from '@/lib/dictionary/organism-cues';
import { CURRENCY_CUES, HANDICRAFT_CUES, TICKET_CUES, TRADE_CUES, VIEWING_CUES } from '@/lib/dictionary/viewing-cues';
import { TO_CYRILLIC, TO_GREEK, TO_LATIN } from '@/lib/matching/confusables-table';
import { mixedScriptFolder, type MixedScriptFold } from '@/lib/matching/confusables';
import { umlautsSpelledOut } from '@/lib/matching/umlauts-spelled-out';
import { cueWords, EVERY_LANG, langMask, LANGS_HEADER, langsOfMask, type CueWord } from '@/lib/matching/cue-words';
import { phraseKey } from '@/lib/matching/tokenize';
import type { ConfusablePairs, FoldedCueList, MatchRules, NotListedTaxon } from '@/lib/matching/types';

/** One letter after another: each letter of another script, then its look-alike. */
function pairsOf(table: Readonly<Record<string, string>>): string {
  return Object.entries(table)
    .map(([letter, lookAlike]) => letter + lookAlike)
    .join('');
}

/** The look-alike tables of confusables-table.ts in the compact form rules carry. */
export const CONFUSABLE_PAIRS: ConfusablePairs = {
  latin: pairsOf(TO_LATIN),
  cyrillic: pairsOf(TO_CYRILLIC),
  greek: pairsOf(TO_GREEK),
};

/** The fold off the page (compiler, importers, tests): the one a tab rebuilds from the rules it is given. */
export const standardMixedFold: MixedScriptFold = mixedScriptFolder(CONFUSABLE_PAIRS);

function written(word: CueWord): string {
  if (word.text === '' || /[\s*]/.test(word.text) || word.text.startsWith(LANGS_HEADER))
    throw new Error(`cannot store cue word "${word.text}"`);
  return word.stem ? `${word.text}*` : word.text;
}

/** A name's words folded in order, as one cue list ("psittacula krameri"). */
function foldedName(name: string, fold: MixedScriptFold): FoldedCueList {
  return cueWords(name, fold).map(written).join(' ');
}

function notListedTaxon({ scientificName, domesticFormOf, names }: ExemptTaxon, fold: MixedScriptFold): NotListedTaxon {
  return {
    scientificName,
    ...(domesticFormOf !== undefined && { domesticFormOf }),
    names: names.map((name) => foldedName(name, fold)),
  };
}

/** A cue entry as written and, with umlauts, as a keyboard without them writes it ("Büffel*", "Bueffel*"). */
function spellings(entry: string): string[] {
  if (entry === '') return [];
  const spelledOut = umlautsSpelledOut({ text: entry, lang: 'de' })?.text;
  return spelledOut ? [entry, spelledOut] : [entry];
}

/** Space-separated cue lists as authored ("Couleur* tusk"), folded into one list. */
function foldedCues(lists: readonly (string | undefined)[], fold: MixedScriptFold): FoldedCueList {
  const words = new Set<string>();
  for (const list of lists) {
    for (const entry of list?.split(/\s+/) ?? []) {
      for (const spelling of spellings(entry)) for (const word of cueWords(spelling, fold)) words.add(written(word));
    }
  }
  return [...words].join(' ');
}

/**
 * A cue text's lists ("en", "fr", …, and `any` for international words) folded into one list that keeps each word's
 * languages: the words of every language first, then each group of words under a header naming its languages
 * ("zoo @en tour @fr.nl entree"), so a word is written once however many languages share it.
 */
function foldedLangCues(cues: CueText, fold: MixedScriptFold): FoldedCueList {
  const langsOf = new Map<string, number>();
  for (const [lang, list] of Object.entries(cues)) {
    const mask = langMask(lang);
    for (const entry of list?.split(/\s+/) ?? [])
      for (const spelling of spellings(entry))
        for (const word of cueWords(spelling, fold))
          langsOf.set(written(word), (langsOf.get(written(word)) ?? 0) | mask);
  }
  const groups = new Map<number, string[]>();
  for (const [word, mask] of langsOf) groups.set(mask, [...(groups.get(mask) ?? []), word]);
  const everywhere = groups.get(EVERY_LANG) ?? [];
  groups.delete(EVERY_LANG);
  return [...everywhere, ...[...groups].flatMap(([mask, words]) => [LANGS_HEADER + langsOfMask(mask), ...words])].join(
    ' ',
  );
}

/**
 * The matching-time rules from lib/dictionary's senses, exemptions and languages and the confusables table,
 * folded once, in the background, with the fold the rules themselves carry. A new field of that data is
 * added here and to `MatchRules`.
 * @example const compiled = { ...content, rules: compileMatchRules() };
 */
export function compileMatchRules(): MatchRules {
  const fold = standardMixedFold;
  return {
    wildlifeCues: Object.fromEntries(
      Object.entries(WILDLIFE_CUES).map(([lang, cues]) => [lang, foldedCues([cues], fold)]),
    ),
    // A denial's words, a fur garment's, a seller's clip's and a viewing text's ride with the senses' cues under their
    // own names: the filter reads them the same way.
    senseCues: Object.fromEntries(
      Object.entries({
        ...SENSE_CUES,
        ...DENIAL_CUES,
        ...ORGANISM_CUES,
        furOf: FUR_GARMENTS.of,
        fur: FUR_GARMENTS.furs,
        furGarment: FUR_GARMENTS.garments,
        carvedObject: CARVED_OBJECTS.objects,
        clip: CLIP_CUES,
        imitationOf: IMITATION_OF,
        madeUpPart: MADE_UP_PARTS,
        peopleCalled: PEOPLE_CALLED,
        viewing: VIEWING_CUES,
        handicraft: HANDICRAFT_CUES,
        ticket: TICKET_CUES,
        currency: CURRENCY_CUES,
        trade: TRADE_CUES,
        unborrowed: UNBORROWED_CUES,
      }).map(([sense, cues]) => [sense, foldedLangCues(cues, fold)]),
    ),
    ambiguous: AMBIGUOUS_TERMS.map((ambiguous) => ({
      terms: ambiguous.terms.map((term) => phraseKey(term, fold)),
      competes: [...ambiguous.competes],
      rule: ambiguous.rule,
      wildlife: foldedLangCues(ambiguous.wildlife ?? {}, fold),
      ...(ambiguous.ownCuesOnly && { ownCuesOnly: true as const }),
      ...(ambiguous.carvedParts && { carvedParts: foldedLangCues(ambiguous.carvedParts, fold) }),
      ...(ambiguous.terms.some((term) => FUR_GARMENTS.animals.includes(term)) && { furred: true as const }),
      ...(ambiguous.terms.some((term) => CARVED_OBJECTS.terms.includes(term)) && { carved: true as const }),
    })),
    // Folded as the page's words are when they are compared ("für" → "fur").
    stopWords: Object.fromEntries(
      Object.entries(STOP_WORDS).map(([lang, words]) => [
        lang,
        words
          .split(' ')
          .map((word) => phraseKey(word, fold))
          .join(' '),
      ]),
    ),
    exemptGroupWords: foldedCues(EXEMPT_GROUP_WORDS, fold),
    petGroupWords: foldedCues(PET_GROUP_WORDS, fold),
    notListed: [
      ...EXEMPT_TAXA.map((taxon) => ({ ...notListedTaxon(taxon, fold), quietsGroup: true as const })),
      ...DOMESTICATED_FORMS.map((taxon) => notListedTaxon(taxon, fold)),
    ],
    confusables: CONFUSABLE_PAIRS,
  };
}
