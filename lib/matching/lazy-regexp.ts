/**
 * A regular expression built on first use. V8 checks every regular expression
 * literal while it parses a script, and for Unicode property escapes (`\p{L}`)
 * that builds their character sets: 0.05–0.25 ms each on the 2-core machine,
 * which every frame paid in evaluating the content script (issue 14), for
 * expressions it runs later, in a slice of its own, or never.
 * @example const hasLetters = lazyRegExp(String.raw`\p{L}{2}`, 'u'); hasLetters().test('ab') // true
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let expression: RegExp | undefined;
  return () => (expression ??= new RegExp(source, flags));
}
