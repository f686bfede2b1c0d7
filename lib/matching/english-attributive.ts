import type { Term } from '@/lib/dictionary/schema';

/**
 * The "-ed" of a compound adjective inside an English name: a word after another word ("pig-nosed", "green
 * cheeked") and before the name's last word, which guards the shorter form.
 */
const COMPOUND_PARTICIPLE = /(?<=\p{L}[- ])(\p{L}+?[^\P{L}e])(ied|ed)(?= \p{L})/gu;
/** Consonants a short stem doubles before "-ed" ("capped", "legged"); "ll", "ss", "ff" belong to the noun. */
const DOUBLED = /([bdgmnprt])\1$/u;
/** A stem of one syllable ending in a single vowel and a single consonant takes back its silent "e" ("nosed"). */
const SILENT_E = /^[^aeiouy]*[aeiouy][^aeiouyw]$/u;
/** A stem ending in a vowel or a consonant and "l" lost its "e" ("toed", "tongued", "girdled"). */
const LOST_E = /(?:[aeiouy]|[^aeiouyl]l)$/u;

/** The noun an "-ed" adjective was made from: "footed" → "foot", "bellied" → "belly", "naped" → "nape". */
function nounOf(stem: string, ending: string): string {
  if (ending === 'ied') return `${stem}y`;
  if (DOUBLED.test(stem)) return stem.slice(0, -1);
  if (SILENT_E.test(stem.toLowerCase()) || LOST_E.test(stem.toLowerCase())) return `${stem}e`;
  return stem;
}

/**
 * An English name whose compound adjective keepers write with the bare noun: "red-footed tortoise" → "red-foot
 * tortoise", "pig-nosed turtle" → "pig-nose turtle", "green-winged macaw" → "green-wing macaw", "white-bellied
 * caique" → "white-belly caique". The variant inflects like the name.
 *
 * @example
 * compoundAdjectiveAsNoun({ text: 'yellow-naped amazon', lang: 'en' }) // { text: 'yellow-nape amazon', lang: 'en' }
 * compoundAdjectiveAsNoun({ text: 'reticulated python', lang: 'en' }) // undefined
 */
export function compoundAdjectiveAsNoun(term: Term): Term | undefined {
  if (term.lang !== 'en') return undefined;
  const text = term.text.replace(COMPOUND_PARTICIPLE, (_, stem: string, ending: string) => nounOf(stem, ending));
  return text === term.text ? undefined : { ...term, text };
}
