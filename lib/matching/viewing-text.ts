import { lazyCueSet, type CueLookup } from '@/lib/matching/cue-words';
import type { Tokens } from '@/lib/matching/tokenize';
import type { MatchRules } from '@/lib/matching/types';

/** The cue sets that tell a viewing text (lib/dictionary/viewing-cues.ts), read from a dictionary's rules. */
export interface ViewingCues {
  viewing: CueLookup;
  trade: CueLookup;
}

/**
 * Reads the lists lazily: most texts never name a zoo or a film, and never ask. A craft's pattern (crochet, origami)
 * shows an animal as a zoo or a film does, so its words count as viewing words.
 */
export function viewingCuesOf({ senseCues }: MatchRules): ViewingCues {
  return {
    viewing: lazyCueSet(`${senseCues.viewing ?? ''} ${senseCues.handicraft ?? ''}`),
    trade: lazyCueSet(senseCues.trade ?? ''),
  };
}

/**
 * Whether a text shows or tells of animals and offers none: a viewing word (a zoo, a documentary, a bedtime story)
 * and no word of trade, keeping or the law anywhere in it. Its animal names are what visitors and viewers see, not
 * what anyone sells, so none is highlighted; one trade word anywhere ("the zoo bought", "poaching") keeps them all.
 * @example isViewingText(cues, tokens) // "Zoo tips: the elephant house opens at ten" → true
 */
export function isViewingText({ viewing, trade }: ViewingCues, tokens: Tokens): boolean {
  let viewed = false;
  for (let word = 0; word < tokens.count; word++) {
    const folded = tokens.folded(word);
    if (trade.has(folded)) return false;
    if (viewing.has(folded)) {
      if (isDestination(tokens, word)) return false;
      viewed = true;
    }
  }
  return viewed;
}

/** "For" in the eight languages, folded ("für" is "fur"): a zoo a word or two after it is where the animal goes. */
const FOR_WORDS = new Set(['for', 'pour', 'fur', 'voor', 'para', 'per', 'dla', 'для']);
const FOR_REACH = 2;

/** Whether "for" stands within reach before the viewing word `word`: the zoo buys, it is not visited. */
function isDestination(tokens: Tokens, word: number): boolean {
  for (let before = Math.max(0, word - FOR_REACH); before < word; before++)
    if (FOR_WORDS.has(tokens.folded(before))) return true;
  return false;
}
