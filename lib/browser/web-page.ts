/**
 * Whether a tab's URL is a web page, the only kind Spoor reads and flags. A module of its own, without imports, so the
 * popup's first, small module and the background share one test.
 * @example if (!isWebPage(tab.url)) throw new Error('Only web pages can be flagged.');
 */
export const isWebPage = (url: string | undefined): url is string => url !== undefined && /^https?:/.test(url);
