/**
 * A regular expression built on first use. V8 checks every regular expression
 * literal while it parses a script, and for Unicode property escapes (`\p{L}`)
 * that builds their character sets: 0.05–0.25 ms each on the 2-core machine,
 * which every frame paid in evaluating the content script (issue 14), for
 * expressions it runs later, in a slice of its own, or never.
 * Used as a tag, its pattern is the template's raw text (as `String.raw` gives it) and its flag 'u': 19 bytes of
 * the content script less per expression than `lazyRegExp(String.raw`…`, 'u')`, which works too.
 * @example const hasLetters = lazyRegExp`\p{L}{2}`; hasLetters().test('ab') // true
 */
export function lazyRegExp(source: string | TemplateStringsArray, flags = 'u'): () => RegExp {
  let expression: RegExp | undefined;
  return () => (expression ??= new RegExp((source as TemplateStringsArray).raw?.[0] ?? source, flags));
}
