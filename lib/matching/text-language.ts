import { STOP_WORDS } from '@/lib/dictionary/languages';
import type { Tokens } from '@/lib/matching/tokenize';

/** One of the eight languages of common names. */
export type TextLang = keyof typeof STOP_WORDS;

/** What the page says about a text's language: the nearest `lang` of its element, and the document's own. */
export interface DeclaredLanguage {
  /** The nearest `lang` attribute below `<html>` ("it", "es-MX"): an explicit mark on this part of the page. */
  lang?: string;
  /** `<html lang>`: a page-wide default, often a template's, so the text's own words come first. */
  pageLang?: string;
}

/** Words on each side of a match read first: the sentence around it, where a mixed page is least mixed. */
const NEAR_WINDOW = 20;
/**
 * Function words the leading language needs to count as evidence, and how many times the next one's: one is
 * enough when no other language has any (short ads have few).
 */
const MIN_HITS = 1;
const LEAD = 2;

let stopWords: Map<string, TextLang[]> | undefined;

function stopWordLangs(): Map<string, TextLang[]> {
  if (stopWords) return stopWords;
  stopWords = new Map();
  for (const [lang, words] of Object.entries(STOP_WORDS) as [TextLang, string][]) {
    for (const word of words.split(' ')) stopWords.set(word, [...(stopWords.get(word) ?? []), lang]);
  }
  return stopWords;
}

/**
 * The language of the text around a match, from the nearest evidence: the element's own `lang`, else the function
 * words of the sentence around the match, else those of the whole block, else `<html lang>`; undefined when
 * nothing says (a short ad, a language outside the eight). The block's guess is made once, on first need.
 */
export class TextLanguage {
  private blockGuess: TextLang | null | undefined;

  constructor(
    private readonly tokens: Tokens,
    private readonly declared: DeclaredLanguage = {},
  ) {}

  at(first: number, last: number): TextLang | undefined {
    const element = oneOfEight(this.declared.lang);
    if (element) return element;
    const near = guess(
      this.tokens,
      Math.max(0, first - NEAR_WINDOW),
      Math.min(this.tokens.count - 1, last + NEAR_WINDOW),
    );
    if (near) return near;
    if (this.blockGuess === undefined) this.blockGuess = guess(this.tokens, 0, this.tokens.count - 1) ?? null;
    return this.blockGuess ?? oneOfEight(this.declared.pageLang);
  }
}

/** The primary subtag of a declared language when it is one of the eight ("es-MX" → "es"). */
function oneOfEight(declared: string | undefined): TextLang | undefined {
  const primary = declared?.toLowerCase().split('-')[0];
  return primary !== undefined && primary in STOP_WORDS ? (primary as TextLang) : undefined;
}

/** The language whose function words lead clearly between two words, if one does. */
function guess(tokens: Tokens, from: number, to: number): TextLang | undefined {
  const counts = new Map<TextLang, number>();
  const langs = stopWordLangs();
  for (let word = from; word <= to; word++) {
    for (const lang of langs.get(tokens.folded(word)) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: TextLang | undefined;
  let bestCount = 0;
  let secondCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) [best, bestCount, secondCount] = [lang, count, bestCount];
    else if (count > secondCount) secondCount = count;
  }
  return bestCount >= MIN_HITS && bestCount >= LEAD * secondCount ? best : undefined;
}
