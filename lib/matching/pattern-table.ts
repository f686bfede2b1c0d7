import type { Lang, MatchMode } from '@/lib/dictionary/schema';
import { GUARD_LETTERS, paradigmFor, type Paradigm } from '@/lib/matching/inflection';
import { LATIN_SCHEMES, latinSpelling } from '@/lib/matching/russian-latin';
import type { MixedScriptFold } from '@/lib/matching/confusables';
import { foldedPhrase } from '@/lib/matching/tokenize';
import type { CompiledPattern } from '@/lib/matching/types';

/** How one phrase is to be matched. */
export interface PhraseRule {
  lang: Lang;
  mode: MatchMode;
  inflect: boolean;
}

/** A phrase with its rule, as one key: the same text under the same rule always makes the same pattern. */
export function phraseRuleKey(text: string, { lang, mode, inflect }: PhraseRule): string {
  return `${lang} ${mode} ${inflect} ${text}`;
}

/**
 * Collects phrases into distinct patterns: terms that fold, stem and inflect
 * alike share one pattern (a common name two taxa share is looked up once).
 */
export class PatternTable {
  private readonly paradigmIds = new Map<string, number>([['', 0]]);
  private readonly paradigmList: string[][] = [['']];
  private readonly patternIds = new Map<string, number>();
  private readonly patternList: CompiledPattern[] = [];
  /** Each phrase's pattern id by phrase and rule, so a phrase many terms list is tokenised once. */
  private readonly phrasePatterns = new Map<string, number | undefined>();
  /** The exclusions already added, as "pattern term" pairs: a shared phrase cancels thousands of terms. */
  private readonly cancelled = new Set<string>();

  /** `foldMixed`: the fold tabs will read pages with (see compile-rules.ts). */
  constructor(private readonly foldMixed: MixedScriptFold) {}

  /** Adds a phrase that finds `term`. */
  addTerm(text: string, rule: PhraseRule, term: number): void {
    const id = this.patternIdFor(text, rule);
    if (id !== undefined) this.patternList[id]![4].push(term);
  }

  /** Adds a Russian phrase's Latin spellings (russian-latin.ts), declined as the phrase is, as finding `term`. */
  addLatinSpellings(text: string, rule: PhraseRule, term: number): void {
    const ids = new Set<number>();
    for (let scheme = 0; scheme < LATIN_SCHEMES; scheme++) {
      const id = this.patternIdFor(text, rule, scheme);
      if (id !== undefined) ids.add(id);
    }
    for (const id of ids) this.patternList[id]![4].push(term);
  }

  /** Adds an exclusion phrase that cancels `term` (or every term: CANCELS_ALL_TERMS). */
  addExclusion(text: string, rule: PhraseRule, term: number): void {
    const id = this.patternIdFor(text, rule);
    if (id === undefined || this.cancelled.has(`${id} ${term}`)) return;
    this.cancelled.add(`${id} ${term}`);
    this.patternList[id]![5].push(term);
  }

  get paradigms(): string[][] {
    return this.paradigmList;
  }

  get patterns(): CompiledPattern[] {
    return this.patternList;
  }

  private patternIdFor(text: string, rule: PhraseRule, latinScheme?: number): number | undefined {
    const key = `${latinScheme ?? ''} ${phraseRuleKey(text, rule)}`;
    if (this.phrasePatterns.has(key)) return this.phrasePatterns.get(key);
    const id = this.newPatternIdFor(text, rule, latinScheme);
    this.phrasePatterns.set(key, id);
    return id;
  }

  private newPatternIdFor(
    text: string,
    { lang, mode, inflect }: PhraseRule,
    latinScheme: number | undefined,
  ): number | undefined {
    // Terms are single-spaced, but a line break inside one must not read as a block break.
    const { words: folded, seps } = foldedPhrase(text.replace(/\s/g, ' '), this.foldMixed);
    if (folded.length === 0) return undefined;
    const words: string[] = [];
    const paradigms: number[] = [];
    for (const [index, word] of folded.entries()) {
      const guarded = folded.some((other, i) => i !== index && other.length >= GUARD_LETTERS);
      const spelled = inflect ? paradigmFor(word, lang, folded.length > 1, guarded) : { stem: word, endings: [''] };
      const paradigm = latinScheme === undefined ? spelled : inLatin(spelled, latinScheme);
      if (!paradigm) return undefined;
      words.push(paradigm.stem);
      paradigms.push(this.paradigmId(paradigm.endings));
    }
    const key = JSON.stringify([words, seps, paradigms, mode]);
    let id = this.patternIds.get(key);
    if (id === undefined) {
      id = this.patternList.push([words, seps, paradigms, mode, [], []]) - 1;
      this.patternIds.set(key, id);
    }
    return id;
  }

  private paradigmId(endings: string[]): number {
    const key = endings.join('|');
    let id = this.paradigmIds.get(key);
    if (id === undefined) {
      id = this.paradigmList.push(endings) - 1;
      this.paradigmIds.set(key, id);
    }
    return id;
  }
}

/** A Cyrillic paradigm in Latin letters by one scheme; undefined when a letter has no Latin spelling. */
function inLatin({ stem, endings }: Paradigm, scheme: number): Paradigm | undefined {
  const latinStem = latinSpelling(stem, scheme);
  const latinEndings = endings.map((ending) => latinSpelling(ending, scheme));
  if (latinStem === undefined || latinEndings.some((ending) => ending === undefined)) return undefined;
  return { stem: latinStem, endings: [...new Set(latinEndings as string[])].sort() };
}
