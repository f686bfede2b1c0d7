import type { Tokens } from '@/lib/matching/tokenize';

/** A site's ending right after the name ("Otter.ai", "python.org"): a dot, a few lower-case letters, no letter next. */
const DOMAIN_AFTER = /^\.[a-z]{2,6}(?![\p{L}\p{N}])/u;
/** An account's name up to the match: "@" and the letters, digits, dots or underscores after it ("@the_otter"). */
const HANDLE_BEFORE = /@[\p{L}\p{N}_.]*$/u;
/** Characters looked at either side: a domain's ending, or an account's name before the match. */
const REACH = 24;

/**
 * Whether a match is written as part of a web address or an account's name: glued to a domain's ending
 * ("Otter.ai", "Panda.com") or inside an @handle ("@otter_ai", "@tigerking"). Such a name is a firm's, a site's or a
 * person's, whatever animal it borrows; a seller's own handle never holds the name of what they sell alone.
 * @example isWebName(tokenize('Notes by Otter.ai', fold), [2, 2]) // true
 */
export function isWebName(tokens: Tokens, [first, last]: [number, number]): boolean {
  const start = tokens.start(first);
  const end = tokens.end(last);
  return HANDLE_BEFORE.test(tokens.source(start - REACH, start)) || DOMAIN_AFTER.test(tokens.source(end, end + REACH));
}
