import type { TextLang } from '@/lib/matching/text-language';
import { EVERY_LANGUAGE, type EverydayTerm, type Match, type TermInfo } from '@/lib/matching/types';

/** What the gate makes of a match: keep it, keep it only with wildlife context nearby, or drop it. */
export type GateVerdict = 'keep' | 'context' | 'drop';

/**
 * The language and everyday-word rules for the taxon names the compiler found spelled like everyday words
 * (term-gates.ts), whichever list they come from:
 * - a common name that is an everyday word of another of the eight languages is bound to its own language:
 *   dropped in text of another language ("loro" in Italian, "Once" in English), kept in its own;
 * - it needs wildlife context where its everyday sense is in play: a brand or abbreviation anywhere, a word of its
 *   own language, or text whose language nothing tells;
 * - a scientific name ("Pan", "Vanilla") needs context unless the text is in a language where it is no word.
 * Every other name is unambiguous and kept: names of several words, and single words no language uses.
 */
export class EverydayGate {
  private readonly langsOf = new Map<number, readonly string[]>();

  constructor(
    private readonly terms: readonly TermInfo[],
    everyday: readonly EverydayTerm[],
  ) {
    for (const [term, langs] of everyday) this.langsOf.set(term, langs.split(' '));
  }

  /** Whether any term is gated at all: most matches of most pages skip the gate. */
  gates(match: Match): boolean {
    return match.terms.some((term) => this.langsOf.has(term));
  }

  /** The most lenient verdict over the match's terms; `textLang` is asked only when a term needs it. */
  verdict(match: Match, textLang: () => TextLang | undefined): GateVerdict {
    let verdict: GateVerdict = 'drop';
    for (const term of match.terms) {
      const termVerdict = this.termVerdict(term, textLang);
      if (termVerdict === 'keep') return 'keep';
      if (termVerdict === 'context') verdict = 'context';
    }
    return verdict;
  }

  private termVerdict(term: number, textLang: () => TextLang | undefined): GateVerdict {
    const langs = this.langsOf.get(term);
    if (langs === undefined) return 'keep';
    const own = this.terms[term]!.lang;
    const everywhere = langs.includes(EVERY_LANGUAGE);
    const text = textLang();
    if (own === 'la') return !everywhere && text !== undefined && !langs.includes(text) ? 'keep' : 'context';
    const bound = langs.some((lang) => lang !== own && lang !== EVERY_LANGUAGE);
    if (bound && text !== undefined && text !== own) return 'drop';
    return everywhere || langs.includes(own) || text === undefined ? 'context' : 'keep';
  }
}
