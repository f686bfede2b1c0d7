import type { Term } from '@/lib/dictionary/schema';

/** A Polish "ą" before a word's last consonant, which is "ę" in the word's other cases. */
const ALTERNATING_Ą = /ą(?=[bdgzżź](?!\p{L}))/gu;

/**
 * A Polish noun with "ą" before its last consonant writes "ę" in every other case: "jastrząb" → "jastrzębia",
 * "gołąb" → "gołębie", "wąż" → "węża". The name spelled with "ę" is a variant, which inflection declines; its bare
 * form ("jastrzęb") is no Polish word, so it finds nothing else.
 *
 * @example
 * polishAlternation({ text: 'jastrząb', lang: 'pl' }) // { text: 'jastrzęb', lang: 'pl' }
 * polishAlternation({ text: 'żółw', lang: 'pl' }) // undefined
 */
export function polishAlternation(term: Term): Term | undefined {
  if (term.lang !== 'pl') return undefined;
  const text = term.text.replace(ALTERNATING_Ą, 'ę');
  return text === term.text ? undefined : { ...term, text };
}
