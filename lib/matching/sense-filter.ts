import { EXEMPT_GROUP_WORDS, EXEMPT_TAXA } from '@/lib/dictionary/exemptions';
import { LANGUAGE_BOUND_TERMS, STOP_WORDS } from '@/lib/dictionary/languages';
import { AMBIGUOUS_TERMS, SENSE_CUES, WILDLIFE_CUES, type CompetingSense } from '@/lib/dictionary/senses';
import { CueSet, cueWords, wordFits, type CueWord } from '@/lib/matching/cue-words';
import { foldPhrase } from '@/lib/matching/normalize';
import type { Tokens } from '@/lib/matching/tokenize';
import type { Match, TermInfo } from '@/lib/matching/types';

/** Words on each side of a match that may hold a cue: about a sentence, never the whole page. */
const CUE_WINDOW = 10;
/** Words on each side of a parrot word searched for an exempt species name. */
const EXEMPT_WINDOW = 40;
/** Words on each side of a false friend read to guess the language around it. */
const LANGUAGE_WINDOW = 20;

interface SenseRule {
  rule: 'support' | 'veto';
  wildlife: CueSet;
  competing: CueSet;
}

/** What a term is to the filter: an ambiguous word, a group word of exempt species, a false friend, or none. */
type TermRole =
  | { kind: 'ambiguous'; sense: SenseRule }
  | { kind: 'group' }
  | { kind: 'bound'; langs: readonly string[]; group: boolean }
  | { kind: 'plain' };
const PLAIN: TermRole = { kind: 'plain' };
/** Longer than any inflected ending: a match this much longer than its term is a compound. */
const MAX_ENDING = 4;

interface SenseData {
  byTerm: Map<string, SenseRule>;
  boundLangs: Map<string, readonly string[]>;
  stopWords: Map<string, string[]>;
  groupWords: CueSet;
  exemptNames: CueWord[][];
}

let data: SenseData | undefined;

/** The cue data folded once, on the first match that needs it (most pages never do). */
function senseData(): SenseData {
  if (data) return data;
  const cuesOf = (senses: readonly CompetingSense[]) => {
    const set = new CueSet();
    for (const sense of senses) for (const list of Object.values(SENSE_CUES[sense])) set.addList(list);
    return set;
  };
  const byTerm = new Map<string, SenseRule>();
  for (const ambiguous of AMBIGUOUS_TERMS) {
    const wildlife = new CueSet();
    for (const list of [...Object.values(WILDLIFE_CUES), ...Object.values(ambiguous.wildlife ?? {})]) {
      wildlife.addList(list);
    }
    const sense: SenseRule = { rule: ambiguous.rule, wildlife, competing: cuesOf(ambiguous.competes) };
    for (const term of ambiguous.terms) byTerm.set(foldPhrase(term), sense);
  }
  const boundLangs = new Map<string, readonly string[]>();
  for (const { terms, langs } of LANGUAGE_BOUND_TERMS)
    for (const term of terms) boundLangs.set(foldPhrase(term), langs);
  const stopWords = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOP_WORDS)) {
    for (const word of words.split(' ')) stopWords.set(word, [...(stopWords.get(word) ?? []), lang]);
  }
  return (data = {
    byTerm,
    boundLangs,
    stopWords,
    groupWords: new CueSet().addList(EXEMPT_GROUP_WORDS.join(' ')),
    exemptNames: EXEMPT_TAXA.flatMap((taxon) => taxon.names.map(cueWords)),
  });
}

/**
 * Drops matches whose surrounding words point away from wildlife: an ambiguous word ("ivory", "Jaguar",
 * "Python") whose nearest cue belongs to an everyday sense, or that lacks the support its rule needs; and
 * the parrot group words of a text that names only species the Appendices exempt (budgerigar, cockatiel,
 * rosy-faced lovebird, ring-necked parakeet). Looks at a few words around each such match only.
 */
export class SenseFilter {
  private readonly roles = new Map<number, TermRole>();

  constructor(private readonly terms: readonly TermInfo[]) {}

  /** `declaredLang`: the page's `lang` for the text ("it", "es-MX"), when it declares one. */
  apply(found: Match[], tokens: Tokens, declaredLang?: string): Match[] {
    const matches = found.filter((match) => !this.isOtherSenseCompound(match, tokens));
    const roles = matches.map((match) => this.roleOf(match));
    if (roles.every((role) => role.kind === 'plain')) return matches;
    const spans = matches.map((match) => wordSpan(tokens, match));
    const names = roles.some((role) => role.kind === 'plain');
    return matches.filter((_, i) => {
      const role = roles[i];
      if (role.kind === 'plain') return true;
      if (role.kind === 'group') return names || !exemptNameNear(tokens, spans[i]);
      if (role.kind === 'bound') {
        const silencedGroup = role.group && !names && exemptNameNear(tokens, spans[i]);
        const lang = commonNameLang(declaredLang);
        const fits = lang ? role.langs.includes(lang) : languageFits(role.langs, tokens, spans[i]);
        return !silencedGroup && fits;
      }
      return fitsSense(role.sense, tokens, spans[i], spans, roles);
    });
  }

  /**
   * A match is plain when any of its terms is, or when it is a compound far longer than its term
   * ("Elfenbeinschnitzerei", "Mammutelfenbein": the compound says which sense); otherwise ambiguous when any is.
   */
  private roleOf(match: Match): TermRole {
    let role: TermRole | undefined;
    for (const term of match.terms) {
      const termRole = this.termRole(term);
      if (termRole.kind === 'plain') return termRole;
      if (role === undefined || termRole.kind === 'ambiguous') role = termRole;
    }
    if (role === undefined || match.end - match.start > this.terms[match.terms[0]].text.length + MAX_ENDING) {
      return PLAIN;
    }
    return role;
  }

  /**
   * A compound of an ambiguous term whose rest is a cue of a competing sense: "Elfenbeinoptik", "ivoorkleur",
   * "Tigerauge" name the look, the colour, the stone. Other compounds say the wildlife sense and stay
   * ("Elfenbeinschnitzerei").
   */
  private isOtherSenseCompound(match: Match, tokens: Tokens): boolean {
    const term = match.terms.find((index) => this.termRole(index).kind === 'ambiguous');
    if (term === undefined || match.end - match.start <= this.terms[term].text.length + MAX_ENDING) return false;
    const [first, last] = wordSpan(tokens, match);
    const stem = foldPhrase(this.terms[term].text);
    const word = tokens.folded(first);
    const role = this.termRole(term);
    return first === last && role.kind === 'ambiguous' && word.startsWith(stem)
      ? role.sense.competing.has(word.slice(stem.length))
      : false;
  }

  private termRole(term: number): TermRole {
    let role = this.roles.get(term);
    if (role === undefined) {
      const { byTerm, boundLangs, groupWords } = senseData();
      const { text, lang } = this.terms[term];
      const folded = foldPhrase(text);
      const sense = byTerm.get(folded);
      const langs = boundLangs.get(folded);
      if (sense) role = { kind: 'ambiguous', sense };
      else if (langs && lang !== 'la') role = { kind: 'bound', langs, group: groupWords.has(folded) };
      else role = groupWords.has(folded) ? { kind: 'group' } : PLAIN;
      this.roles.set(term, role);
    }
    return role;
  }
}

type WordSpan = [first: number, last: number];

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

/**
 * The nearest cue decides: a competing cue at least as near as any wildlife cue rejects; a `support` word
 * also needs a wildlife cue (a plain dictionary match nearby counts as one: "ivory and rhino horn").
 */
function fitsSense(
  sense: SenseRule,
  tokens: Tokens,
  [first, last]: WordSpan,
  spans: readonly WordSpan[],
  roles: readonly TermRole[],
): boolean {
  // The head word can only take the wildlife sense away: "resin replica tiger skull" is still a replica.
  if (headCue(sense, tokens, last) === 'competing') return false;
  let wildlife = Infinity;
  let competing = Infinity;
  const from = Math.max(0, first - CUE_WINDOW);
  const to = Math.min(tokens.count - 1, last + CUE_WINDOW);
  for (let word = from; word <= to; word++) {
    if (word >= first && word <= last) continue;
    const distance = word < first ? first - word : word - last;
    if (distance >= wildlife && distance >= competing) continue;
    const folded = tokens.folded(word);
    if (sense.competing.has(folded)) competing = Math.min(competing, distance);
    else if (sense.wildlife.has(folded) || isAntiqueYear(folded)) wildlife = Math.min(wildlife, distance);
  }
  spans.forEach(([otherFirst, otherLast], i) => {
    if (roles[i].kind !== 'plain') return;
    const distance = otherLast < first ? first - otherLast : otherFirst > last ? otherFirst - last : Infinity;
    if (distance <= CUE_WINDOW) wildlife = Math.min(wildlife, distance);
  });
  if (competing !== Infinity) return wildlife < competing;
  return sense.rule === 'veto' || wildlife !== Infinity;
}

/** Words right after a term that may still belong to its noun phrase ("bear claw feet", "ivory satin gown"). */
const HEAD_WORDS = 2;

/**
 * The sense of the words bound to a term from the right: the first cue among the next words joined to it by a
 * space or dash only, before any function word ("ivory satin dress", "bear claw feet", "ivory tusk"). Those
 * words name what the term describes, so a competing one outweighs a nearer wildlife cue before it ("carved
 * bear claw feet").
 */
function headCue(sense: SenseRule, tokens: Tokens, last: number): 'wildlife' | 'competing' | undefined {
  const stopWords = foldedStopWords();
  for (let word = last + 1; word <= last + HEAD_WORDS && word < tokens.count; word++) {
    if (tokens.sep(word - 1) !== ' ') return undefined;
    const folded = tokens.folded(word);
    if (stopWords.has(folded)) return undefined;
    if (sense.competing.has(folded)) return 'competing';
    if (sense.wildlife.has(folded)) return 'wildlife';
  }
  return undefined;
}

let stopWordsFolded: Set<string> | undefined;

/** The function words of the eight languages folded like page words ("für" is "fur", which is also a cue). */
function foldedStopWords(): Set<string> {
  return (stopWordsFolded ??= new Set(
    Object.values(STOP_WORDS).flatMap((words) => words.split(' ').map((word) => foldPhrase(word))),
  ));
}

/** The primary subtag of a declared language when it is one of the eight ("es-MX" → "es"). */
function commonNameLang(declared: string | undefined): string | undefined {
  const primary = declared?.toLowerCase().split('-')[0];
  return primary !== undefined && primary in STOP_WORDS ? primary : undefined;
}

/**
 * Whether the words around a false friend are in one of its languages: the language whose function words are
 * most frequent there must not be another one. Words that show no language keep the match.
 */
function languageFits(langs: readonly string[], tokens: Tokens, [first, last]: WordSpan): boolean {
  const { stopWords } = senseData();
  const counts = new Map<string, number>();
  const from = Math.max(0, first - LANGUAGE_WINDOW);
  const to = Math.min(tokens.count - 1, last + LANGUAGE_WINDOW);
  for (let word = from; word <= to; word++) {
    for (const lang of stopWords.get(tokens.folded(word)) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const own = Math.max(0, ...langs.map((lang) => counts.get(lang) ?? 0));
  return [...counts.values()].every((count) => count <= own);
}

/** A year before 1950 ("c.1890", "1680") dates an antique: the material is old, not a colour or a car. */
function isAntiqueYear(folded: string): boolean {
  return folded.length === 4 && /^1[0-9]{3}$/.test(folded) && Number(folded) < 1950;
}

function exemptNameNear(tokens: Tokens, [first, last]: WordSpan): boolean {
  const { exemptNames } = senseData();
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
