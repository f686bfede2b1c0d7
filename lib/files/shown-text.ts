/**
 * Characters that draw nothing or redraw the text around them: controls (NUL, escape…; tab and line breaks are
 * text), bidi marks, embeddings, overrides and isolates (an RLO shows "gpj.exe" as "exe.jpg"), zero-width spaces,
 * word joiners and invisible operators, the BOM, the Mongolian vowel separator, the Hangul fillers (they draw as
 * blanks) and tag characters. Joiners (ZWJ, ZWNJ) and variation selectors stay: emoji and Indic text need them.
 */
const HIDDEN =
  /(?![\t\n\r])[\p{Cc}\u061C\u115F\u1160\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;

/**
 * Text from a page or a batch as a coordinator must read it: each hidden or reordering character written out as
 * its code point, so nothing is hidden and nothing is reordered. For what Spoor shows and writes for people
 * (the CSV, the dashboard, the record, the popup); batch.json keeps the text as it came.
 * @example shownText('Ivory\u202Egnivrac') // 'Ivory[U+202E]gnivrac'
 * @example shownText('a\0b') // 'a[U+0000]b'
 */
export function shownText(text: string): string {
  return text.replace(HIDDEN, (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** Longest file name, record or field path a problem shows: Spoor's own (a flag id, a field) are ~100 characters. */
export const SHOWN_NAME_MAX = 300;
/** Longest message a problem shows: Spoor's own are a few hundred characters, with the values they quote. */
export const SHOWN_MESSAGE_MAX = 2_000;

/**
 * shownText cut to `limit` characters, saying how long it was: a problem quotes what a file says (a file name, an id,
 * a value), which its sender wrote, and one of a megabyte must not become the report.
 * @example shownWithin('x'.repeat(5000), SHOWN_NAME_MAX) // 'xxx…x… (5,000 characters)'
 */
export function shownWithin(text: string, limit: number): string {
  const shown = shownText(text);
  return shown.length <= limit ? shown : `${shown.slice(0, limit)}… (${shown.length.toLocaleString('en')} characters)`;
}

/**
 * A problem found in a file, as the person who opened it will read it: its file name, path and message each shown
 * with shownWithin, as they quote what the file's sender wrote.
 * @example shownProblem({ file: 'a.json', path: 'flag x', message: 'not a URL' })
 */
export function shownProblem(problem: { file: string; path: string; message: string }) {
  return {
    file: shownWithin(problem.file, SHOWN_NAME_MAX),
    path: shownWithin(problem.path, SHOWN_NAME_MAX),
    message: shownWithin(problem.message, SHOWN_MESSAGE_MAX),
  };
}

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * shownText for a name set inside a sentence: one holding right-to-left letters is wrapped in U+2068 FSI … U+2069
 * PDI, so it cannot carry the numbers and brackets beside it into its own direction ("by דני (3 observations)"
 * would show as "by 3) דני observations)"). Spoor's languages are left-to-right, so other text needs nothing.
 * @example isolatedText('דני') // '\u2068דני\u2069'
 */
export function isolatedText(text: string): string {
  const shown = shownText(text);
  return RIGHT_TO_LEFT.test(shown) ? `\u2068${shown}\u2069` : shown;
}
