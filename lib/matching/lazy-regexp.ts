/**
 * A regular expression built on first use. V8 checks every regular expression
 * literal while it parses a script, and for Unicode property escapes (`\p{L}`)
 * that builds their character sets: 0.05–0.25 ms each on the 2-core machine,
 * which every frame paid in evaluating the content script (issue 14), for
 * expressions it runs later, in a slice of its own, or never.
 * The pattern is a plain string, not a template: a tagged template (or `String.raw`) builds its strings object when
 * the module is evaluated, which the content script did for each of its eight expressions in every frame.
 * @example const hasLetters = lazyRegExp('\\p{L}{2}'); hasLetters().test('ab') // true
 */
export function lazyRegExp(source: string, flags = 'u'): () => RegExp {
  let expression: RegExp | undefined;
  return () => (expression ??= new RegExp(source, flags));
}
