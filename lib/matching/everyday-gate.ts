import type { TextLang } from '@/lib/matching/text-language';
import { EVERY_LANGUAGE, type EverydayTerm, type Match, type TermInfo } from '@/lib/matching/types';

/** What the gate makes of a match: keep it, keep it only with wildlife context nearby, or drop it. */
export type GateVerdict = 'keep' | 'context' | 'drop';

/** English words are borrowed into every language's web pages ("Online-Store", "App Store"). */
const BORROWED_EVERYWHERE = 'en';

interface EverydayName {
  langs: readonly string[];
  /** The folded forms that are everyday words; undefined when all are (a brand). */
  forms: ReadonlySet<string> | undefined;
}

/**
 * The language and everyday-word rules for the taxon names the compiler found spelled like everyday words
 * (term-gates.ts), whichever list they come from. They apply to the forms that are everyday words only:
 * - a common name that is an everyday word of another of the eight languages is bound to its own language:
 *   dropped in text of another language ("loro" in Italian, "Once" in Spanish), kept in its own;
 * - it needs wildlife context where its everyday sense is in play: a brand or abbreviation anywhere, a word of its
 *   own language or of English (borrowed everywhere), or in text whose language nothing tells;
 * - a scientific name ("Pan", "Vanilla") needs context unless the text is in a language where it is no word.
 * Every other name is unambiguous and kept: names of several words, and single words no language uses.
 */
export class EverydayGate {
  private readonly names = new Map<number, EverydayName>();

  constructor(
    private readonly terms: readonly TermInfo[],
    everyday: readonly EverydayTerm[],
  ) {
    for (const [term, langs, forms] of everyday) {
      this.names.set(term, { langs: langs.split(' '), forms: forms === '' ? undefined : new Set(forms.split(' ')) });
    }
  }

  /** Whether any term is gated at all: most matches of most pages skip the gate. */
  gates(match: Match): boolean {
    return match.terms.some((term) => this.names.has(term));
  }

  /** Whether a term is an everyday word or a person's name in every language, however it is written. */
  everywhere(term: number): boolean {
    return this.names.get(term)?.langs.includes(EVERY_LANGUAGE) ?? false;
  }

  /**
   * The most lenient verdict over the match's terms. `word` is the match's folded word; `textLang` is asked only
   * when a term needs it.
   */
  verdict(match: Match, word: string, textLang: () => TextLang | undefined): GateVerdict {
    let verdict: GateVerdict = 'drop';
    for (const term of match.terms) {
      const termVerdict = this.termVerdict(term, word, textLang);
      if (termVerdict === 'keep') return 'keep';
      if (termVerdict === 'context') verdict = 'context';
    }
    return verdict;
  }

  private termVerdict(term: number, word: string, textLang: () => TextLang | undefined): GateVerdict {
    const name = this.names.get(term);
    if (name === undefined || (name.forms !== undefined && !name.forms.has(word))) return 'keep';
    const { langs } = name;
    const own = this.terms[term]!.lang;
    const everywhere = langs.includes(EVERY_LANGUAGE) || langs.includes(BORROWED_EVERYWHERE);
    const text = textLang();
    if (own === 'la') return !everywhere && text !== undefined && !langs.includes(text) ? 'keep' : 'context';
    const bound = langs.some((lang) => lang !== own && lang !== EVERY_LANGUAGE);
    if (bound && text !== undefined && text !== own) return 'drop';
    return everywhere || langs.includes(own) || text === undefined ? 'context' : 'keep';
  }
}
