import { isCapitalisedAt } from '@/lib/matching/capitalised-word';
import type { CueLookup } from '@/lib/matching/cue-words';
import type { Tokens } from '@/lib/matching/tokenize';

/** Words read inside the bracket after a name: a menu glosses a dish or a drink with its first few ingredients. */
const GLOSS_WORDS = 4;
/** The bracket opening right after the name, perhaps after a space: "Caracara (rum", "Jabiru(gin". */
const OPENING_BRACKET = /^ ?\($/;

/**
 * Whether a single capitalised name is a dish's or a drink's on a menu: right before a bracket whose first words
 * name food or drink ("Caracara (rum, lime)", "Jabiru (Gin, Holunder)"). A listing glosses a name with another name
 * or with the animal's particulars, never with ingredients.
 * @example isMenuItem(tokenize('Cocktails: Jabiru (rum, lime)', fold), [1, 1], food) // true
 */
export function isMenuItem(tokens: Tokens, [first, last]: [number, number], food: CueLookup): boolean {
  if (first !== last || last + 1 >= tokens.count || !isCapitalisedAt(tokens, first)) return false;
  if (!OPENING_BRACKET.test(tokens.sep(last))) return false;
  for (let word = last + 1; word < Math.min(tokens.count, last + 1 + GLOSS_WORDS); word++) {
    if (food.has(tokens.folded(word))) return true;
    if (word + 1 < tokens.count && tokens.sep(word).includes(')')) return false;
  }
  return false;
}
