import type { MixedScriptFold } from '@/lib/matching/confusables';
import { CueSet, foldedCueWords, wordFits, type CueWord } from '@/lib/matching/cue-words';
import { phraseKey, type Tokens } from '@/lib/matching/tokenize';
import type { Match, MatchRules, TermInfo } from '@/lib/matching/types';

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
  /** The languages stop words are known for: a declared language outside them says nothing. */
  stopWordLangs: Set<string>;
  groupWords: CueSet;
  exemptNames: CueWord[][];
}

/** The cue data of the dictionary's rules (compile-rules.ts), read into sets on the first match that needs it. */
function senseDataOf(rules: MatchRules): SenseData {
  const cuesOf = (senses: readonly string[]) => {
    const set = new CueSet();
    for (const sense of senses) set.addFolded(rules.senseCues[sense] ?? '');
    return set;
  };
  const byTerm = new Map<string, SenseRule>();
  for (const ambiguous of rules.ambiguous) {
    const wildlife = new CueSet().addFolded(rules.wildlifeCues).addFolded(ambiguous.wildlife);
    const sense: SenseRule = { rule: ambiguous.rule, wildlife, competing: cuesOf(ambiguous.competes) };
    for (const term of ambiguous.terms) byTerm.set(term, sense);
  }
  const boundLangs = new Map<string, readonly string[]>();
  for (const { terms, langs } of rules.languageBound) for (const term of terms) boundLangs.set(term, langs);
  const stopWords = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(rules.stopWords)) {
    for (const word of words.split(' ')) stopWords.set(word, [...(stopWords.get(word) ?? []), lang]);
  }
  return {
    byTerm,
    boundLangs,
    stopWords,
    stopWordLangs: new Set(Object.keys(rules.stopWords)),
    groupWords: new CueSet().addFolded(rules.exemptGroupWords),
    exemptNames: rules.exemptNames.map(foldedCueWords),
  };
}

/**
 * Drops matches whose surrounding words point away from wildlife: an ambiguous word ("ivory", "Jaguar",
 * "Python") whose nearest cue belongs to an everyday sense, or that lacks the support its rule needs; and
 * the parrot group words of a text that names only species the Appendices exempt (budgerigar, cockatiel,
 * rosy-faced lovebird, ring-necked parakeet). Looks at a few words around each such match only.
 */
export class SenseFilter {
  private readonly roles = new Map<number, TermRole>();
  private data: SenseData | undefined;

  /** `rules` and `foldMixed`: the compiled dictionary's rules and the fold its patterns were made with. */
  constructor(
    private readonly terms: readonly TermInfo[],
    private readonly rules: MatchRules,
    private readonly foldMixed: MixedScriptFold,
  ) {}

  /** Most pages never need the cue data: it is read on the first match that does. */
  private get senseData(): SenseData {
    return (this.data ??= senseDataOf(this.rules));
  }

  /** `declaredLang`: the page's `lang` for the text ("it", "es-MX"), when it declares one. */
  apply(matches: Match[], tokens: Tokens, declaredLang?: string): Match[] {
    const roles = matches.map((match) => this.roleOf(match));
    if (roles.every((role) => role.kind === 'plain')) return matches;
    const data = this.senseData;
    const spans = matches.map((match) => wordSpan(tokens, match));
    const names = roles.some((role) => role.kind === 'plain');
    return matches.filter((_, i) => {
      const role = roles[i];
      if (role.kind === 'plain') return true;
      if (role.kind === 'group') return names || !exemptNameNear(data, tokens, spans[i]);
      if (role.kind === 'bound') {
        const silencedGroup = role.group && !names && exemptNameNear(data, tokens, spans[i]);
        const lang = commonNameLang(data, declaredLang);
        const fits = lang ? role.langs.includes(lang) : languageFits(data, role.langs, tokens, spans[i]);
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

  private termRole(term: number): TermRole {
    let role = this.roles.get(term);
    if (role === undefined) {
      const { byTerm, boundLangs, groupWords } = this.senseData;
      const { text, lang } = this.terms[term];
      const folded = phraseKey(text, this.foldMixed);
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

/** The primary subtag of a declared language when it is one of the eight ("es-MX" → "es"). */
function commonNameLang({ stopWordLangs }: SenseData, declared: string | undefined): string | undefined {
  const primary = declared?.toLowerCase().split('-')[0];
  return primary !== undefined && stopWordLangs.has(primary) ? primary : undefined;
}

/**
 * Whether the words around a false friend are in one of its languages: the language whose function words are
 * most frequent there must not be another one. Words that show no language keep the match.
 */
function languageFits(
  { stopWords }: SenseData,
  langs: readonly string[],
  tokens: Tokens,
  [first, last]: WordSpan,
): boolean {
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
