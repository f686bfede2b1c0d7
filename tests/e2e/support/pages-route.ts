import type { Route } from './server';

/**
 * Serves a file's test pages as /<prefix>/<name>.html, each page's HTML from `pages` by name, never cached (a page
 * reloaded is the page as written); any other path is left to the next route.
 * @example export const hostileCaptureRoute = pagesRoute('hostile-capture', HOSTILE_CAPTURE_PAGES);
 */
export function pagesRoute(prefix: string, pages: Readonly<Record<string, string>>): Route {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const name = path.startsWith(`/${prefix}/`) ? /^(\w+)\.html$/.exec(path.slice(prefix.length + 2))?.[1] : undefined;
    if (!name || !Object.hasOwn(pages, name)) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(pages[name]);
    return true;
  };
}
