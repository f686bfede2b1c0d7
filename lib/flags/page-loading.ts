/**
 * How long a flag waits for a page the browser is still parsing (a script from a slow server holds the parser, or the
 * server sends the page slowly). Its HTML is unread until then, so the ad cannot be read whole before. The record
 * page's note on a page read in part (`recordTextCutLoading`) names it in seconds.
 */
export const PARSE_WAIT_MS = 20_000;

/**
 * How a reading treats a page still being parsed: it waits up to `waitMs` for the parse, then reads what has arrived
 * (`readPartial`: a flag, whose record then says where the text ended, TextCut `loading`) or throws
 * PageStillLoadingError (a check that must not remember a page read in part).
 */
export interface ParseWait {
  waitMs: number;
  readPartial: boolean;
}

/** A flag's: a page that never finishes loading (a hanging script, a seller's endless response) is still flaggable. */
export const FLAG_PARSE_WAIT: ParseWait = { waitMs: PARSE_WAIT_MS, readPartial: true };

/** A flag's second reading, after its screenshot: the page as it is then, parsed or not, with no second wait. */
export const READ_AS_ARRIVED: ParseWait = { waitMs: 0, readPartial: true };

/** The popup's "was this ad flagged?": answered at once, from the URL while the page is still being parsed. */
export const NO_PARSE_WAIT: ParseWait = { waitMs: 0, readPartial: false };

/** The page was still being parsed when the wait ran out, and the reading was not to take it in part. */
export class PageStillLoadingError extends Error {
  override name = 'PageStillLoadingError';
  constructor(waitedMs: number) {
    super(`the page was still loading after ${Math.round(waitedMs / 1000)} s`);
  }
}
