import type { Lang } from '@/lib/dictionary/schema';
import { languageOfLetters } from '@/lib/matching/letter-language';
import type { Tokens } from '@/lib/matching/tokenize';

/** One of the eight languages of common names. */
export type TextLang = Exclude<Lang, 'la'>;

/** The function words of the dictionary's rules (lib/dictionary/languages.ts, folded), by word. */
export interface StopWordIndex {
  byWord: ReadonlyMap<string, readonly TextLang[]>;
  langs: ReadonlySet<string>;
}

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

/** `stopWords`: space-separated folded function words per language, as the compiled rules carry them. */
export function stopWordIndex(stopWords: Readonly<Record<string, string>>): StopWordIndex {
  const byWord = new Map<string, TextLang[]>();
  for (const [lang, words] of Object.entries(stopWords) as [TextLang, string][]) {
    for (const word of words.split(' ')) byWord.set(word, [...(byWord.get(word) ?? []), lang]);
  }
  return { byWord, langs: new Set(Object.keys(stopWords)) };
}

/**
 * The language of the text around a match, from the nearest evidence: the element's own `lang` where a function word
 * of the sentence around the match says it, else those function words, else letters of the sentence only one language
 * writes (letter-language.ts), else the element's `lang`, else the function words of the whole block, else
 * `<html lang>`; undefined when nothing says (a short ad, a language outside the
 * eight). The block's guess is made once, on first need.
 */
export class TextLanguage {
  private blockGuess: TextLang | null | undefined;
  /** The element's `lang` when it is one of the eight (null when not), read on first need. */
  private element: TextLang | null | undefined;

  constructor(
    private readonly tokens: Tokens,
    private readonly stopWords: StopWordIndex,
    private readonly declared: DeclaredLanguage = {},
  ) {}

  at(first: number, last: number): TextLang | undefined {
    const element = (this.element ??= oneOfEight(this.stopWords, this.declared.lang) ?? null) ?? undefined;
    const from = Math.max(0, first - NEAR_WINDOW);
    const to = Math.min(this.tokens.count - 1, last + NEAR_WINDOW);
    // The element's `lang` is a mark on this part of the page, but a page's mark must not hide its text's own
    // language (a French ad under `lang="en"` would lose its French names): the words win where they say another
    // language and none says the declared one. Short ads have one function word or none, so one is heard. The first
    // word that says the declared one settles it: the words after it are not counted.
    const nearCounts = countsIn(this.stopWords, this.tokens, from, to, element);
    if (!nearCounts) return element;
    const near = leader(nearCounts);
    if (near) return near;
    // Too few function words to say: letters only one language writes do ("Sprzedam żółwia" under `lang="en"`),
    // over any declared lang.
    const letters = languageOfLetters(this.tokens.source(this.tokens.start(from), this.tokens.end(to)));
    if (letters) return letters;
    if (element) return element;
    if (this.blockGuess === undefined)
      this.blockGuess = leader(countsIn(this.stopWords, this.tokens, 0, this.tokens.count - 1)!) ?? null;
    return this.blockGuess ?? oneOfEight(this.stopWords, this.declared.pageLang);
  }
}

/** The language a page declares for a text (its element's `lang`, else `<html lang>`) when it is one of the eight. */
export function declaredLanguageOf(stopWords: StopWordIndex, declared: DeclaredLanguage = {}): TextLang | undefined {
  return oneOfEight(stopWords, declared.lang) ?? oneOfEight(stopWords, declared.pageLang);
}

/** The primary subtag of a declared language when it is one of the eight ("es-MX" → "es"). */
function oneOfEight({ langs }: StopWordIndex, declared: string | undefined): TextLang | undefined {
  const primary = declared?.toLowerCase().split('-')[0];
  return primary !== undefined && langs.has(primary) ? (primary as TextLang) : undefined;
}

/**
 * The function words of each language between two words; undefined as soon as one is of `stopAt`'s language, whose
 * count is then all the caller needs.
 */
function countsIn(
  { byWord: langs }: StopWordIndex,
  tokens: Tokens,
  from: number,
  to: number,
  stopAt?: TextLang,
): Map<TextLang, number> | undefined {
  const counts = new Map<TextLang, number>();
  // Most words are no function word: nothing is made for them (this reads up to 41 words a match).
  for (let word = from; word <= to; word++) {
    const wordLangs = langs.get(tokens.folded(word));
    if (!wordLangs) continue;
    if (stopAt && wordLangs.includes(stopAt)) return undefined;
    for (const lang of wordLangs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return counts;
}

/** The language whose function words lead clearly, if one does. */
function leader(counts: ReadonlyMap<TextLang, number>): TextLang | undefined {
  let best: TextLang | undefined;
  let bestCount = 0;
  let secondCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      secondCount = bestCount;
      best = lang;
      bestCount = count;
    } else if (count > secondCount) secondCount = count;
  }
  return bestCount >= MIN_HITS && bestCount >= LEAD * secondCount ? best : undefined;
}
