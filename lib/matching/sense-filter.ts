import type { MixedScriptFold } from '@/lib/matching/confusables';
import {
  anyCue,
  CueSet,
  fitsLang,
  foldedCueWords,
  langMask,
  lazyCueSet,
  wordFits,
  type CueLookup,
  type CueWord,
} from '@/lib/matching/cue-words';
import { acceptsMarks, writtenWithMarks } from '@/lib/matching/diacritics';
import { isDrugSource } from '@/lib/matching/drug-source';
import { namesOtherOrganism, type KindCues } from '@/lib/matching/namesake-genus';
import { isProductName } from '@/lib/matching/product-genus';
import { EverydayGate } from '@/lib/matching/everyday-gate';
import { GIVEN_NAMES } from '@/lib/matching/given-names';
import { opensInciName } from '@/lib/matching/inci-names';
import { isMenuItem } from '@/lib/matching/menu-item';
import { glossedByUnlistedBinomial } from '@/lib/matching/unlisted-binomial';
import {
  isMaterialHead,
  isYoungCompound,
  isYoungHead,
  YOUNG_ADJECTIVES,
  YOUNG_NAMES,
  YOUNG_WORDS,
} from '@/lib/matching/young-heads';
import {
  stopWordIndex,
  TextLanguage,
  declaredLanguageOf,
  type DeclaredLanguage,
  type StopWordIndex,
  type TextLang,
} from '@/lib/matching/text-language';
import { isReleaseName } from '@/lib/matching/release-name';
import { isWebName } from '@/lib/matching/web-name';
import { isLineUpName, isTeamBesideScore } from '@/lib/matching/score-line';
import { phraseKey, type Tokens } from '@/lib/matching/tokenize';
import { isDigits, numberReads } from '@/lib/matching/number-reads';
import { isViewingText, viewingCuesOf, type ViewingCues } from '@/lib/matching/viewing-text';
import type { EntryInfo, EverydayTerm, Match, MatchRules, TermInfo } from '@/lib/matching/types';

/** Words on each side of a match that may hold a cue: about a sentence, never the whole page. */
const CUE_WINDOW = 10;
/** The senses of a thing made to look like the animal or its parts: a wildlife cue bound to theirs is made up too. */
const MADE_UP = new Set(['imitation', 'toy']);
/** Capitalised words a person's or a place's name may have ("Jean Pierre Isard"); more is a heading in title case. */
const NAME_RUN_MAX = 3;
/** The language whose cues count in text of any other when written in small letters: its words are borrowed. */
const BORROWED_CUES: TextLang = 'en';
/** Words a page's head may have: a category line or a title before a colon, which names what the whole page sells. */
const HEAD_WORDS_MAX = 12;
const TITLE_WORDS_MAX = 10;
/** Words on each side of a parrot word searched for an exempt species name. */
const EXEMPT_WINDOW = 40;

interface SenseRule {
  rule: 'support' | 'veto';
  wildlife: CueLookup;
  /** The word's own wildlife cues, which count in text of their language or English (bySense's `counts`). */
  own?: CueLookup;
  competing: CueLookup;
  /** The competing cues of a made-up thing (imitation, toy): a wildlife cue beside one names the fake or the toy. */
  madeUp: CueLookup;
  /** The word after a made-up thing's cue that makes the next word its object ("estampado de serpiente"). */
  madeUpOf: CueLookup;
  /** The parts a fake is made as ("skull", "tusk"): no wildlife cue beside a made-up thing's cue (nearestCuesOf). */
  madeUpPart: CueLookup;
  /**
   * The cues a young animal is never in: a vehicle's, when the word names one too ("Tiger" the tank), and a seller's
   * clip's, when it names a show too (the live trade films the cub it sells: "video of the lion cub on request").
   */
  notOfYoung?: CueLookup;
  /** The garment and fur words and the material's prepositions of an animal whose fur is worn ("Mantel aus Ozelot"). */
  garment?: GarmentCues;
  /** The word is also a surname or a given name ("Nicola Sturgeon"): a name written beside it says so. */
  person?: true;
  /** The word also names a plant ("Elefantenfuß", the ponytail palm): a listed plant beside it never vouches for it. */
  plantToo?: true;
  /** The word is a figure of comparison too ("голодный как волк"): a bare comparison word before it says so. */
  simile?: true;
  /** Its figures are carved from its own parts: the words of those parts, and of other materials (figureOfOther). */
  carved?: { parts: CueLookup; other: CueLookup };
}

/**
 * What a term is to the filter: an ambiguous word, a group word of exempt species (which may have everyday senses
 * as well: "perroquet" the drink), or none.
 */
type TermRole = { kind: 'ambiguous'; sense: SenseRule } | { kind: 'group'; sense?: SenseRule } | { kind: 'plain' };
const PLAIN: TermRole = { kind: 'plain' };
/** Longer than any inflected ending: a match this much longer than its term is a compound. */
const MAX_ENDING = 4;
/** The linking elements of German and Dutch compounds between the two nouns ("Korallen|optik", "Tigers|auge"). */
const LINKING_ELEMENT = /^(?:en|es|n|s|e)/;
/** The longest plural ending a list adds to a name ("-s", "-es", "-en"). */
const PLURAL_ENDING = 2;

interface SenseData {
  byTerm: Map<string, SenseRule>;
  /** The rule for a name spelled like an everyday word: the general wildlife cues must support it. */
  everyday: SenseRule;
  stopWords: StopWordIndex;
  /** The general wildlife cues of every language. */
  wildlife: CueLookup;
  /** The general wildlife cues of one language: a cue of another ("vera", "real") is a name or a word there. */
  wildlifeIn: (lang: string) => CueLookup;
  groupWords: CueLookup;
  exemptNames: CueWord[][];
  /** English cue words that are another word in some language: no borrowed cue in its text (competesIn). */
  unborrowed: CueLookup;
}

/**
 * The cue data of the dictionary's rules (compile-rules.ts), made on the first match that needs it; each cue list is
 * read into its set when a word is first asked of it (lazyCueSet). Each list becomes one set, which the rules that
 * share it ask in turn: copying the shared lists into every rule's own set cost each frame tens of ms (issue 14).
 */
function senseDataOf(rules: MatchRules): SenseData {
  const senseSets = new Map<string, CueLookup>();
  const senseSet = (sense: string) => {
    let set = senseSets.get(sense);
    if (!set) senseSets.set(sense, (set = lazyCueSet(rules.senseCues[sense] ?? '')));
    return set;
  };
  const wildlife = lazyCueSet(Object.values(rules.wildlifeCues).join(' '));
  const byLang = new Map<string, CueLookup>();
  const wildlifeIn = (lang: string) => {
    let set = byLang.get(lang);
    if (!set) byLang.set(lang, (set = lazyCueSet(rules.wildlifeCues[lang] ?? '')));
    return set;
  };
  const byTerm = new Map<string, SenseRule>();
  for (const ambiguous of rules.ambiguous) {
    const own = lazyCueSet(ambiguous.wildlife);
    const notOfYoung = [
      ...(ambiguous.competes.includes('vehicle') ? [senseSet('vehicle')] : []),
      ...(ambiguous.competes.includes('media') ? [senseSet('clip')] : []),
    ];
    const sense: SenseRule = {
      rule: ambiguous.rule,
      wildlife: ambiguous.ownCuesOnly ? own : anyCue([own, wildlife]),
      own,
      competing: anyCue(ambiguous.competes.map(senseSet)),
      madeUp: anyCue(ambiguous.competes.filter((sense) => MADE_UP.has(sense)).map(senseSet)),
      madeUpOf: senseSet('imitationOf'),
      madeUpPart: senseSet('madeUpPart'),
      ...(notOfYoung.length > 0 && { notOfYoung: anyCue(notOfYoung) }),
      ...(ambiguous.furred && {
        garment: {
          fashion: senseSet('fashion'),
          furs: senseSet('fur'),
          garments: senseSet('furGarment'),
          of: senseSet('furOf'),
        },
      }),
      // A thing carved from the material before its preposition, as a garment before a fur's ("pulsera de marfil");
      // a garment's words are no such thing, and the fashion cues still compete ("vestido de marfil" is a colour).
      ...(ambiguous.carved && {
        garment: {
          fashion: new CueSet(),
          furs: new CueSet(),
          garments: senseSet('carvedObject'),
          of: senseSet('furOf'),
        },
      }),
      ...(ambiguous.competes.includes('person') && { person: true as const }),
      ...(ambiguous.competes.includes('plant') && { plantToo: true as const }),
      ...(ambiguous.competes.includes('simile') && { simile: true as const }),
      ...(ambiguous.carvedParts && {
        carved: { parts: lazyCueSet(ambiguous.carvedParts), other: senseSet('material') },
      }),
    };
    for (const term of ambiguous.terms) byTerm.set(term, sense);
  }
  return {
    byTerm,
    // A name gated as an everyday word or a person's needs a wildlife cue nearer than any word of a family notice.
    everyday: {
      rule: 'support',
      wildlife,
      competing: senseSet('notice'),
      madeUp: new CueSet(),
      madeUpOf: new CueSet(),
      madeUpPart: new CueSet(),
    },
    stopWords: stopWordIndex(rules.stopWords),
    wildlife,
    wildlifeIn,
    groupWords: new CueSet().addFolded(rules.exemptGroupWords),
    unborrowed: senseSet('unborrowed'),
    // A pet group word ("periquito") is its own exempt name: quiet unless a listed species is named too.
    exemptNames: [
      ...foldedCueWords(rules.petGroupWords).map((word) => [word]),
      ...rules.notListed.flatMap((taxon) => (taxon.quietsGroup ? taxon.names.map(foldedCueWords) : [])),
    ],
  };
}

/** Each dictionary's cue data, made once for its rules: a tab makes it ahead (prepareSenseData), a filter reads it. */
const senseDataByRules = new WeakMap<MatchRules, SenseData>();

function senseDataFor(rules: MatchRules): SenseData {
  let data = senseDataByRules.get(rules);
  if (!data) senseDataByRules.set(rules, (data = senseDataOf(rules)));
  return data;
}

/**
 * Makes the cue data of a dictionary's rules, and then reads the wildlife cues of every language (the set every
 * ambiguous name asks) into their set, each in a task of its own (`pause` between): a tab calls it when its second
 * stage arrives, since the first block with an ambiguous name made both cold in its step, 14–15 ms of CPU and 32 ms
 * of clock in a slice meant for 8 (issue 14). The filter then finds them made.
 * @example await prepareSenseData(lists.rules, yieldToEventLoop); new SenseFilter(terms, entries, lists.rules, fold)
 */
export async function prepareSenseData(rules: MatchRules, pause: () => Promise<void>): Promise<void> {
  await pause();
  const { wildlife } = senseDataFor(rules);
  await pause();
  wildlife.has('');
}

/**
 * Drops matches whose surrounding words point away from wildlife: an ambiguous word ("ivory", "Jaguar",
 * "Python") whose nearest cue belongs to an everyday sense, or that lacks the support its rule needs; and
 * the parrot group words of a text that names only species the Appendices exempt (budgerigar, cockatiel,
 * rosy-faced lovebird, ring-necked parakeet). Looks at a few words around each such match only.
 */
/** Characters a scientific name read one edit away must span (walk.ts): short names differ by one letter. */
const EDITED_LATIN_MIN = 8;

export class SenseFilter {
  private readonly roles = new Map<number, TermRole>();
  private data: SenseData | undefined;
  private denial: DenialCues | undefined;
  private viewing: ViewingCues | undefined;
  private sport: CueLookup | undefined;
  private people: CueLookup | undefined;
  private food: CueLookup | undefined;
  private plantTrade: CueLookup | undefined;
  private product: { trade: CueLookup; wildlife: CueLookup } | undefined;
  private kinds: { plant: KindCues; coral: KindCues } | undefined;
  /** The genera the dictionary lists only through some species (opensUnlistedBinomial). */
  private genera: Set<string> | undefined;
  private readonly gate: EverydayGate;

  /**
   * `rules` and `foldMixed`: the compiled dictionary's rules and the fold its patterns were made with;
   * `everyday`: its names spelled like everyday words.
   */
  constructor(
    private readonly terms: readonly TermInfo[],
    private readonly entries: readonly EntryInfo[],
    private readonly rules: MatchRules,
    private readonly foldMixed: MixedScriptFold,
    everyday: readonly EverydayTerm[] = [],
  ) {
    this.gate = new EverydayGate(terms, everyday);
  }

  /** Most pages never need the cue data: it is read on the first match that does, unless a tab made it ahead. */
  private get senseData(): SenseData {
    return (this.data ??= senseDataFor(this.rules));
  }

  /** The wildlife cues and the garden's, the nursery's and the plant's words: a plant sold, not a drug's source. */
  private plantTradeCues(): CueLookup {
    return (this.plantTrade ??= anyCue([
      this.senseData.wildlife,
      ...['garden', 'nursery', 'plant'].map((sense) => lazyCueSet(this.rules.senseCues[sense] ?? '')),
    ]));
  }

  /** `declared`: the languages the page declares for the text, which the everyday-word gate weighs. */
  apply(found: Match[], tokens: Tokens, declared?: DeclaredLanguage): Match[] {
    const kept = this.withoutDenied(found, this.bySense(found, tokens, declared), tokens);
    if (kept.length === 0) return kept;
    // A viewing or trade word counts in the language around it only: the English "tour" is no tour in French text.
    let language: TextLanguage | undefined;
    const langAt = (word: number) =>
      (language ??= new TextLanguage(tokens, this.senseData.stopWords, declared)).at(word, word);
    return isViewingText((this.viewing ??= viewingCuesOf(this.rules)), tokens, langAt) ? [] : kept;
  }

  /**
   * Drops every match of an entry the text denies: a negation right before one of its matches, only function words
   * between, and another material named within a cue window ("it passes for ivory, but it is not ivory, just bone";
   * "похоже на слоновую кость, но это не слоновая кость").
   */
  private withoutDenied(found: readonly Match[], matches: Match[], tokens: Tokens): Match[] {
    if (matches.length === 0) return matches;
    const denial = (this.denial ??= {
      negation: lazyCueSet(this.rules.senseCues.negation ?? ''),
      genuine: lazyCueSet(this.rules.senseCues.genuine ?? ''),
      material: lazyCueSet(this.rules.senseCues.material ?? ''),
    });
    const denied = new Set<number>();
    // A denied match the senses dropped already still denies its entry's other matches.
    for (const match of found)
      if (isDenied(denial, tokens, wordSpan(tokens, match)))
        for (const term of match.terms) denied.add(this.terms[term].entry);
    if (denied.size === 0) return matches;
    return matches.filter((match) => !match.terms.some((term) => denied.has(this.terms[term].entry)));
  }

  private bySense(found: Match[], tokens: Tokens, declared?: DeclaredLanguage): Match[] {
    if (found.length === 0) return found;
    // Each match keeps the terms whose letters the page's accents allow (diacritics.ts): "chat tigré" is not
    // "chat-tigre"; a match left with none goes. A match that keeps all its terms is kept as it is, not copied.
    const compounds: Match[] = [];
    const listedAt = (word: number) =>
      found.some((match) => match.start < tokens.end(word) && tokens.start(word) < match.end);
    for (const match of found) {
      const page = tokens.source(match.start, match.end);
      const terms = match.terms.filter((term) => acceptsMarks(page, this.terms[term].text, this.terms[term].lang));
      if (terms.length === 0 || this.isOtherSenseCompound(match, tokens) || isJoinedByDe(tokens, match)) continue;
      if (this.opensUnlistedBinomial(match, tokens) || this.opensInciName(match, tokens)) continue;
      if (isTitleBeforeName(tokens, wordSpan(tokens, match))) continue;
      // A team named after the animal, beside its result ("Grizzlys Wolfsburg gewinnen 4:2"), whatever the animal.
      const sport = (this.sport ??= lazyCueSet(this.rules.senseCues.sport ?? ''));
      if (isTeamBesideScore(tokens, wordSpan(tokens, match), sport)) continue;
      // A player's surname in a line-up or a results list ("Alineación: Lobo en la portería, Cordero, Garza y Pardo").
      if (isLineUpName(tokens, wordSpan(tokens, match), sport)) continue;
      // A release's codename after its version number ("Ubuntu 11.04 Natty Narwhal", "Mac OS X 10.2 Jaguar").
      if (isReleaseName(tokens, wordSpan(tokens, match))) continue;
      // A dish or a drink on a menu, glossed with its ingredients ("Caracara (rum, lime)").
      const food = (this.food ??= lazyCueSet(this.rules.senseCues.food ?? ''));
      if (isMenuItem(tokens, wordSpan(tokens, match), food)) continue;
      // A genus named as the source of an alkaloid named after it ("galantamine, isolated from Galanthus").
      const scientific = match.terms.some((term) => this.terms[term].lang === 'la');
      if (scientific && isDrugSource(tokens, wordSpan(tokens, match), () => this.plantTradeCues())) continue;
      // A name glued to a domain or inside an @handle ("Otter.ai", "@otter_ai"): a firm's, a site's, an account's.
      if (isWebName(tokens, wordSpan(tokens, match))) continue;
      // A plant's or a coral's genus that names another organism here ("Sarcophyton leather coral frag").
      if (scientific && this.namesOtherOrganism(match, tokens)) continue;
      // A genus alone that names a product beside words of its trade ("Milvus 2.4 adds GPU indexing").
      if (scientific && this.namesProduct(match, tokens, declared)) continue;
      // A common name glossed by an unlisted binomial is that organism's ("palo santo (Bursera graveolens)").
      if (
        !scientific &&
        glossedByUnlistedBinomial(tokens, wordSpan(tokens, match), listedAt, (genus) =>
          this.namesSpeciesBeside(match, genus),
        )
      )
        continue;
      compounds.push(terms.length === match.terms.length ? match : { ...match, terms });
    }
    const { matches, needContext } = this.gateEveryday(compounds, tokens, declared);
    const spans = matches.map((match) => wordSpan(tokens, match));
    let language: TextLanguage | undefined;
    const textLang = (i: number) =>
      (language ??= new TextLanguage(tokens, this.senseData.stopWords, declared)).at(...spans[i]);
    // A name written as part of a person's or a place's name ("Pedro Yak", "Mme Isard", "at Sili and Patas") is the
    // animal only where wildlife words say so, and those words are never the name's own ("Vera Marl").
    // A word of a match the gate leaves alone, or of a name of several words ("Orchidée Dracula vampira").
    const plainAt = (word: number) =>
      spans.some(([first, last], j) => (!needContext[j] || first < last) && first <= word && word <= last);
    const longAt = (word: number) => spans.some(([first, last]) => first < last && first <= word && word <= last);
    const nameRuns = matches.map((match, i) =>
      this.nameRunOf(match, needContext[i], tokens, spans[i], () => textLang(i), plainAt, longAt),
    );
    const roles = matches.map((match, i) =>
      this.roleOf(match, needContext[i] || nameRuns[i] !== undefined, this.isMaterialCompound(match, tokens)),
    );
    if (roles.every((role) => role.kind === 'plain')) return matches;
    const data = this.senseData;
    const cueSpans = spans.map((span, i) => nameRuns[i] ?? span);
    const pageHead = pageHeadOf(tokens);
    const names = roles.some((role) => role.kind === 'plain');
    // A plain name nearby supports an ambiguous word, and so does an ambiguous word that keeps its wildlife sense by
    // the words around it alone ("a rosewood and ivory clock"), never one that leans on another match in turn.
    const alone = matches.map(() => false);
    // A proper name needs support even where the word's own rule only vetoes.
    const senses = roles.map((role, i) => {
      const sense = role.kind === 'plain' ? undefined : role.sense;
      return sense?.rule === 'veto' && this.isProperName(matches[i], tokens, spans[i], textLang(i))
        ? { ...sense, rule: 'support' as const }
        : sense;
    });
    // A general wildlife cue counts in text of its own language or the match's, or English (borrowed everywhere:
    // "okimono", "morph") unless written as a name in mid-sentence: another language's cue is a name or an everyday
    // word there (Italian "vera" beside "Marl", Spanish "ganan Real y Pino").
    const counts = (i: number) => (word: number, folded: string) => {
      const lang = textLang(i);
      // A cue word written as a name ("di Vera e Loris") is no cue for a name in doubt; German capitalises nouns.
      const besideName = (other: number) =>
        capitalisedAt(tokens, other) && tokens.sep(Math.min(word, other)) === ' ' && !spans[i].includes(other);
      const asName =
        lang !== 'de' &&
        capitalisedAt(tokens, word) &&
        word > 0 &&
        (LOWER_CASE.test(writtenAt(tokens, word - 1)) || besideName(word - 1) || besideName(word + 1));
      // The given name after a surname in capitals ("MERLIN Jade") is no cue either.
      const givenAfterCapitals = lang !== 'de' && word > 0 && isSurnameInCapitals(tokens, word - 1);
      if (doubted[i] && givenAfterCapitals) return false;
      // After a colon or a comma too, for a name in doubt: a line-up's or a list's first item ("Formazione: Lupo").
      const listed =
        lang !== undefined &&
        lang !== 'de' &&
        word > 0 &&
        capitalisedAt(tokens, word) &&
        /^[:,;]$/.test(tokens.sep(word - 1));
      if (doubted[i] && (asName || listed)) return false;
      if (lang === undefined || data.wildlifeIn(lang).has(folded)) return true;
      // The word's own cues count the same way: Dutch "jacht" (hunt) is a Polish yacht.
      const own = senses[i]?.own?.langsOf(folded) ?? 0;
      if (fitsLang(own, lang) || fitsLang(own, BORROWED_CUES)) return true;
      const termLangs = matches[i].terms.map((term) => this.terms[term].lang);
      if (termLangs.some((termLang) => termLang !== 'la' && fitsLang(own, termLang))) return true;
      if (termLangs.some((termLang) => data.wildlifeIn(termLang).has(folded))) return true;
      return !asName && data.wildlifeIn(BORROWED_CUES).has(folded);
    };
    // Names in doubt: a year ("né en 1832") dates a genealogy as often as an antique.
    const doubted = matches.map((_, i) => needContext[i] || nameRuns[i] !== undefined);
    // The words around a match are weighed once: each rule and each set of vouching matches only reads the result.
    const nearestCues = new Map<number, NearestCues | null>();
    const unborrowed = data.unborrowed;
    const declaredLang = declaredLanguageOf(data.stopWords, declared);
    const nearestOf = (i: number, lang = textLang(i)) =>
      nearestCuesOf({
        sense: senses[i]!,
        stopWords: data.stopWords,
        tokens,
        cueSpan: cueSpans[i],
        ownSpan: spans[i],
        pageHead,
        counts: counts(i),
        competes: (folded) => competesIn({ competing: senses[i]!.competing, unborrowed }, folded, lang, declaredLang),
        doubted: doubted[i],
      });
    let plants: boolean[] | undefined;
    const withoutPlants = (supporting: readonly boolean[]) => {
      plants ??= matches.map((match) => this.namesPlantsOnly(match));
      return supporting.map((vouches, j) => vouches && !plants![j]);
    };
    const fits = (i: number, supporting: readonly boolean[], rule = senses[i]!.rule) => {
      let nearest = nearestCues.get(i);
      if (nearest === undefined) nearestCues.set(i, (nearest = nearestOf(i)));
      const vouching = senses[i]!.plantToo ? withoutPlants(supporting) : supporting;
      return fitsSense(nearest, rule, cueSpans[i], spans, vouching);
    };
    const named = roles.map((role, i) => role.kind === 'plain' || (role.kind === 'ambiguous' && fits(i, alone)));
    // A name the everyday gate or a name's place put in doubt never vouches for another: two surnames make no zoo.
    const supports = named.map((fitsAlone, i) => fitsAlone && !doubted[i]);
    // A word with no cue of either sense near is kept by its rule alone (or by a neighbour): it vouches only for a word
    // no other sense claims ("Gyr x peregrine hybrid falcon"), never against a cue ("a Lego box with an elephant").
    const fitsAsVeto = (i: number) => fits(i, alone, 'veto');
    const uncued = roles.map((role, i) => role.kind === 'ambiguous' && fitsAsVeto(i) && !fits(i, alone, 'support'));
    const supportsAgainstCue = supports.map((vouches, i) => vouches && !uncued[i]);
    const contested = (i: number) => !fitsAsVeto(i);
    const kept = matches.map((match, i) => {
      const role = roles[i];
      const sense = senses[i];
      if (role.kind === 'plain') return true;
      if (sense?.person && this.isPersonName(match, sense, tokens, spans, i)) return false;
      if (sense?.simile && this.isBareSimile(match, sense, tokens, spans[i])) return false;
      if (sense?.simile && this.isFigureOfPerson(match, sense, tokens, spans[i])) return false;
      // A figure of another material; not a compound, which names a part ("olifantentanden" are its tusks).
      const compound = match.end - match.start > this.terms[match.terms[0]].text.length + MAX_ENDING;
      if (sense?.carved && !compound && isFigureOfOther(sense.carved, tokens, ...spans[i])) return false;
      const exemptOnly = role.kind === 'group' && !names && exemptNameNear(data, tokens, spans[i]);
      if (exemptOnly || sense === undefined) return !exemptOnly;
      return named[i] || fits(i, contested(i) ? supportsAgainstCue : supports);
    });
    shareLostSense(kept, uncued, roles, spans);
    return matches.filter((_, i) => kept[i]);
  }

  /**
   * The words of a person's or a place's name a single capitalised match is written in, if it is: after a title
   * ("Mme Isard", "Dr. Caret"); or, for a name the everyday gate doubts or one of another language than the text's,
   * in a run of two or three capitalised words ("Pedro Yak", "Loris Lingo") or alone in mid-sentence ("at Sili and
   * Patas"); or, for any other, in such a run in mid-sentence ("by Vera Marl"). A capitalised word of the run is no
   * function word, no wildlife cue and no match the gate leaves alone ("Sulcata Tortoise"). German writes every noun
   * with a capital: there only a title says so.
   */
  private nameRunOf(
    match: Match,
    gated: boolean,
    tokens: Tokens,
    [first, last]: WordSpan,
    textLang: () => TextLang | undefined,
    plainAt: (word: number) => boolean,
    longAt: (word: number) => boolean,
  ): WordSpan | undefined {
    // A title, a brand, a club, a train or a boat in quotation marks ("«Сапсан»", "пиво «Три медведя»", "jacht
    // „Nautilus”", "die Yacht »Arethusa«"); a German term only outside German, where sellers quote the nouns they
    // sell ("„Elfenbein“-Optik"), and not where the text's language is unknown.
    const quoted = quotedNameOf(tokens, first, last);
    if (quoted && (!this.isGerman(match) || !['de', undefined].includes(textLang()))) return quoted;
    // A street's name, of one word or more ("rue du Grand-Duc", "avenue de l'Aigle-Noir").
    const street = capitalisedAt(tokens, first) ? streetBefore(tokens, first) : -1;
    if (street >= 0) return [street, last];
    if (first !== last) return undefined;
    if (isSurnameInCapitals(tokens, first)) return [first, first + 1];
    if (!capitalisedAt(tokens, first)) return undefined;
    const spaced = (word: number) => word >= 0 && word + 1 < tokens.count && tokens.sep(word) === ' ';
    // A scorer in a results line, the minute after the name, in German too ("Wolf 61.", "Lobo 12'", "(Adler 84.)").
    if (isScorer(tokens, last)) return [first, last + 1];
    const titleAt = (word: number) =>
      (ABBREVIATED_TITLES.has(tokens.folded(word)) && /^\.? ?$/.test(tokens.sep(word))) ||
      (spaced(word) && PERSONAL_TITLES.has(tokens.folded(word)));
    // After a title, perhaps with a given name between ("Dr. Karl Adler", "Onkel Peter Löwe"); or the title itself
    // before a name ("Pan Wilk", Polish 'Mr').
    if (first > 0 && titleAt(first - 1)) return [first - 1, last];
    if (first > 1 && spaced(first - 1) && capitalisedAt(tokens, first - 1) && titleAt(first - 2))
      return [first - 2, last];
    if (spaced(last) && capitalisedAt(tokens, last + 1) && PERSONAL_TITLES.has(tokens.folded(first)))
      return [first, last + 1];
    // Before or after a birth-name marker, in German too: "Adler geb. Falke", "Wilk z d. Sokół", "Eagle née Lyon".
    for (const marker of [first - 1, first - 2])
      if (marker >= 0 && birthNameAt(tokens, marker) === first) return [marker, last];
    const birthName = /^[ ,(]$/.test(tokens.sep(last)) ? birthNameAt(tokens, last + 1) : -1;
    if (birthName >= 0) return [first, birthName];
    // Beside a frequent given name, in German too: "Karl Adler", a register's "Adler, Karl".
    const givenAt = (word: number) => capitalisedAt(tokens, word) && GIVEN_NAMES.has(tokens.folded(word));
    if (spaced(first - 1) && givenAt(first - 1)) return [first - 1, last];
    // The second of two surnames ("Manuel León Lobo").
    if (spaced(first - 1) && capitalisedAt(tokens, first - 1) && spaced(first - 2) && givenAt(first - 2))
      return [first - 2, last];
    if (tokens.sep(last) === ',' && givenAt(last + 1)) return [first, last + 1];
    if (isRussianSurname(tokens, first)) return [first, last];
    // A surname before an initial, in a citation or a register ("Wolf, H. (2017)", "Adler, K. und Kranich, B.").
    if (isInitial(tokens, listItemBeside(tokens, last, 1))) return [first, last];
    if (match.terms.every((term) => this.terms[term].lang === 'de')) return undefined;
    // Most matches stand beside no capitalised word and after no small one: the text's language is not asked of them
    // (a scan that asks it is remembered per declared language only, scan-memo.ts).
    const beside =
      (spaced(first - 1) && capitalisedAt(tokens, first - 1)) || (spaced(last) && capitalisedAt(tokens, last + 1));
    const afterSmall =
      first > 0 && IN_SENTENCE.test(tokens.sep(first - 1)) && LOWER_CASE.test(writtenAt(tokens, first - 1));
    const items = [listItemBeside(tokens, first, -1), listItemBeside(tokens, last, 1)].filter(
      (item) => capitalisedAt(tokens, item) || isInitial(tokens, item),
    );
    if (!beside && !afterSmall && items.length === 0) return undefined;
    const lang = textLang();
    // German writes every noun with a capital: there only a title says a name, and a German term only where the
    // text's language spells it too ("George Otter" in English).
    if (lang === 'de' || (this.isGerman(match) && !match.terms.some((term) => this.terms[term].lang === lang)))
      return undefined;
    const { stopWords, wildlife } = this.senseData;
    // English writes species names in title case ("Sulcata Tortoise"); the other languages write a common name
    // with a capital only as a name ("la coureuse Sili Caret", "au col de l'Isard").
    const titleCased = lang === undefined || lang === BORROWED_CUES;
    const role = this.roleOf(match);
    const cues = role.kind === 'ambiguous' ? role.sense.wildlife : wildlife;
    const nameWord = (word: number) => {
      if (!capitalisedAt(tokens, word)) return false;
      const folded = tokens.folded(word);
      if (stopWords.byWord.has(folded) || cues.has(folded) || wildlife.has(folded)) return false;
      return !plainAt(word) || (!titleCased && !longAt(word));
    };
    let from = first;
    let to = last;
    while (spaced(from - 1) && nameWord(from - 1)) from--;
    while (spaced(to) && nameWord(to + 1)) to++;
    // An item of a list of people ("then Fox, Crane, Okafor and Martin", "Loup, Magot et Renard"): a name beside it
    // that is no animal's says the list is of names, whatever language the list is in.
    // Not a genus among genera ("Cactus Ariocarpus y Astrophytum"), whose neighbours the dictionary may not hold.
    const listed =
      !match.terms.every((term) => this.terms[term].lang === 'la') &&
      [listItemBeside(tokens, from, -1), listItemBeside(tokens, to, 1)].some(
        (item) => isInitial(tokens, item) || (nameWord(item) && !plainAt(item)),
      );
    if (listed) return [from, to];
    const run = to > from && to - from < NAME_RUN_MAX;
    const midSentence =
      from > 0 && IN_SENTENCE.test(tokens.sep(from - 1)) && LOWER_CASE.test(writtenAt(tokens, from - 1));
    const foreign =
      lang !== undefined && match.terms.every((term) => !['la', 'en', lang].includes(this.terms[term].lang));
    // A genus before its species is a scientific name, whichever language also spells it ("Te koop Dendrobates
    // leucomelas", the French "dendrobate" in Dutch text): no name goes on with such a word.
    if (foreign && spaced(last) && EPITHET.test(writtenAt(tokens, last + 1))) return undefined;
    if (gated || foreign) return run || (to === from && midSentence) ? [from, to] : undefined;
    // A scientific name, or one the dictionary writes with a capital itself ("Amazon parrot", "CAG"), is capitalised
    // anywhere; a lone word's first capital is only how a list writes its names ("Wolf", the checklist's English name),
    // a noun's as such only after an indefinite article ("un Margay à vendre"), never a name's ("ds. Arend de Wolf").
    const afterArticle = from > 0 && INDEFINITE_ARTICLES.has(tokens.folded(from - 1));
    const latin = match.terms.some((index) => {
      const term = this.terms[index];
      return (
        term.lang === 'la' ||
        isWrittenAsName(term.text, this.entries[term.entry].label) ||
        (afterArticle && !LOWER_CASE.test(term.text))
      );
    });
    // A ranking's item ("3. Ada Lince 1:26,02") is a name as a run in mid-sentence is.
    const ranked = from > 0 && RANK.test(writtenAt(tokens, from - 1)) && /^[.)]$/.test(tokens.sep(from - 1));
    if (ranked && run) return [from, to];
    return midSentence && (run || (!titleCased && !latin)) ? [from, to] : undefined;
  }

  /**
   * A word with an everyday sense written with a capital in mid-sentence, after a lower-case word and before a word
   * that has none: a proper name (a town, a person, a title, a star sign: "Segno del Leone", "all'Aquila"; a cake
   * or a film in quotes: "торт «Черепаха»"), which is the animal only where wildlife words say so. Not for a German
   * noun, which has a capital anyway, unless German shares the word with the text's other language ("transcribed by
   * Otter").
   */
  private isProperName(match: Match, tokens: Tokens, [first, last]: WordSpan, lang: TextLang | undefined): boolean {
    if (first === 0) return false;
    const germanOnly = match.terms.every((term) => this.terms[term].lang === 'de');
    if (this.isGerman(match) && (lang === 'de' || lang === undefined || germanOnly)) return false;
    if (!capitalisedAt(tokens, first) || !LOWER_CASE.test(writtenAt(tokens, first - 1))) return false;
    if (!BEFORE_NAME.test(tokens.source(tokens.end(first - 1), tokens.start(first)))) return false;
    return !capitalisedAt(tokens, last + 1);
  }

  /**
   * Whether a common name spelled like a genus opens a binomial the dictionary does not list: in brackets ("Norfolk
   * pines (Araucaria heterophylla)": "Araucaria" is the Spanish name of Araucaria araucana alone), or anywhere when
   * the name is the genus of the plant it names and the genus is listed only through some species, as plant genera
   * mostly are ("Dioscorea villosa", wild yam: "Dioscorea" is the checklist's English name of D. deltoidea alone).
   * A listed binomial would have matched whole, as its scientific name.
   */
  private opensUnlistedBinomial(match: Match, tokens: Tokens): boolean {
    if (match.terms.some((term) => this.terms[term].lang === 'la')) return false;
    const [first, last] = wordSpan(tokens, match);
    if (first !== last || !capitalisedAt(tokens, first) || tokens.sep(last) !== ' ') return false;
    const epithet = last + 1;
    if (epithet >= tokens.count || !BRACKETED_EPITHET.test(writtenAt(tokens, epithet))) return false;
    if (first > 0 && tokens.sep(first - 1).endsWith('(') && tokens.sep(epithet).startsWith(')')) return true;
    const genus = tokens.folded(first);
    return (
      this.listedGenera().has(genus) &&
      match.terms.every((term) => {
        const { group, label } = this.entries[this.terms[term].entry];
        return (group === 'plants' || group === 'timber') && label.toLowerCase().startsWith(`${genus} `);
      })
    );
  }

  /** Whether every entry a match stands for is a plant or a timber. */
  private namesPlantsOnly(match: Match): boolean {
    return match.terms.every((term) => {
      const { group } = this.entries[this.terms[term].entry];
      return group === 'plants' || group === 'timber';
    });
  }

  /** Whether every taxon a match stands for is a species of another genus than `genus` (folded). */
  private namesSpeciesBeside(match: Match, genus: string): boolean {
    return match.terms.every((term) => {
      const { kind, label } = this.entries[this.terms[term].entry];
      const words = label.toLowerCase().split(' ');
      return kind === 'taxon' && words.length > 1 && words[0] !== genus;
    });
  }

  /**
   * The folded genera the dictionary lists only through some of their species: those of its scientific names of two
   * words or more, less those it names alone (a genus listed whole, "Dendrobates", takes any epithet). Made on first
   * use.
   */
  private listedGenera(): Set<string> {
    if (this.genera) return this.genera;
    const genera = new Set<string>();
    const whole = new Set<string>();
    for (const { text, lang } of this.terms) {
      if (lang !== 'la') continue;
      const space = text.indexOf(' ');
      if (space > 0) genera.add(text.slice(0, space).toLowerCase());
      else whole.add(text.toLowerCase());
    }
    for (const genus of whole) genera.delete(genus);
    return (this.genera = genera);
  }

  /**
   * Whether a genus the dictionary lists as a plant or a coral names another organism of the same name here
   * (namesake-genus.ts): an orchid's genus among reef words, a coral's among seaweed, mushroom, kitchen or garden
   * words.
   */
  private namesOtherOrganism(match: Match, tokens: Tokens): boolean {
    const kinds = match.terms.map((term) => {
      const { group } = this.entries[this.terms[term].entry];
      if (this.terms[term].lang !== 'la') return undefined;
      return group === 'plants' || group === 'timber' ? 'plant' : group === 'corals' ? 'coral' : undefined;
    });
    const kind = kinds[0];
    if (kind === undefined || kinds.some((other) => other !== kind)) return false;
    return namesOtherOrganism(tokens, wordSpan(tokens, match), () => this.kindCues()[kind]);
  }

  /**
   * Whether a match of genera alone names software or a machine here (product-genus.ts): a word of their trade in the
   * text's language or English (borrowed everywhere), no wildlife, reef or plant trade word nearer.
   */
  private namesProduct(match: Match, tokens: Tokens, declared?: DeclaredLanguage): boolean {
    if (!match.terms.every((term) => this.terms[term].lang === 'la' && !this.terms[term].text.includes(' ')))
      return false;
    const set = (sense: string) => lazyCueSet(this.rules.senseCues[sense] ?? '');
    const cues = (this.product ??= {
      trade: anyCue(['software', 'machine'].map(set)),
      wildlife: anyCue([this.plantTradeCues(), set('reef')]),
    });
    const span = wordSpan(tokens, match);
    let lang: TextLang | undefined | null = null;
    const product: CueLookup = {
      has: (folded) => {
        const langs = cues.trade.langsOf(folded);
        if (langs === 0) return false;
        if (lang === null) lang = new TextLanguage(tokens, this.senseData.stopWords, declared).at(...span);
        return fitsLang(langs, lang) || fitsLang(langs, BORROWED_CUES);
      },
      langsOf: (folded) => cues.trade.langsOf(folded),
    };
    return isProductName(tokens, span, product, cues.wildlife);
  }

  /** Each listed kind's own words and those of its namesakes' kind. Made on first use. */
  private kindCues(): { plant: KindCues; coral: KindCues } {
    const set = (sense: string) => lazyCueSet(this.rules.senseCues[sense] ?? '');
    return (this.kinds ??= {
      plant: { own: anyCue(['plant', 'garden'].map(set)), other: set('reef') },
      coral: { own: set('reef'), other: anyCue(['seaweed', 'mushroom', 'food', 'garden'].map(set)) },
    });
  }

  /** Whether a scientific name opens a cosmetic ingredient's INCI name ("Orchis Mascula Flower Extract"). */
  private opensInciName(match: Match, tokens: Tokens): boolean {
    if (!match.terms.some((term) => this.terms[term].lang === 'la')) return false;
    const [first, last] = wordSpan(tokens, match);
    return opensInciName(tokens, first, last);
  }

  /** Whether a match names a German term: German writes every noun with a capital, so a capital says no name. */
  private isGerman(match: Match): boolean {
    return match.terms.some((term) => this.terms[term].lang === 'de');
  }

  /**
   * Names spelled like everyday words (see everyday-gate.ts): drops those of another language than the text's,
   * and marks those that need wildlife context. The text's language is worked out only when such a name is found.
   */
  private gateEveryday(
    found: Match[],
    tokens: Tokens,
    declared: DeclaredLanguage | undefined,
  ): { matches: Match[]; needContext: boolean[] } {
    if (!found.some((match) => match.edited || this.gate.gates(match)))
      return { matches: found, needContext: found.map(() => false) };
    let language: TextLanguage | undefined;
    const matches: Match[] = [];
    const needContext: boolean[] = [];
    for (const match of found) {
      // A word read one edit away from a name is many everyday words' neighbour ("pistone", "surgeon"): alone it needs
      // wildlife words; the rest of a name of several words written as it is says the name ("Perroqet gris du Gabon").
      // Sellers slip in their own language's names, or in a scientific name: "single" is no French "singe".
      if (match.edited) {
        const [first, last] = wordSpan(tokens, match);
        const lang = (language ??= new TextLanguage(tokens, this.senseData.stopWords, declared)).at(first, last);
        // A genus one edit from another is a genus of its own ("Pogona" is no "Pogonia"), and a lone capitalised word
        // one edit from a genus is as often a place or a person ("Birmania" is no "Biermania"): only long names of
        // several words, the rest written as it is, are read.
        const latinFits = first !== last && tokens.end(last) - tokens.start(first) >= EDITED_LATIN_MIN;
        const terms = match.terms.filter((term) =>
          this.terms[term].lang === 'la' ? latinFits : !lang || this.terms[term].lang === lang,
        );
        if (terms.length === 0) continue;
        matches.push(terms.length === match.terms.length ? match : { ...match, terms });
        needContext.push(first === last);
        continue;
      }
      const written = tokens.source(match.start, match.end);
      // A compound naming the animal's fur, skin or leather ("Lynxbont") is no brand and no everyday word.
      if (this.isMaterialCompound(match, tokens)) {
        matches.push(match);
        needContext.push(false);
        continue;
      }
      // Accents the name has and the everyday word lacks say the name ("Bär" is no "bar"), except for a name
      // that is an everyday word or a person's name in every language ("Napoléon", "Angèle", Polish "miła").
      if (match.terms.some((term) => writtenWithMarks(written, this.terms[term].text) && !this.gate.everywhere(term))) {
        matches.push(match);
        needContext.push(false);
        continue;
      }
      const word = tokens.folded(wordSpan(tokens, match)[0]);
      const verdict = this.gate.verdict(match, word, () => {
        language ??= new TextLanguage(tokens, this.senseData.stopWords, declared);
        return language.at(...wordSpan(tokens, match));
      });
      if (verdict === 'drop') continue;
      matches.push(match);
      needContext.push(verdict === 'context');
    }
    return { matches, needContext };
  }

  /**
   * A match is plain when any of its terms is (but another list's plural of an ambiguous name), or when it is a
   * compound far longer than its term ("Elfenbeinschnitzerei", "Mammutelfenbein": the compound says which sense) or
   * one naming the animal's material (`material`: "Ozelotpelz"); otherwise ambiguous when any is.
   */
  private roleOf(match: Match, needsContext = false, material = false): TermRole {
    if (needsContext) {
      const role = this.roleOf(match);
      // An everyday spelling needs wildlife support even where the word's own rule only vetoes ("bar" is no "Bär").
      if (role.kind !== 'ambiguous') return { kind: 'ambiguous', sense: this.senseData.everyday };
      return role.sense.rule === 'support' ? role : { kind: 'ambiguous', sense: { ...role.sense, rule: 'support' } };
    }
    let role: TermRole | undefined;
    for (const term of match.terms) {
      const termRole = this.termRole(term);
      if (termRole.kind === 'plain') {
        if (!match.terms.some((other) => this.isPluralOf(term, other))) return termRole;
      } else if (role === undefined || termRole.kind === 'ambiguous') role = termRole;
    }
    // A compound says the wildlife sense of a word that needs support ("Elfenbeinschnitzerei"); a word the filter
    // only vetoes keeps its cues, as the two words would ("imitatie krokodillenleer", "Tigerfell-Kostüm").
    const compound = material || match.end - match.start > this.terms[match.terms[0]].text.length + MAX_ENDING;
    if (role === undefined || (compound && (role.kind !== 'ambiguous' || role.sense.rule !== 'veto'))) return PLAIN;
    return role;
  }

  /**
   * Whether a plain term is another list's plural of an ambiguous name of the same taxon and language (the checklist's
   * "Euphorbes" beside the bundled "euphorbe"): the plural keeps the name's senses.
   */
  private isPluralOf(plain: number, other: number): boolean {
    const [a, b] = [this.terms[plain], this.terms[other]];
    if (a.entry !== b.entry || a.lang !== b.lang || this.termRole(other).kind !== 'ambiguous') return false;
    const [plural, name] = [phraseKey(a.text, this.foldMixed), phraseKey(b.text, this.foldMixed)];
    return plural.length > name.length && plural.length <= name.length + PLURAL_ENDING && plural.startsWith(name);
  }

  /** Whether a match is one word of a term and a fur, skin or leather head ("Ozelotpelz", "luipaardbont"). */
  private isMaterialCompound(match: Match, tokens: Tokens): boolean {
    const [first, last] = wordSpan(tokens, match);
    if (first !== last) return false;
    const word = tokens.folded(first);
    return match.terms.some((term) => {
      // Most matches are as long as their term: nothing to fold for those.
      if (match.end - match.start <= this.terms[term].text.length) return false;
      const stem = phraseKey(this.terms[term].text, this.foldMixed);
      return word.startsWith(stem) && isMaterialHead(word.slice(stem.length));
    });
  }

  /** A furred name's compound with a garment head in words that name its fur ("Ozelotmantel, echter Pelz"). */
  private isFurGarmentCompound(sense: SenseRule, tokens: Tokens, word: number): boolean {
    const { garment } = sense;
    return (
      garment !== undefined &&
      isGarmentCompound(garment, tokens, word, word) &&
      namesItsFur(sense, garment, tokens, word, word)
    );
  }

  /**
   * A compound of an ambiguous term whose rest is a cue of a competing sense: "Elfenbeinoptik", "ivoorkleur",
   * "Tigerauge" name the look, the colour, the stone, and "Hellelfenbein" a shade. Other compounds say the wildlife
   * sense and stay ("Elfenbeinschnitzerei", "Mammutelfenbein").
   */
  private isOtherSenseCompound(match: Match, tokens: Tokens): boolean {
    const term = match.terms.find((index) => this.termRole(index).kind === 'ambiguous');
    if (term === undefined || match.end - match.start <= this.terms[term].text.length) return false;
    const [first, last] = wordSpan(tokens, match);
    const stem = phraseKey(this.terms[term].text, this.foldMixed);
    const word = tokens.folded(first);
    const role = this.termRole(term);
    if (first !== last || role.kind !== 'ambiguous') return false;
    // The rest after the term, longer than an inflected ending ("Tigerauge"), or a word before it ("Hellelfenbein").
    // A young-animal head names the animal itself ("tijgerwelpen"), whatever other sense its word has alone.
    if (word.startsWith(stem)) {
      const rest = word.slice(stem.length);
      // German and Dutch may join the two with a linking "n", "en", "s" or "e" ("Korallenoptik", "Korallenfarbe").
      const linked = LINKING_ELEMENT.exec(rest);
      return (
        rest.length > MAX_ENDING &&
        !isYoungHead(rest) &&
        (role.sense.competing.has(rest) ||
          (linked !== null && role.sense.competing.has(rest.slice(linked[0].length)))) &&
        !this.isFurGarmentCompound(role.sense, tokens, first)
      );
    }
    return word.length > stem.length && word.endsWith(stem) && role.sense.competing.has(word.slice(0, -stem.length));
  }

  /**
   * A capitalised word that is part of a person's name: written after a given name ("Nicola Sturgeon", "Edward
   * Gibbon"), before a surname ("Loris Karius", "Arend de Vries"), or after a title ("Meneer de Uil", "Mr Wolf").
   * The name beside it is capitalised and is no cue, no function word and no match of its own. Only a title in
   * German, where every noun is capitalised ("Graupapagei Henne", but "Frau Falke", "Herr Dr. Wolf"), and never in a
   * heading in title case, where the word past the name is capitalised too.
   */
  private isPersonName(
    match: Match,
    sense: SenseRule,
    tokens: Tokens,
    spans: readonly WordSpan[],
    index: number,
  ): boolean {
    const [first, last] = spans[index];
    if (!capitalisedAt(tokens, first)) return false;
    const spaced = (word: number) => word >= 0 && word + 1 < tokens.count && tokens.sep(word) === ' ';
    const { stopWords } = this.senseData;
    const particle = (word: number) => spaced(word) && NAME_PARTICLES.has(tokens.folded(word));
    // An abbreviated title, or another title with or without a particle: "Herr Dr. Wolf", "Meneer de Uil", "Mr Wolf".
    const abbreviated =
      first > 0 && ABBREVIATED_TITLES.has(tokens.folded(first - 1)) && /^\.? ?$/.test(tokens.sep(first - 1));
    const title = particle(first - 1) ? first - 2 : first - 1;
    if (abbreviated || (spaced(title) && PERSONAL_TITLES.has(tokens.folded(title)))) return true;
    if (this.isGerman(match)) return false;
    const isName = (word: number) => {
      const folded = tokens.folded(word);
      if (!capitalisedAt(tokens, word) || stopWords.byWord.has(folded)) return false;
      if (sense.wildlife.has(folded) || sense.competing.has(folded)) return false;
      return !spans.some(
        ([otherFirst, otherLast], other) => other !== index && otherFirst <= word && otherLast >= word,
      );
    };
    const titleCase = (word: number) => spaced(word) && capitalisedAt(tokens, word + 1);
    // A surname after a given name.
    if (spaced(first - 1) && isName(first - 1) && !titleCase(last)) return true;
    // A given name before a surname, perhaps with a particle.
    if (!spaced(last)) return false;
    const surname = particle(last + 1) ? last + 2 : last + 1;
    return surname < tokens.count && isName(surname) && !titleCase(surname);
  }

  /**
   * Polish and Russian mark a comparison with a bare "jak"/"как" before the animal, perhaps with its adjective
   * ("patrzy jak wściekły tygrys", "смотрит как удав на кролика"); the same word after "such" starts a list of
   * examples instead ("zwierzęta takie jak tygrys", "такие виды, как медведь", "как например волк"), which names
   * the animal. (The languages with articles mark the comparison by its article: PRECEDING_CUES in senses.ts.)
   */
  private isBareSimile(match: Match, sense: SenseRule, tokens: Tokens, [first]: WordSpan): boolean {
    const lang = match.terms.map((term) => this.terms[term].lang).find((termLang) => termLang in BARE_SIMILE);
    if (lang === undefined) return false;
    const { simile, such } = BARE_SIMILE[lang];
    const { byWord: stopWords } = this.senseData.stopWords;
    // Before the text's first word there is none (Tokens.folded would read past its bounds).
    const wordAt = (word: number) => (word >= 0 ? tokens.folded(word) : '');
    const before = first - 1;
    // One describing word may stand between them: not a function word, a cue or another match's word.
    const adjective = before >= 0 && !stopWords.has(wordAt(before)) && !sense.wildlife.has(wordAt(before));
    const at = wordAt(before) === simile ? before : adjective && wordAt(before - 1) === simile ? before - 1 : -1;
    if (at < 0) return false;
    if (at + 1 < first && such.has(tokens.folded(at + 1))) return false;
    for (let word = Math.max(0, at - SUCH_WINDOW); word < at; word++) if (such.has(tokens.folded(word))) return false;
    return true;
  }

  /**
   * A person called "a real" animal ("mio fratello è un vero orso", "ce député est un vrai caméléon", "een echte
   * papegaai"), or a person word just before "is a" and the animal ("mi sobrina es un lince"): the article and the
   * word for "real" or "is" right before the animal word itself, and no wildlife word near but those ("un vrai tigre
   * empaillé", "een echte tijgerhuid" are the animal's).
   */
  private isFigureOfPerson(match: Match, sense: SenseRule, tokens: Tokens, [first, last]: WordSpan): boolean {
    if (first < 2) return false;
    const realOne = `${tokens.folded(first - 2)} ${tokens.folded(first - 1)}`;
    const langs = match.terms.map((term) => this.terms[term].lang);
    if (!langs.some((lang) => REAL_ONE[lang]?.has(realOne)) && !this.isPersonCalled(langs, tokens, first, realOne))
      return false;
    // A compound names a part or a material of the animal ("een echte tijgerhuid"), never a person.
    const written = tokens.folded(last).length;
    if (match.terms.every((term) => written > this.terms[term].text.length + PLURAL_ENDING)) return false;
    const from = Math.max(0, first - CUE_WINDOW);
    const to = Math.min(tokens.count - 1, last + CUE_WINDOW);
    for (let word = from; word <= to; word++)
      if ((word < first - 1 || word > last) && sense.wildlife.has(tokens.folded(word))) return false;
    return true;
  }

  /** "Is a" right before the animal word, one of PEOPLE_CALLED (senses.ts) one or two words before that "is". */
  private isPersonCalled(langs: string[], tokens: Tokens, first: number, isA: string): boolean {
    if (first < 3 || !langs.some((lang) => IS_A[lang]?.has(isA))) return false;
    const people = (this.people ??= lazyCueSet(this.rules.senseCues.peopleCalled ?? ''));
    const isPerson = (word: number) => {
      const of = word >= 0 ? people.langsOf(tokens.folded(word)) : 0;
      return langs.some((lang) => lang !== 'la' && fitsLang(of, lang as TextLang));
    };
    return isPerson(first - 3) || isPerson(first - 4);
  }

  private termRole(term: number): TermRole {
    let role = this.roles.get(term);
    if (role === undefined) {
      const { byTerm, groupWords } = this.senseData;
      const folded = phraseKey(this.terms[term].text, this.foldMixed);
      const sense = byTerm.get(folded);
      // A name of several words ("loro gris africano") names a species, though it starts like a group word.
      if (!folded.includes(' ') && groupWords.has(folded)) role = { kind: 'group', sense };
      else role = sense ? { kind: 'ambiguous', sense } : PLAIN;
      this.roles.set(term, role);
    }
    return role;
  }
}

type WordSpan = [first: number, last: number];

/** A denial's words (senses.ts, DENIAL_CUES). */
interface DenialCues {
  negation: CueLookup;
  genuine: CueLookup;
  material: CueLookup;
}
/** Words before a match a negation may stand, function words between ("pas de l'ivoire", "no es carey"). */
const DENIAL_REACH = 4;
/**
 * The articles, prepositions and copulas a denial may have before the word ("is", "de", "l'", "es", "è", "aus"): short
 * words, where a longer one describes the thing ("not carved ivory" is no denial of ivory), but for "real".
 */
const FUNCTION_WORD = /^\p{L}{1,3}$/u;

/**
 * Whether a match is denied: a negation before it in the same sentence with only function words between, and a
 * material named within a cue window on either side, outside the match and the negation ("kein Elfenbein, nur Knochen",
 * "Cow bone, not ivory").
 */
function isDenied({ negation, genuine, material }: DenialCues, tokens: Tokens, [first, last]: WordSpan): boolean {
  let denying = -1;
  for (let word = first - 1; word >= 0 && first - word <= DENIAL_REACH && MID_SENTENCE.test(tokens.sep(word)); word--)
    if (negation.has(tokens.folded(word))) {
      denying = word;
      break;
    }
  if (denying < 0) return false;
  for (let word = denying + 1; word < first; word++) {
    const folded = tokens.folded(word);
    if (!FUNCTION_WORD.test(folded) && !genuine.has(folded)) return false;
  }
  const from = Math.max(0, denying - CUE_WINDOW);
  const to = Math.min(tokens.count - 1, last + CUE_WINDOW);
  for (let word = from; word <= to; word++)
    if ((word < denying || word > last) && material.has(tokens.folded(word))) return true;
  return false;
}

/**
 * Ambiguous names listed together share a sense: a word kept with no cue near (`uncued`) within a cue window of an
 * ambiguous word that lost its wildlife sense loses it too, and passes that on ("a Lego box with an elephant that
 * rebuilds into a rhino or a tiger", a paint card's "Chalk, Ivory, Python, Tiger Stone").
 */
function shareLostSense(
  kept: boolean[],
  uncued: readonly boolean[],
  roles: readonly TermRole[],
  spans: readonly WordSpan[],
) {
  const lost = kept.flatMap((isKept, i) => (!isKept && roles[i].kind === 'ambiguous' ? [i] : []));
  for (const from of lost) {
    const [first, last] = spans[from];
    spans.forEach(([otherFirst, otherLast], i) => {
      if (!uncued[i] || !kept[i] || otherFirst - last > CUE_WINDOW || first - otherLast > CUE_WINDOW) return;
      kept[i] = false;
      lost.push(i);
    });
  }
}

/**
 * A page's head: its first line when more lines follow ("Category: Toys > Figures"), or the words before a colon that
 * opens it ("Fairground plush: a panda, a koala…"). It names what the page is about, however far down the animal is.
 */
function pageHeadOf(tokens: Tokens): WordSpan | undefined {
  const between = (word: number) => tokens.source(tokens.end(word), tokens.start(word + 1));
  const last = Math.min(tokens.count - 1, HEAD_WORDS_MAX);
  for (let word = 0; word < last; word++) if (between(word).includes('\n')) return [0, word];
  for (let word = 0; word < Math.min(last, TITLE_WORDS_MAX); word++) if (between(word).includes(':')) return [0, word];
  return undefined;
}

/**
 * Whether a match ends a compound joined by hyphens around "de" or "d'" ("tête-de-loup" a ceiling brush,
 * "gueule-de-loup" the snapdragon, "œil-de-tigre" the stone): such a compound names a thing of its own, where the
 * animal's part is written with spaces ("une tête de loup naturalisée").
 */
function isJoinedByDe(tokens: Tokens, match: Match): boolean {
  const [first] = wordSpan(tokens, match);
  if (first < 2 || !['de', 'd'].includes(tokens.folded(first - 1))) return false;
  const before = tokens.source(tokens.end(first - 2), tokens.start(first - 1));
  const after = tokens.source(tokens.end(first - 1), tokens.start(first));
  return before === '-' && (after === '-' || after === "'" || after === '’');
}

/** The first and last word of a match (binary search on word starts). */
function wordSpan(tokens: Tokens, match: Match): WordSpan {
  const wordAt = (offset: number) => {
    let low = 0;
    let high = tokens.count - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (tokens.start(middle) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return [wordAt(match.start), wordAt(match.end - 1)];
}

/** What nearestCuesOf weighs: a match's sense and the words its cues are counted around. */
interface SenseQuestion {
  sense: SenseRule;
  stopWords: StopWordIndex;
  tokens: Tokens;
  /** The words cues are counted around: the match, or the run of the name it is written in. */
  cueSpan: WordSpan;
  /** The match's own words: the other words of its name can only take the wildlife sense away. */
  ownSpan: WordSpan;
  pageHead?: WordSpan;
  /** Whether a wildlife cue word counts here (its language; a name written in mid-sentence does not). */
  counts: (word: number, folded: string) => boolean;
  /** Whether a word is a cue of a competing sense in the text's language (competesIn). */
  competes: (folded: string) => boolean;
  /**
   * A name in doubt (a brand, a person's or an everyday word): a year or a lot number is no wildlife cue for it, and a
   * young word only right beside it in its clause ("bébé" further off is a child's: "crème Mustela pour bébé").
   */
  doubted: boolean;
}

/** The distance in words to the nearest cue of each kind around a match (Infinity: none in the window). */
interface NearestCues {
  wildlife: number;
  competing: number;
  young: number;
}

/**
 * The nearest cue decides: a competing cue at least as near as any wildlife cue rejects; a `support` word
 * also needs a wildlife cue (a `supporting` dictionary match nearby counts as one: "ivory and rhino horn").
 * `nearest`: the match's cues (nearestCuesOf), null when its head word names another sense.
 */
function fitsSense(
  nearest: NearestCues | null,
  rule: SenseRule['rule'],
  [first, last]: WordSpan,
  spans: readonly WordSpan[],
  supporting: readonly boolean[],
): boolean {
  if (nearest === null) return false;
  let { wildlife } = nearest;
  spans.forEach(([otherFirst, otherLast], i) => {
    if (!supporting[i]) return;
    const distance = otherLast < first ? first - otherLast : otherFirst > last ? otherFirst - last : Infinity;
    if (distance <= CUE_WINDOW) wildlife = Math.min(wildlife, distance);
  });
  if (nearest.competing !== Infinity) return wildlife < nearest.competing;
  return rule === 'veto' || wildlife !== Infinity || nearest.young !== Infinity;
}

/**
 * Whether a word is a cue of a competing sense in text of language `lang`: a list's word is a cue in its own language
 * (a word of the page's declared one counts too: a short ad's function words may say another) and, borrowed, in
 * English, unless it is another word in the text's language (unborrowed: German "Golf" is a gulf and a car). Another
 * language's cue is an everyday word or a name here: Polish "golf" (the game) is no cue beside a German "Gepard aus
 * dem Golf", nor Polish "but" (a shoe) in English text.
 */
function competesIn(
  { competing, unborrowed }: Pick<SenseRule, 'competing'> & { unborrowed: CueLookup },
  folded: string,
  lang: TextLang | undefined,
  declared: TextLang | undefined,
): boolean {
  const langs = competing.langsOf(folded);
  // A page that declares no language leaves a short text's function words the only evidence, too weak to rule out
  // a list ("per" is Italian and Dutch): every list counts there.
  if (declared === undefined) return langs !== 0;
  if (fitsLang(langs, lang) || fitsLang(langs, declared)) return true;
  return fitsLang(langs, BORROWED_CUES) && !fitsLang(unborrowed.langsOf(folded), lang);
}

/**
 * The cues in the window around a match, whatever its rule and whichever matches vouch for it (fitsSense weighs
 * those); null when the head word bound to it names another sense.
 */
function nearestCuesOf({
  sense,
  stopWords,
  tokens,
  cueSpan: [first, last],
  ownSpan: [ownFirst, ownLast],
  pageHead,
  counts,
  competes,
  doubted,
}: SenseQuestion): NearestCues | null {
  // A young-animal word ("lion cub", "baby elephant", "cachorro de león") names the plush or the print as well as the
  // animal: it supports the word, but never outweighs a cue of another sense. A compound with a young head
  // ("Tigerbaby") is such a word itself. A young animal is never a vehicle, so a car's cues say nothing against it
  // ("a tiger cub found in a car"), nor is a seller's clip of it a show ("Lwiątko na filmiku").
  // A name of the young ("lwiątko") is never a vehicle either, though as a name it needs the support of any other.
  const own = ownWords(tokens, ownFirst, ownLast);
  let young = own.some(isYoungCompound) ? 0 : Infinity;
  const named = young === 0 || own.some((word) => YOUNG_NAMES.has(word));
  const vehicleCues =
    sense.notOfYoung && (named || youngBeside(tokens, ownFirst, ownLast)) ? sense.notOfYoung : undefined;
  // A garment of the animal's fur ("bontjas van zwarte panter, maat 38"): its words describe the garment, not the
  // animal, and the garment itself is the wildlife cue, a cue of another sense as near still outweighing it.
  const garmentWord = sense.garment ? furGarmentBefore(sense, sense.garment, tokens, ownFirst) : -1;
  const furAfter =
    sense.garment !== undefined &&
    (furWordAfter(sense.garment, tokens, ownLast) ||
      ((garmentWordAfter(sense.garment, tokens, ownLast) ||
        isGarmentCompound(sense.garment, tokens, ownFirst, ownLast)) &&
        namesItsFur(sense, sense.garment, tokens, ownFirst, ownLast)));
  const garmentCues = garmentWord >= 0 || furAfter ? sense.garment?.fashion : undefined;
  const ignored = vehicleCues && garmentCues ? anyCue([vehicleCues, garmentCues]) : (vehicleCues ?? garmentCues);
  // The head word can only take the wildlife sense away: "resin replica tiger skull" is still a replica.
  if (headCue(sense, stopWords, tokens, ownLast, competes, ignored) === 'competing') return null;
  let wildlife = furAfter ? 1 : garmentWord >= 0 ? ownFirst - garmentWord : Infinity;
  let competing = Infinity;
  let part = Infinity;
  const from = Math.max(0, first - CUE_WINDOW);
  const to = Math.min(tokens.count - 1, last + CUE_WINDOW);
  for (let word = from; word <= to; word++) {
    if (word >= first && word <= last) {
      // The other words of a name it is written in ("Ivory Coast") can say it is no animal; they never say it is.
      if ((word < ownFirst || word > ownLast) && competes(tokens.folded(word))) competing = 0;
      continue;
    }
    const distance = word < first ? first - word : word - last;
    if (distance >= wildlife && distance >= competing) continue;
    const folded = tokens.folded(word);
    if (ignored?.has(folded)) continue;
    if (competes(folded)) competing = Math.min(competing, distance);
    else if (YOUNG_WORDS.has(folded)) {
      if (!doubted || (distance <= YOUNG_REACH && inOneClause(tokens, word, word < first ? first : last)))
        young = Math.min(young, distance);
    } else if (sense.wildlife.has(folded) && counts(word, folded)) {
      if (boundToMadeUp(sense, tokens, word, first, last)) competing = Math.min(competing, distance);
      else if (sense.madeUpPart.has(folded)) part = Math.min(part, distance);
      else wildlife = Math.min(wildlife, distance);
    } else if (!doubted && (isAntiqueYear(tokens, word, folded) || isLotNumber(tokens, word, folded)))
      wildlife = Math.min(wildlife, distance);
  }
  // A skull or a tusk is what a replica is made as too: beside a made-up thing's word it says nothing of the animal.
  if (part < wildlife && !madeUpWithin(sense, tokens, from, to, [first, last], competes)) wildlife = part;
  // The page's head outside the window: a competing cue there loses to any wildlife cue of the sentence.
  if (pageHead && competing === Infinity)
    for (let word = pageHead[0]; word <= pageHead[1] && first - word > CUE_WINDOW; word++)
      if (competes(tokens.folded(word))) competing = CUE_WINDOW + 1;
  return { wildlife, competing, young };
}

/** Whether a made-up thing's cue (an imitation's, a toy's) stands between `from` and `to`, outside the match. */
function madeUpWithin(
  sense: SenseRule,
  tokens: Tokens,
  from: number,
  to: number,
  [first, last]: WordSpan,
  competes: (folded: string) => boolean,
): boolean {
  for (let word = from; word <= to; word++) {
    if (word >= first && word <= last) continue;
    const folded = tokens.folded(word);
    if (sense.madeUp.has(folded) && competes(folded)) return true;
  }
  return false;
}

/** The folded words of a span. */
function ownWords(tokens: Tokens, first: number, last: number): string[] {
  return Array.from({ length: last - first + 1 }, (_, i) => tokens.folded(first + i));
}

/** A garment's words and the prepositions of the material it is made of (FUR_GARMENTS in senses.ts). */
interface GarmentCues {
  fashion: CueLookup;
  furs: CueLookup;
  garments: CueLookup;
  of: CueLookup;
}
/** Words a garment or fur word may stand before the material's preposition ("Manteau vintage en ocelot"). */
const GARMENT_REACH = 3;
/** Words between the preposition and the name: an adjective ("bontjas van zwarte panter", "z czarnej pantery"). */
const MATERIAL_ADJECTIVES = 1;

/**
 * The garment or fur word before a material's preposition and a furred name, in the same sentence ("Mantel aus
 * Ozelot", "chaqueta larga de leopardo", "abrigo de piel de pantera"), with no cue of another sense than fashion
 * between ("a T-shirt with a print of a leopard" has the print); -1 when there is none.
 */
function furGarmentBefore(sense: SenseRule, garment: GarmentCues, tokens: Tokens, first: number): number {
  const otherSense = (word: number) => {
    const folded = tokens.folded(word);
    return sense.competing.has(folded) && !garment.fashion.has(folded);
  };
  for (let of = first - 1; of >= Math.max(0, first - 1 - MATERIAL_ADJECTIVES); of--) {
    if (!MID_SENTENCE.test(tokens.sep(of)) || otherSense(of)) return -1;
    if (!garment.of.has(tokens.folded(of))) continue;
    for (let word = of - 1; word >= Math.max(0, of - GARMENT_REACH); word--) {
      if (!MID_SENTENCE.test(tokens.sep(word))) return -1;
      const folded = tokens.folded(word);
      if (garment.fashion.has(folded) || garment.furs.has(folded) || garment.garments.has(folded)) return word;
      if (otherSense(word)) return -1;
    }
    return -1;
  }
  return -1;
}

/** The word joined right after word `last` by a space or a hyphen, or -1. */
function joinedAfter(tokens: Tokens, last: number): number {
  return last + 1 < tokens.count && /^[ -]$/u.test(tokens.sep(last)) ? last + 1 : -1;
}

/** Whether a fur word is joined right after the name, naming its pelt ("lynx fur coat", "jaguar-hide cushions"). */
function furWordAfter(garment: GarmentCues, tokens: Tokens, last: number): boolean {
  const next = joinedAfter(tokens, last);
  return next >= 0 && isFurWord(garment, tokens, next);
}

/**
 * A fur word as written, not only folded: German "für" folds to the English "fur" ("die Form des Tigers für
 * Anfänger"). English writes no accents, so a word written with them is a fur word of another language ("skóra").
 */
function isFurWord(garment: GarmentCues, tokens: Tokens, word: number): boolean {
  const langs = garment.furs.langsOf(tokens.folded(word));
  if (langs === 0) return false;
  const written = tokens.source(tokens.start(word), tokens.end(word)).toLowerCase();
  return (langs & ~ENGLISH) !== 0 || written === written.normalize('NFD').replace(/\p{M}/gu, '');
}

const ENGLISH = langMask('en');

/** Whether a garment word is joined right after the name, the garment it is made into ("Ocelot collar and cuffs"). */
function garmentWordAfter(garment: GarmentCues, tokens: Tokens, last: number): boolean {
  const next = joinedAfter(tokens, last);
  if (next < 0) return false;
  const folded = tokens.folded(next);
  return garment.garments.has(folded) || garment.fashion.has(folded);
}

/** The letters a compound's garment head and the name before it each have at least ("Ozelot|mantel"). */
const COMPOUND_PART = 4;

/** Whether the match is one word whose head is a garment's word ("Ozelotmantel"). */
function isGarmentCompound(garment: GarmentCues, tokens: Tokens, first: number, last: number): boolean {
  if (first !== last) return false;
  const word = tokens.folded(first);
  for (let at = COMPOUND_PART; at <= word.length - COMPOUND_PART; at++) {
    const head = word.slice(at);
    if (garment.garments.has(head) || garment.fashion.has(head)) return true;
  }
  return false;
}

/**
 * Whether the words around a furred name name its fur and no imitation or toy ("Vintage ocelot coat, … spotted
 * pelts", "Ozelotmantel, echter Pelz"; not "faux fur", "Kunstpelz", "print"): a garment named right after it is then
 * made of its pelt. A fur word is needed for every animal, the big cats' coats being mostly printed and an old or
 * estate word dating a print as well as a pelt.
 */
function namesItsFur(sense: SenseRule, garment: GarmentCues, tokens: Tokens, first: number, last: number): boolean {
  let fur = false;
  const to = Math.min(tokens.count - 1, last + CUE_WINDOW);
  for (let word = Math.max(0, first - CUE_WINDOW); word <= to; word++) {
    if (word >= first && word <= last) continue;
    if (sense.madeUp.has(tokens.folded(word))) return false;
    fur ||= isFurWord(garment, tokens, word);
  }
  return fur;
}

/** Words between a name and a young-animal word naming its young: "cachorro de tigre", "cub" right after "tiger". */
const YOUNG_REACH = 2;

const CLAUSE_BREAK = /[,;:.!?()]/;

/** Whether no comma, colon, stop or bracket parts two words: "bébé, briquet Colibri" are two items of a list. */
function inOneClause(tokens: Tokens, a: number, b: number): boolean {
  for (let word = Math.min(a, b); word < Math.max(a, b); word++) if (CLAUSE_BREAK.test(tokens.sep(word))) return false;
  return true;
}

/**
 * Whether an animal whose figures are carved from its own parts is named as a figure of another material: a material
 * word in its clause (not right after it: "elephant bone" is the animal's) and no word of its own parts there ("Hand
 * carved elephant in camel bone", "Słoń rzeźbiony w drewnie"; not "elephant carved in ivory on a wooden base").
 */
function isFigureOfOther(
  { parts, other }: NonNullable<SenseRule['carved']>,
  tokens: Tokens,
  first: number,
  last: number,
): boolean {
  let material = false;
  for (let word = first - 1; word >= 0 && inOneClause(tokens, word, first); word--) {
    if (parts.has(tokens.folded(word))) return false;
    material ||= other.has(tokens.folded(word));
  }
  for (let word = last + 1; word < tokens.count && inOneClause(tokens, last, word); word++) {
    if (parts.has(tokens.folded(word))) return false;
    material ||= word > last + 1 && other.has(tokens.folded(word));
  }
  return material;
}

/**
 * Whether a young-animal word names the match's young: within reach before it ("baby tiger", "cachorro de tigre"), an
 * adjective "young" right before it ("junger Gepard"), or right after it in small letters ("tiger cub"; "Tiger Cub" is
 * a motorcycle's model).
 */
function youngBeside(tokens: Tokens, first: number, last: number): boolean {
  for (let word = Math.max(0, first - YOUNG_REACH); word < first; word++)
    if (YOUNG_WORDS.has(tokens.folded(word))) return true;
  if (first > 0 && YOUNG_ADJECTIVES.has(tokens.folded(first - 1))) return true;
  return last + 1 < tokens.count && YOUNG_WORDS.has(tokens.folded(last + 1)) && !capitalisedAt(tokens, last + 1);
}

/**
 * Whether a wildlife cue is bound to an imitation or toy cue beside it, outside the match: "Playmobil zoo", "skull
 * replica", "antique print". The pair names one made-up thing, so the cue counts against the wildlife sense. Not
 * the other senses' words: a "skin rug" or a "fur coat" is the animal's material made into a thing.
 */
function boundToMadeUp(sense: SenseRule, tokens: Tokens, word: number, first: number, last: number): boolean {
  const bound = (other: number) =>
    (other < first || other > last) &&
    other >= 0 &&
    other < tokens.count &&
    tokens.sep(Math.min(word, other)) === ' ' &&
    sense.madeUp.has(tokens.folded(other));
  // Or its object, after the word that makes it one ("estampado de serpiente", "принт под змею").
  const of = word - 1;
  const objectOf =
    of >= 0 && (of < first || of > last) && tokens.sep(of) === ' ' && sense.madeUpOf.has(tokens.folded(of));
  return bound(word - 1) || bound(word + 1) || (objectOf && bound(of - 1));
}

/** Words right after a term that may still belong to its noun phrase ("bear claw feet", "ivory satin gown"). */
const HEAD_WORDS = 2;

/**
 * The sense of the words bound to a term from the right: the first cue among the next words joined to it by a
 * space or dash only, before any function word ("ivory satin dress", "bear claw feet", "ivory tusk"). Those
 * words name what the term describes, so a competing one outweighs a nearer wildlife cue before it ("carved
 * bear claw feet"). `ignored`: cues that say nothing of this match.
 */
function headCue(
  sense: SenseRule,
  { byWord: stopWords }: StopWordIndex,
  tokens: Tokens,
  last: number,
  competes: (folded: string) => boolean,
  ignored?: CueLookup,
): 'wildlife' | 'competing' | undefined {
  for (let word = last + 1; word <= last + HEAD_WORDS && word < tokens.count; word++) {
    if (tokens.sep(word - 1) !== ' ') return undefined;
    const folded = tokens.folded(word);
    if (stopWords.has(folded)) return undefined;
    if (ignored?.has(folded)) continue;
    if (competes(folded)) return 'competing';
    if (sense.wildlife.has(folded)) return 'wildlife';
  }
  return undefined;
}

/**
 * The article and the word for "real" that make an animal a figure of a person (isFigureOfPerson), folded; an elided
 * article is its own word ("un'autentica" is "un autentica").
 */
const REAL_ONE: Record<string, ReadonlySet<string>> = {
  fr: new Set(['un vrai', 'une vraie', 'un veritable', 'une veritable']),
  it: new Set(['un vero', 'una vera', 'un autentico', 'un autentica']),
  es: new Set(['un verdadero', 'una verdadera', 'un autentico', 'una autentica']),
  nl: new Set(['een echte', 'een ware']),
  de: new Set(['ein echter', 'eine echte', 'ein richtiger', 'eine richtige', 'ein wahrer', 'eine wahre']),
  en: new Set(['a real', 'a proper', 'a right', 'a true', 'a total', 'an absolute']),
};
/** The verb "is" and the article before an animal a person is called (isPersonCalled), folded: "è un" is "e un". */
const IS_A: Record<string, ReadonlySet<string>> = {
  fr: new Set(['est un', 'est une']),
  it: new Set(['e un', 'e una']),
  es: new Set(['es un', 'es una']),
  nl: new Set(['is een']),
  de: new Set(['ist ein', 'ist eine']),
  en: new Set(['is a', 'is an']),
};
/**
 * The bare comparison word of each language that marks a simile without an article, and the words that make it
 * start a list of examples: "such" in its forms before it, "for example" after it.
 */
const BARE_SIMILE: Record<string, { simile: string; such: ReadonlySet<string> }> = {
  pl: { simile: 'jak', such: new Set('taki taka takie takich takimi takiego takiej takiemu np'.split(' ')) },
  ru: { simile: 'как', such: new Set('такие такой такая такое таких такими такого такую такому например'.split(' ')) },
};
/** Words before a comparison word searched for "such": "такие виды диких кошек, как тигр". */
const SUCH_WINDOW = 4;

/** The small words inside names ("Arend de Vries", "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'ter', 'ten', 'di', 'da', 'del', 'du', 'le', 'la']);
/** Titles before a name or a character's name, folded, in the eight languages ("Meneer de Uil", "Pan Tygrys"). */
const PERSONAL_TITLES = new Set(
  [
    'mr mrs ms miss sir monsieur madame mme herr frau meneer mevrouw señor senor señora senora don dona signor signora',
    'pan pani господин госпожа',
    // Offices, family and kin before a surname ("Cllr Hawk", "Familie Löwe", "Maître Patas", "pastoor De Leeuw").
    'cllr rev revd aunt uncle mlle maitre abbe pere nee famille tante oncle familie pfarrer burgermeister onkel geb',
    'juf meester pastoor dominee oom sr sra srta familia tio tia sig famiglia zio zia rodzina ksiadz wujek ciocia',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Whether a lone word is a personal title before a name ("Pan Tadeusz", "pan Tomasz Wilk", Polish 'Mr'): the title,
 * never the taxon it spells (the genus Pan), whatever wildlife words the sentence holds ("bez zwierząt").
 */
function isTitleBeforeName(tokens: Tokens, [first, last]: WordSpan): boolean {
  return (
    first === last &&
    PERSONAL_TITLES.has(tokens.folded(first)) &&
    tokens.sep(last) === ' ' &&
    capitalisedAt(tokens, last + 1)
  );
}

/**
 * The abbreviations that give a woman's birth name or her late husband's, folded: "Adler geb. Falke", "Волкова (урожд.
 * Медведева)", "Pavone ved. Falco", "Lobo vda. Halcón", "Martin vve Aigle", "Vos wed. de Valk", "Ida Wolf Wwe.".
 */
const BIRTH_NAME_ABBREVIATIONS = ['geb', 'урожд', 'ved', 'vda', 'vve', 'wed', 'wwe'];
/** The words that give it in full, folded: "née", "урождённая". */
const BIRTH_NAME_WORDS = new Set(['nee', 'урожденная', 'geborene']);

/**
 * The word of the birth name given by a marker that starts at word `word` ("geb. Falke", "née Lyon", Polish "z d.
 * Sokół" and "z domu Sokół"); -1 when no marker starts there.
 */
function birthNameAt(tokens: Tokens, word: number): number {
  if (word + 1 >= tokens.count) return -1;
  const [folded, sep] = [tokens.folded(word), tokens.sep(word)];
  if (BIRTH_NAME_ABBREVIATIONS.includes(folded) && /^\.? ?$/.test(sep)) return word + 1;
  if (BIRTH_NAME_WORDS.has(folded) && sep === ' ') return word + 1;
  if (folded !== 'z' || sep !== ' ' || word + 2 >= tokens.count) return -1;
  const [next, nextSep] = [tokens.folded(word + 1), tokens.sep(word + 1)];
  return (next === 'd' && nextSep === '.') || (next === 'domu' && nextSep === ' ') ? word + 2 : -1;
}
/**
 * Abbreviated titles, written with or without their full stop before a name: academic ("Dr. Wolf", "Prof Sokół") and
 * the French "M.", "MM.", "Mmes" ("excusé M. Aigle").
 */
const ABBREVIATED_TITLES = new Set(['dr', 'prof', 'm', 'mm', 'mme', 'mmes', ...BIRTH_NAME_ABBREVIATIONS]);
/** Words that open the name of a street or a square, in the eight languages ("ul. Pytona", "rue du Faucon"). */
const STREET_WORDS = new Set(
  [
    'ul ulica ulicy placu aleja alei rue impasse allee avenue chemin quai boulevard via viale piazza vicolo corso',
    'calle avenida plaza улица улице ул проспект переулок бульвар шоссе',
  ]
    .join(' ')
    .split(' '),
);
/** The articles and prepositions between a street word and its name ("via dell'Aquila", "calle del Halcón"). */
const STREET_PARTICLES = new Set(['de', 'du', 'des', 'la', 'l', 'del', 'dell', 'della', 'dello', 'degli']);

/** The street word before word `word`, perhaps with particles between ("rue des Aigles"); -1 when none is. */
function streetBefore(tokens: Tokens, word: number): number {
  let before = word - 1;
  while (before > 0 && word - before < 3 && STREET_PARTICLES.has(tokens.folded(before))) before--;
  if (before < 0 || !/^[. ']$/.test(tokens.sep(before))) return -1;
  return STREET_WORDS.has(tokens.folded(before)) ? before : -1;
}

/** The words a quoted name may have before or after the match ("«Три медведя»", "“The Lion King”"). */
const QUOTED_REACH = 3;

/**
 * The words of a name in quotation marks a match is written in, when the name opens with a capital right after an
 * opening mark and closes within reach of the match: a film's, a brand's or a train's name ("«Сапсан»").
 */
function quotedNameOf(tokens: Tokens, first: number, last: number): WordSpan | undefined {
  let open = first;
  while (open > 0 && first - open < QUOTED_REACH && tokens.sep(open - 1) === ' ') open--;
  let close = last;
  while (close + 1 < tokens.count && close - last < QUOTED_REACH && tokens.sep(close) === ' ') close++;
  const start = tokens.start(open);
  const end = tokens.end(close);
  const before = tokens.source(start - 1, start);
  const after = tokens.source(end, end + 1);
  if (!capitalisedAt(tokens, open)) return undefined;
  if (OPENING_QUOTE.test(before) && CLOSING_QUOTE.test(after)) return [open, close];
  // French sets its guillemets off by a space, often a no-break one ("le « Calypso »").
  const spacedBefore = tokens.source(start - 2, start);
  const spacedAfter = tokens.source(end, end + 2);
  if (SPACED_GUILLEMET_OPEN.test(spacedBefore) && SPACED_GUILLEMET_CLOSE.test(spacedAfter)) return [open, close];
  // Single marks, which also write an elision ("l'Aquila") or a possessive: a word-initial one and a word-final one.
  const quoted =
    SINGLE_QUOTE.test(before) &&
    SINGLE_QUOTE.test(after) &&
    !WORD_CHAR.test(tokens.source(start - 2, start - 1)) &&
    !WORD_CHAR.test(tokens.source(end + 1, end + 2));
  return quoted ? [open, close] : undefined;
}
/**
 * The marks that open a quoted name, shared by the quoted-name and the proper-name rules; German books and papers
 * turn the guillemets round ("die Yacht »Arethusa«").
 */
const OPENING_QUOTES = '«»„“"';
const OPENING_QUOTE = new RegExp(`^[${OPENING_QUOTES}]$`, 'u');
const CLOSING_QUOTE = /^[»«“”"]$/u;
const SPACED_GUILLEMET_OPEN = /^«[ \u00a0\u202f]$/u;
const SPACED_GUILLEMET_CLOSE = /^[ \u00a0\u202f]»$/u;
/** A single quotation mark, straight or curly: a boat's or a horse's name ('Nautilus', ‘Condor’). */
const SINGLE_QUOTE = /^['‘’]$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A Russian surname's endings in its cases (Соколов, Волкова, Орловых), which an animal's genitive plural shares. */
const RUSSIAN_SURNAME = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын)(?:а|ой|у|ым|ых|ыми)?$/u;

/**
 * A capitalised word of a Russian surname's endings inside a sentence or after an initial ("участок 1 Соколов",
 * "А. Соколов", "Литература: Соколов П."): Russian writes the animals' plural in small letters.
 */
function isRussianSurname(tokens: Tokens, word: number): boolean {
  if (word === 0 || !RUSSIAN_SURNAME.test(writtenAt(tokens, word))) return false;
  return isInitial(tokens, word - 1) || !/[.!?\n\u2028]/u.test(tokens.sep(word - 1));
}
/** The number of a ranking's or a results list's item ("1.", "12)"). */
const RANK = /^\d{1,3}$/;
/** The last minute of a match, extra time and added time included. */
const LAST_MINUTE = 130;

/**
 * Whether the capitalised word `word` is a scorer's name: the minute follows it with its mark, a full stop or an
 * apostrophe, inside brackets or before a comma, a semicolon or the text's end ("Wolf 61.,", "(Lobo 12')").
 */
function isScorer(tokens: Tokens, word: number): boolean {
  const minute = word + 1;
  if (minute >= tokens.count || !/^ ?\(?$/.test(tokens.sep(word)) || !RANK.test(tokens.folded(minute))) return false;
  numberReads.count++;
  if (Number(tokens.folded(minute)) > LAST_MINUTE) return false;
  return minute + 1 === tokens.count ? /^['.]/.test(tokens.sep(minute)) : /^['.][),;]/.test(tokens.sep(minute));
}

/**
 * A register's or a class list's surname written in capitals before the given name ("LOUP Mathis, MERLIN Jade"): a
 * word of capitals only, then a capitalised word, the two making one item of a list or a line; or, opening a text or a
 * line, before a comma and the given names.
 */
function isSurnameInCapitals(tokens: Tokens, word: number): boolean {
  if (!/^\p{Lu}{2,}$/u.test(writtenAt(tokens, word)) || !capitalisedAt(tokens, word + 1)) return false;
  const opens = word === 0 || /^[:,;\n\u2028]/u.test(tokens.sep(word - 1));
  // A death notice's or an index's "EAGLE, Doreen Ada", its given names after a comma.
  if (opens && tokens.sep(word) === ',') return true;
  return (
    opens && tokens.sep(word) === ' ' && (word + 2 >= tokens.count || /^[,;.\n\u2028]/u.test(tokens.sep(word + 1)))
  );
}
/** A word written with a capital and small letters only ("Nicola", "Sturgeon"). */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Word `word` of the text as the page writes it. */
const writtenAt = (tokens: Tokens, word: number) => tokens.source(tokens.start(word), tokens.end(word));
/** Whether word `word` exists and is written CAPITALISED. */
const capitalisedAt = (tokens: Tokens, word: number) =>
  word >= 0 && word < tokens.count && CAPITALISED.test(writtenAt(tokens, word));
const LOWER_CASE = /^\p{Ll}/u;

/**
 * Whether a common name's capital marks a proper name in it: an abbreviation ("CAG"), a name whose other words are
 * lower case ("Amazon parrot", "Buffons ara"), or a genus declined as a noun ("Masdevallii" of Masdevallia). A lone
 * capitalised word else ("Wolf", "Kestrel") says nothing: the 2017 checklist capitalises every name it gives, the
 * bundled lists none but proper names. `label`: the scientific name of the name's taxon.
 */
function isWrittenAsName(text: string, label: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(text)) return true;
  if (LOWER_CASE.test(text)) return false;
  if (/ \p{Ll}/u.test(text)) return true;
  const genusStem = label.split(' ')[0].slice(0, -2).toLowerCase();
  return genusStem.length >= MIN_GENUS_STEM && text.toLowerCase().startsWith(genusStem);
}

/** The indefinite articles of the eight languages' common nouns (Polish and Russian have none). */
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'ein', 'eine', 'einen', 'einem', 'een', 'un', 'une', 'uno', 'una']);

/** A genus stem shorter than this ("Pu" of Puma) is no sign that a word declines the genus. */
const MIN_GENUS_STEM = 3;
/** What joins two words inside a sentence: a space, or the apostrophe of an elided article ("all'Aquila"). */
const MID_SENTENCE = /^(?: |['’])$/u;
/** What joins a word to a proper name after it: the same, or a space and an opening quote ("торта «Черепаха»"). */
const BEFORE_NAME = new RegExp(`^(?: [${OPENING_QUOTES}]?|['’])$`, 'u');
/**
 * What joins two words inside a sentence or a list: a comma too ("achterin, Sili en Haan"), which the tokens fold to
 * "," (fold.ts' foldSeparator).
 */
const IN_SENTENCE = /^(?:,? |,|['’])$/u;
/** An initial of a given name, one capital and its full stop: "Wolf, J. and Crane, P. (2019)". */
const isInitial = (tokens: Tokens, word: number) =>
  word >= 0 && word + 1 < tokens.count && /^\p{Lu}$/u.test(writtenAt(tokens, word)) && tokens.sep(word).startsWith('.');
/** The words that join the last two items of a list, in the eight languages. */
const LIST_AND = new Set(['and', 'und', 'et', 'en', 'y', 'e', 'i', 'и', 'oraz', '&']);

/**
 * The word of the list item beside word `word` (`step` -1 before it, 1 after it): after a comma, a semicolon or an
 * ampersand, or after "and" in any of the eight languages ("Okafor and Martin"); -1 when none is.
 */
function listItemBeside(tokens: Tokens, word: number, step: -1 | 1): number {
  const gap = step < 0 ? word - 1 : word;
  if (gap < 0 || gap + 1 >= tokens.count) return -1;
  const sep = tokens.sep(gap);
  if (sep === ',' || sep === ';' || sep === '&') return word + step;
  const and = word + step;
  const next = and + step;
  if (sep !== ' ' || next < 0 || next >= tokens.count || !LIST_AND.has(tokens.folded(and))) return -1;
  return tokens.sep(step < 0 ? next : and) === ' ' ? next : -1;
}
/** A Latin epithet after its genus ("leucomelas", "auratus", "elegans"), by the endings most epithets have. */
const EPITHET = /^[a-z]{3,}(?:us|um|ae|ii|is|es|as|ns|x)$/;
/** An epithet closing a binomial in brackets, where the feminine ones ending in -a are as sure ("heterophylla"). */
const BRACKETED_EPITHET = /^[a-z]{3,}(?:a|us|um|ae|i|is|es|as|ns|x)$/;

/** A currency sign, or a currency written after an amount: "£1200", "1500 ₽", "1200 zł" are prices. */
const PRICE = /\p{Sc}|^\s?(zł|руб)/iu;

/** A year from 1500 to 1949 ("c.1890", "1680") dates an antique: the material is old, not a colour or a car. */
function isAntiqueYear(tokens: Tokens, word: number, folded: string): boolean {
  // Asked of every word near an ambiguous match: most are not four characters long, and need nothing more.
  // From 1500: a round "1000" or "1200" is a count or a price ("puzzle of 1000 pieces") far more often than a year.
  if (folded.length !== 4) return false;
  if (isDigits(folded)) numberReads.count++;
  if (!/^1[5-9][0-9]{2}$/.test(folded) || Number(folded) >= 1950) return false;
  const start = tokens.start(word);
  const end = tokens.end(word);
  return !PRICE.test(tokens.source(start - 2, start)) && !PRICE.test(tokens.source(end, end + 5));
}

/**
 * An auction's lot number ("Lot 214", "lot no. 12"): the sale of an antique. A "lot" without a number is a batch
 * ("£10 the lot", "lot de trois", "job lot of plush toys"), which says nothing of the material.
 */
function isLotNumber(tokens: Tokens, word: number, folded: string): boolean {
  if (folded !== 'lot' || word + 1 >= tokens.count) return false;
  return /^(?:\s*no\.?)?\s*\d/i.test(tokens.source(tokens.end(word), tokens.end(word + 1)));
}

function exemptNameNear({ exemptNames }: SenseData, tokens: Tokens, [first, last]: WordSpan): boolean {
  const from = Math.max(0, first - EXEMPT_WINDOW);
  const to = Math.min(tokens.count - 1, last + EXEMPT_WINDOW);
  for (let word = from; word <= to; word++) {
    const folded = tokens.folded(word);
    for (const name of exemptNames) {
      if (!wordFits(name[0], folded) || word + name.length - 1 > to) continue;
      if (name.every((part, i) => i === 0 || wordFits(part, tokens.folded(word + i)))) return true;
    }
  }
  return false;
}
