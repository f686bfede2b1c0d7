import { anyCue, EVERY_LANG, fitsLang, lazyCueSet, type CueLookup } from '@/lib/matching/cue-words';
import type { TextLang } from '@/lib/matching/text-language';
import type { Tokens } from '@/lib/matching/tokenize';
import type { MatchRules } from '@/lib/matching/types';

/** The cue sets that tell a viewing text (lib/dictionary/viewing-cues.ts), read from a dictionary's rules. */
export interface ViewingCues {
  viewing: CueLookup;
  ticket: CueLookup;
  currency: CueLookup;
  trade: CueLookup;
}

/**
 * Reads the lists lazily: most texts never name a zoo or a film, and never ask. A craft's pattern (crochet, origami)
 * shows an animal as a zoo or a film does, so its words count as viewing words.
 */
export function viewingCuesOf({ senseCues }: MatchRules): ViewingCues {
  return {
    // Two sets, not one list: each list's language headers hold for its own words only.
    viewing: anyCue([lazyCueSet(senseCues.viewing ?? ''), lazyCueSet(senseCues.handicraft ?? '')]),
    ticket: lazyCueSet(senseCues.ticket ?? ''),
    currency: lazyCueSet(senseCues.currency ?? ''),
    trade: lazyCueSet(senseCues.trade ?? ''),
  };
}

/** The language of the text around a word, for the cues of one language only (cue-words.ts, cueIn). */
export type LangAt = (word: number) => TextLang | undefined;

/** Whether word `word` is a cue of `cues` in the language around it. */
function cueAt(cues: CueLookup, tokens: Tokens, word: number, langAt: LangAt): boolean {
  const langs = cues.langsOf(tokens.folded(word));
  // Most words are no cue, and most cues are of every language: the language is asked of the others only.
  return langs === EVERY_LANG || (langs !== 0 && fitsLang(langs, langAt(word)));
}

/**
 * Whether a text shows or tells of animals and offers none: a viewing word (a zoo, a documentary, a bedtime story,
 * visitors, a safari, a release into the wild) and no word of trade, keeping or the law anywhere in it, nor a price
 * but a ticket's. Its animal names are what visitors and viewers see, not what anyone sells, so none is highlighted;
 * one trade word or price anywhere ("the zoo bought", "poaching", "visitors may watch, 120 € each") keeps them all.
 * Each word counts in its own language only (`langAt`: the language around a word; unknown by default).
 * @example isViewingText(cues, tokens) // "Zoo tips: the elephant house opens at ten" → true
 */
export function isViewingText(cues: ViewingCues, tokens: Tokens, langAt: LangAt = () => undefined): boolean {
  // Most texts the sense filter keeps are listings with no viewing word: one lookup a word says so, before the trade
  // words and prices (two lookups and a test a word) that would only confirm it.
  let viewed = false;
  for (let word = 0; word < tokens.count && !viewed; word++)
    viewed = cueAt(cues.viewing, tokens, word, langAt) && !isDestination(tokens, word);
  if (!viewed) return false;
  for (let word = 0; word < tokens.count; word++) {
    if (cueAt(cues.trade, tokens, word, langAt)) return false;
    if (isPrice(cues, tokens, word, langAt) && !isTicketPrice(cues, tokens, word, langAt)) return false;
  }
  return true;
}

/** Currency signs written beside a number ("£180", "120 €", "$40"); currency words are data (CURRENCY_CUES). */
const CURRENCY_SIGN = /[€£$₽¥]/u;

/** Whether word `word` is a number with a currency beside it: a sign in the gap either side, or a currency word. */
function isPrice({ currency }: ViewingCues, tokens: Tokens, word: number, langAt: LangAt): boolean {
  if (!/^\d+$/.test(tokens.folded(word))) return false;
  const before = word > 0 ? tokens.source(tokens.end(word - 1), tokens.start(word)) : tokens.source(0, tokens.start(0));
  // The last word's gap runs to the text's end: an ad's price often closes it ("…, 30 €").
  const after = tokens.source(tokens.end(word), word + 1 < tokens.count ? tokens.start(word + 1) : Infinity);
  if (CURRENCY_SIGN.test(before) || CURRENCY_SIGN.test(after)) return true;
  return (
    (word + 1 < tokens.count && cueAt(currency, tokens, word + 1, langAt)) ||
    (word > 0 && cueAt(currency, tokens, word - 1, langAt))
  );
}

/** Words a ticket's price may stand after its ticket word ("Billets à l'accueil, 6 €"). */
const TICKET_REACH = 4;
/** Words a ticket or car word may stand after the price ("£32 per car", "1500 ₽ за машину"). */
const PER_TICKET_REACH = 2;

/** Whether a ticket, entry or car word stands within reach either side of the price at `word`: what a visit costs. */
const isTicketPrice = ({ ticket }: ViewingCues, tokens: Tokens, word: number, langAt: LangAt) => {
  const isTicket = (other: number) => cueAt(ticket, tokens, other, langAt);
  return (
    anyWordIn(word - TICKET_REACH, word - 1, isTicket) ||
    anyWordIn(word + 1, Math.min(tokens.count - 1, word + PER_TICKET_REACH), isTicket)
  );
};

/** "For" in the eight languages, folded ("für" is "fur"): a zoo a word or two after it is where the animal goes. */
const FOR_WORDS = new Set(['for', 'pour', 'fur', 'voor', 'para', 'per', 'dla', 'для']);
const FOR_REACH = 2;

/**
 * Whether "for" stands within reach before the viewing word `word`: the zoo buys, it is not visited; "for visitors"
 * tells nothing either way, so such a word only does not count.
 */
const isDestination = (tokens: Tokens, word: number) =>
  anyWordIn(word - FOR_REACH, word - 1, (before) => FOR_WORDS.has(tokens.folded(before)));

/** Whether a word from `first` to `last` (clipped at the text's start) is one (`isOne`). */
function anyWordIn(first: number, last: number, isOne: (word: number) => boolean): boolean {
  for (let word = Math.max(0, first); word <= last; word++) if (isOne(word)) return true;
  return false;
}
