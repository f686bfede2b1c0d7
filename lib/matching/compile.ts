import { COMMON_NAME_LANGS, type Dictionary, type Lang, type Term } from '@/lib/dictionary/schema';
import { singleLine, taxonEntry, tradeEntry } from '@/lib/matching/entries';
import { fingerprintOf } from '@/lib/dictionary/fingerprint';
import { PatternTable, phraseRuleKey, type PhraseRule } from '@/lib/matching/pattern-table';
import { compileMatchRules } from '@/lib/matching/compile-rules';
import { mixedScriptFolder } from '@/lib/matching/confusables';
import { everydayTerms, type GatedTerm } from '@/lib/matching/term-gates';
import { phraseKey } from '@/lib/matching/tokenize';
import { germanDiminutive } from '@/lib/matching/german-diminutives';
import { genusAbbreviations } from '@/lib/matching/genus-abbreviations';
import { genusInitial, speciesOfListedGenus } from '@/lib/matching/genus-initials';
import { possessiveWithoutApostrophe } from '@/lib/matching/english-possessive';
import { compoundAdjectiveAsNoun } from '@/lib/matching/english-attributive';
import { germanPluralOfGenus, pluralsOfGenus, polishCasesOfGenus } from '@/lib/matching/latin-plurals';
import { polishAlternation } from '@/lib/matching/polish-alternation';
import { compoundHeads, splitCompound } from '@/lib/matching/split-compounds';
import { isMemberOf } from '@/lib/matching/group-members';
import { typoVariants } from '@/lib/matching/typo-variants';
import { wordOrderVariant } from '@/lib/matching/word-order';
import { umlautsSpelledOut } from '@/lib/matching/umlauts-spelled-out';
import { spellsOtherWord } from '@/lib/matching/term-gates';
import { AMBIGUOUS_TERMS, precedingExclusions, skinLookExclusions } from '@/lib/dictionary/senses';
import { PART_NOUN_WORDS } from '@/lib/dictionary/bundled/part-adjectives';
import {
  CANCELS_ALL_TERMS,
  COMPILED_FORMAT_VERSION,
  type CompiledDictionary,
  type EntryInfo,
  type TermInfo,
} from '@/lib/matching/types';

export type { CompiledDictionary, CompiledPattern } from '@/lib/matching/types';

const INFLECTING_LANGS: ReadonlySet<Lang> = new Set(COMMON_NAME_LANGS);
/** CITES's trade code of skins and leather. */
const SKINS = 'SKI';

/** Whether a folded trade term starts with an ambiguous word: "crocodile leather", or a compound ("pythonleer"). */
function namesProductOfAmbiguousWord(key: string, ambiguousByKey: ReadonlyMap<string, unknown>): boolean {
  if (ambiguousByKey.has(key)) return false;
  const [first] = key.split(' ');
  if (first !== key) return ambiguousByKey.has(first);
  for (const word of ambiguousByKey.keys()) if (key.length > word.length && key.startsWith(word)) return true;
  return false;
}

/** Whether a Russian or Polish name of two words names a part ("медвежий череп", "skóra tygrysia", "шкура тигра"). */
function namesPart(term: Term): boolean {
  const words = term.text.split(' ');
  return (term.lang === 'ru' || term.lang === 'pl') && words.length === 2 && words.some((w) => PART_NOUN_WORDS.has(w));
}

/** A term's effective rule: word mode by default; common names inflect, scientific names do not. */
function ruleOf(term: Term): PhraseRule {
  return {
    lang: term.lang,
    mode: term.match ?? 'word',
    inflect: term.inflect ?? INFLECTING_LANGS.has(term.lang),
  };
}

/**
 * Compiles a parsed dictionary into the compact, JSON-serialisable form the
 * matcher loads (see `createMatcher`). Entries are the taxa in order, then the
 * trade terms; each taxon contributes its scientific name, synonyms (Latin,
 * exact) and common names as terms. A term's own `exclude` phrases follow the
 * term's rule; global exclusions follow their own. The matching-time rules
 * (senses, exemptions, false friends, look-alike letters) go with it, so tabs
 * need not ship them.
 *
 * @example
 * const compiled = compileDictionary(DictionarySchema.parse(json));
 * await browser.storage.local.set({ dictionary: compiled });
 */
export function compileDictionary(dict: Dictionary): CompiledDictionary {
  const entries: EntryInfo[] = [];
  const terms: TermInfo[] = [];
  const rules = compileMatchRules();
  // Patterns fold with the table the rules carry to tabs, so both sides fold a word alike.
  const fold = mixedScriptFolder(rules.confusables);
  const table = new PatternTable(fold);
  const gated: GatedTerm[] = [];
  // Terms by their folded spelling, with the exclusions any of them lists: a false friend of a spelling is one
  // whichever list or language the name comes from ("L'Aquila" for the checklist's genus Aquila too).
  // Exclusions are kept by phrase and rule: a name that many taxa share lists the same ones many times.
  type Exclusions = Map<string, [string, PhraseRule]>;
  const bySpelling = new Map<string, { terms: number[]; exclusions: Exclusions }>();
  // And by entry: a false friend one spelling lists cancels the entry's other spellings that match inside a longer
  // word too ("Korallenrot" is listed by the German "Koralle", but the Dutch prefix "koraal" finds the word as well).
  // Only those: a name matched as a whole word cannot reach into another spelling's word, and cancel lists for every
  // term of every entry would cost the tab pack a fifth of its size.
  const byEntry = new Map<number, { terms: number[]; exclusions: Exclusions }>();
  const exclude = (exclusions: Exclusions, phrase: string, rule: PhraseRule): void => {
    const key = phraseRuleKey(phrase, rule);
    if (!exclusions.has(key)) exclusions.set(key, [phrase, rule]);
  };
  const ambiguousByKey = new Map(
    AMBIGUOUS_TERMS.flatMap((entry) => entry.terms.map((text) => [phraseKey(text, fold), entry])),
  );

  // Russian names and their word orders, spelled in Latin letters too once every other spelling is known (below).
  const russian: [Term, number][] = [];
  const addTerm = (term: Term, entry: number, genus?: string): void => {
    const index = terms.push({ text: singleLine(term.text), lang: term.lang, entry }) - 1;
    const rule = ruleOf(term);
    gated.push({
      text: term.text,
      lang: term.lang,
      inflect: rule.inflect,
      taxon: entries[entry]!.kind === 'taxon',
      genus,
    });
    table.addTerm(term.text, rule, index);
    if (term.lang === 'ru') russian.push([term, index]);
    const key = phraseKey(term.text, fold);
    // Typed without umlauts ("Baerengalle"): the same term, so its texts stay one per name; a name with sense rules
    // keeps its one spelling.
    const spelledOut = umlautsSpelledOut(term);
    if (spelledOut && !ambiguousByKey.has(key)) table.addTerm(spelledOut.text, rule, index);
    const spelling = bySpelling.get(key) ?? { terms: [], exclusions: new Map<string, [string, PhraseRule]>() };
    bySpelling.set(key, spelling);
    spelling.terms.push(index);
    const ofEntry = byEntry.get(entry) ?? { terms: [], exclusions: new Map<string, [string, PhraseRule]>() };
    byEntry.set(entry, ofEntry);
    if (rule.mode !== 'word') ofEntry.terms.push(index);
    for (const phrase of term.exclude ?? []) {
      exclude(spelling.exclusions, phrase, rule);
      exclude(ofEntry.exclusions, phrase, rule);
    }
    // "под тигровую шкуру" ("tiger-skin style") is a print's or a fake's.
    if (term.lang === 'ru' && namesPart(term)) exclude(spelling.exclusions, `под ${term.text}`, rule);
    const ambiguous = term.lang === 'la' ? undefined : ambiguousByKey.get(key);
    if (ambiguous && term.lang !== 'la') {
      for (const phrase of precedingExclusions(ambiguous, term.lang, term.text))
        exclude(spelling.exclusions, phrase, rule);
    }
  };

  // A slip in a long name (typo-variants.ts); not in a name with an everyday sense: its sense rules know one spelling.
  const addWithSlips = (term: Term, entry: number): void => {
    addTerm(term, entry);
    if (ambiguousByKey.has(phraseKey(term.text, fold))) return;
    for (const variant of typoVariants(term)) addTerm(variant, entry);
  };

  const heads = compoundHeads([
    ...dict.taxa.flatMap((taxon) => taxon.names),
    ...dict.tradeTerms.flatMap((trade) => trade.terms),
  ]);
  // A compound split before a head with an everyday sense is matched as written, never declined: "Schwarzbär" split
  // and declined would be every inn "Zum Schwarzen Bären".
  const splitOf = (name: Term): Term | undefined => {
    const split = splitCompound(name, heads);
    if (!split) return undefined;
    const head = split.text.slice(split.text.indexOf(' ') + 1);
    return ambiguousByKey.has(phraseKey(head, fold)) ? { ...split, inflect: false } : split;
  };
  // Each taxon's entry number, for the groups' cancels below (entries also hold trade terms).
  const taxonEntries = new Map<Dictionary['taxa'][number], number>();
  for (const taxon of dict.taxa) {
    const entry = entries.push(taxonEntry(taxon)) - 1;
    taxonEntries.set(taxon, entry);
    for (const text of [taxon.scientificName, ...taxon.synonyms]) {
      const latin: Term = { text, lang: 'la' };
      addWithSlips(latin, entry);
      const declined = [germanPluralOfGenus(latin), ...pluralsOfGenus(latin), ...polishCasesOfGenus(latin)];
      for (const form of declined) if (form) addTerm(form, entry, text);
      for (const form of genusAbbreviations(latin)) addTerm(form, entry);
      const initial = text === taxon.scientificName ? genusInitial(latin, taxon.higher) : undefined;
      if (initial) addTerm(initial, entry);
    }
    for (const species of speciesOfListedGenus(taxon)) {
      addTerm(species, entry);
      for (const form of genusAbbreviations(species)) addTerm(form, entry);
    }
    for (const name of taxon.names) {
      addWithSlips(name, entry);
      // An ambiguous name keeps its one order and its one spelling: its sense rules are written for that spelling.
      // Its Polish cases in "ę" ("jastrząb" → "jastrzębia") are the same word: they join its sense rules.
      const ambiguous = ambiguousByKey.get(phraseKey(name.text, fold));
      if (ambiguous) {
        const alternated = polishAlternation(name);
        if (alternated) {
          const key = phraseKey(alternated.text, fold);
          ambiguousByKey.set(key, ambiguous);
          rules.ambiguous[AMBIGUOUS_TERMS.indexOf(ambiguous)]!.terms.push(key);
          addTerm(alternated, entry);
        }
        continue;
      }
      const variants = [
        wordOrderVariant(name),
        splitOf(name),
        germanDiminutive(name),
        polishAlternation(name),
        possessiveWithoutApostrophe(name),
        compoundAdjectiveAsNoun(name),
      ];
      for (const variant of variants)
        if (variant) addTerm(typeof variant === 'string' ? { ...name, text: variant } : variant, entry);
    }
  }
  // A group's name matched inside a word ("-papagei", "-sittich") yields to a member's own name over that word
  // ("Graupapagei" names the grey parrot, not the parrot order too): the member's name cancels the group's term. A
  // group's whole-word name inside a member's longer name ("parrot" in "grey parrot") loses to it leftmost-longest.
  for (const [group, groupEntry] of taxonEntries) {
    const partTerms = byEntry.get(groupEntry)?.terms ?? [];
    if (partTerms.length === 0) continue;
    for (const member of dict.taxa) {
      if (!isMemberOf(member, group)) continue;
      for (const name of member.names) {
        const nameKey = phraseKey(name.text, fold);
        for (const index of partTerms) {
          const term = terms[index]!;
          if (term.lang === name.lang && nameKey.includes(phraseKey(term.text, fold)))
            table.addExclusion(name.text, ruleOf(name), index);
        }
      }
    }
  }
  const taxaById = new Map(dict.taxa.map((taxon) => [taxon.id, taxon]));
  const imitable: string[] = [];
  // A part is a print's or a fake's as readily ("тигровая шкура" on a rug, "skóra krokodylowa" embossed); a name
  // with sense rules of its own keeps them.
  const namesPlainPart = (term: Term) => namesPart(term) && !ambiguousByKey.has(phraseKey(term.text, fold));
  for (const taxon of dict.taxa) for (const name of taxon.names) if (namesPlainPart(name)) imitable.push(name.text);
  for (const tradeTerm of dict.tradeTerms) {
    const entry = entries.push(tradeEntry(tradeTerm, taxaById)) - 1;
    for (const term of tradeTerm.terms) {
      // A print or an embossing in a skin's look ("estampado de piel de cocodrilo") is no skin.
      const looks = tradeTerm.tradeCode === SKINS && term.lang !== 'la' ? skinLookExclusions(term.lang, term.text) : [];
      addWithSlips(looks.length > 0 ? { ...term, exclude: [...(term.exclude ?? []), ...looks] } : term, entry);
      // Price lists put the noun first for products too ("желчь медвежья").
      const reordered = wordOrderVariant(term);
      if (reordered && !ambiguousByKey.has(phraseKey(term.text, fold))) addTerm({ ...term, text: reordered }, entry);
      if (namesProductOfAmbiguousWord(phraseKey(term.text, fold), ambiguousByKey) || namesPlainPart(term))
        imitable.push(term.text);
    }
  }
  // "Imitation crocodile leather", "fake python skin", "Krokodilleder-Imitat": a product of a word with an
  // everyday sense can be imitated like the word itself, so the imitation cues veto it too; and so can a toy's or a
  // costume's ("plush tiger skin rug for the nursery", "tiger skin costume"); and a pastry's ("медвежьи лапки").
  if (imitable.length > 0) {
    rules.ambiguous.push({
      terms: [...new Set(imitable.map((text) => phraseKey(text, fold)))],
      competes: ['imitation', 'toy', 'pastry'],
      rule: 'veto',
      wildlife: '',
    });
  }
  // Russian posted in Latin letters ("popugai zhako", "slonovaya kost'"): not a name with an everyday sense, nor one
  // whose Latin spelling is an everyday word or another name ("пума" is "puma", "леопард" the English "leopard").
  for (const [term, index] of russian) {
    const key = phraseKey(term.text, fold);
    if (ambiguousByKey.has(key) || spellsOtherWord(key, (latin) => bySpelling.has(latin))) continue;
    table.addLatinSpellings(term.text, ruleOf(term), index);
  }
  for (const { terms: spelled, exclusions } of [...bySpelling.values(), ...byEntry.values()]) {
    for (const [phrase, rule] of exclusions.values())
      for (const index of spelled) table.addExclusion(phrase, rule, index);
  }
  for (const exclusion of dict.globalExclusions) {
    table.addExclusion(exclusion.text, ruleOf(exclusion), CANCELS_ALL_TERMS);
  }

  const content: Omit<CompiledDictionary, 'fingerprint'> = {
    formatVersion: COMPILED_FORMAT_VERSION,
    source: dict.source,
    listingsAsOf: dict.listingsAsOf,
    entries,
    terms,
    paradigms: table.paradigms,
    patterns: table.patterns,
    rules,
    everyday: everydayTerms(gated),
  };
  return { ...content, fingerprint: fingerprintOf(JSON.stringify(content)) };
}
