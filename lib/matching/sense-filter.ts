import { EXEMPT_GROUP_WORDS, EXEMPT_TAXA } from '@/lib/dictionary/exemptions';
import { LANGUAGE_BOUND_TERMS, STOP_WORDS } from '@/lib/dictionary/languages';
import { AMBIGUOUS_TERMS, SENSE_CUES, WILDLIFE_CUES, type CompetingSense } from '@/lib/dictionary/senses';
import { CueSet, anyHas, cueWords, wordFits, type CueWord } from '@/lib/matching/cue-words';
import { foldPhrase } from '@/lib/matching/normalize';
import type { Tokens } from '@/lib/matching/tokenize';
import type { Pace } from '@/lib/scheduling/pace';
import type { Match, TermInfo } from '@/lib/matching/types';

/** Words on each side of a match that may hold a cue: about a sentence, never the whole page. */
const CUE_WINDOW = 10;
/** Words on each side of a parrot word searched for an exempt species name. */
const EXEMPT_WINDOW = 40;
/** Words on each side of a false friend read to guess the language around it. */
const LANGUAGE_WINDOW = 20;

interface SenseRule {
  rule: 'support' | 'veto';
  /** Shared sets, asked in turn (see senseData). */
  wildlife: readonly CueSet[];
  competing: readonly CueSet[];
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

/**
 * Folds the cue data, pausing (`yield`) after each list or rule so a page can have it built in slices (see
 * prepareSenses). Every ambiguous term shares the wildlife cues and most senses' cues: each list is folded and
 * stored once, and a rule asks the shared sets (folding and copying them per term made a 50-100 ms task).
 */
function* buildSenseData(): Generator<void, SenseData> {
  const wildlife = new CueSet();
  for (const list of Object.values(WILDLIFE_CUES)) {
    wildlife.addList(list);
    yield;
  }
  const senses = new Map<CompetingSense, CueSet>();
  for (const sense of Object.keys(SENSE_CUES) as CompetingSense[]) {
    const set = new CueSet();
    for (const list of Object.values(SENSE_CUES[sense])) set.addList(list);
    senses.set(sense, set);
    yield;
  }
  const byTerm = new Map<string, SenseRule>();
  for (const ambiguous of AMBIGUOUS_TERMS) {
    const own = new CueSet();
    for (const list of Object.values(ambiguous.wildlife ?? {})) own.addList(list);
    const sense: SenseRule = {
      rule: ambiguous.rule,
      wildlife: [wildlife, own],
      competing: ambiguous.competes.map((competing) => senses.get(competing)!),
    };
    for (const term of ambiguous.terms) byTerm.set(foldPhrase(term), sense);
    yield;
  }
  const boundLangs = new Map<string, readonly string[]>();
  for (const { terms, langs } of LANGUAGE_BOUND_TERMS)
    for (const term of terms) boundLangs.set(foldPhrase(term), langs);
  const stopWords = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOP_WORDS)) {
    for (const word of words.split(' ')) stopWords.set(word, [...(stopWords.get(word) ?? []), lang]);
  }
  yield;
  return {
    byTerm,
    boundLangs,
    stopWords,
    groupWords: new CueSet().addList(EXEMPT_GROUP_WORDS.join(' ')),
    exemptNames: EXEMPT_TAXA.flatMap((taxon) => taxon.names.map(cueWords)),
  };
}

/** Runs the build to its end: `pause` is awaited whenever the pace says a slice is over. */
function finish(build: Generator<void, SenseData>, pause?: Pace): SenseData | Promise<SenseData> {
  for (;;) {
    const next = build.next();
    if (next.done) return (data ??= next.value);
    if (pause?.due()) return pause.pause().then(() => finish(build, pause));
  }
}

/** The cue data, folded at once on the first match that needs it unless prepareSenses built it already. */
function senseData(): SenseData {
  return data ?? (finish(buildSenseData()) as SenseData);
}

/**
 * Folds the cue data ahead of the first scan, in the pace's slices: built on a page's first ambiguous match
 * instead, it made one task of 20-30 ms inside the scan.
 * @example await prepareSenses(createPace({ signal }));
 */
export async function prepareSenses(pace: Pace): Promise<void> {
  if (!data) await finish(buildSenseData(), pace);
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
  apply(matches: Match[], tokens: Tokens, declaredLang?: string): Match[] {
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
  let wildlife = Infinity;
  let competing = Infinity;
  const from = Math.max(0, first - CUE_WINDOW);
  const to = Math.min(tokens.count - 1, last + CUE_WINDOW);
  for (let word = from; word <= to; word++) {
    if (word >= first && word <= last) continue;
    const distance = word < first ? first - word : word - last;
    if (distance >= wildlife && distance >= competing) continue;
    const folded = tokens.folded(word);
    if (anyHas(sense.competing, folded)) competing = Math.min(competing, distance);
    else if (anyHas(sense.wildlife, folded) || isAntiqueYear(folded)) wildlife = Math.min(wildlife, distance);
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
