import type { Term } from '@/lib/dictionary/schema';

/** A possessive "'s" (either apostrophe) closing a word of an English name. */
const POSSESSIVE = /(\p{L})['’]s(?=\s|$)/gu;

/**
 * An English name's possessives written without the apostrophe, as sellers type them on a phone ("hermanns
 * tortoise", "goffins cockatoo", "jacksons chameleon"). The variant inflects like the name.
 *
 * @example
 * possessiveWithoutApostrophe({ text: "Hermann's tortoise", lang: 'en' }) // { text: 'Hermanns tortoise', lang: 'en' }
 * possessiveWithoutApostrophe({ text: 'ball python', lang: 'en' }) // undefined
 */
export function possessiveWithoutApostrophe(term: Term): Term | undefined {
  if (term.lang !== 'en') return undefined;
  const text = term.text.replace(POSSESSIVE, '$1s');
  return text === term.text ? undefined : { ...term, text };
}
