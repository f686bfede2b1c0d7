/**
 * Elements whose text never renders, by tag or local name in any case: the one list dom-rules.ts (every tag the scan
 * meets, asked once per tag name) and frame-worth.ts (the frame script, which must not build dom-rules' tag tables)
 * both read. A regular expression literal, not a `Set`: the frame script every frame evaluates carries it as is.
 * @example INVISIBLE_TAG.test('noscript') // true
 */
export const INVISIBLE_TAG = /^(script|style|noscript|template)$/i;
