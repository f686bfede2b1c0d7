/**
 * How long a flag waits for a page the browser is still parsing (a script from a slow server holds the parser, or the
 * server sends the page slowly). Its HTML is unread until then, so the ad cannot be read as shown.
 */
export const PARSE_WAIT_MS = 20_000;

/**
 * The page was still being parsed when the wait ran out: the flag stops before anything is written, and says so (a
 * record of the URL alone would stand in for an ad nobody read).
 */
export class PageStillLoadingError extends Error {
  override name = 'PageStillLoadingError';
  constructor(waitedMs: number) {
    super(
      `the page was still loading after ${Math.round(waitedMs / 1000)} s, so it could not be read; nothing was ` +
        'saved: flag it again once it has loaded',
    );
  }
}
