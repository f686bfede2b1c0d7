import { startServer, type TestServer } from '../../support/server';
import { harnessScript } from './harness';

export type Category = 'app-i' | 'app-ii' | 'app-iii' | 'trade';

/** One hostile page: its markup, its own script, and what Spoor should highlight on it. */
export interface HostilePage {
  /** Served as /<name>.html, its script as /<name>.js. */
  name: string;
  /** What the page is, for test names and the bench table. */
  title: string;
  /** `crossOrigin`: this server under another host name ("http://localhost:<port>"). */
  body(crossOrigin: string): string;
  /** The page's own script, run at the end of <body> (before DOMContentLoaded). */
  script: string;
  /** Highlighted ranges per category once Spoor has scanned the page (its main frame). */
  expected: Partial<Record<Category, number>>;
  /** Extra response headers (a strict CSP). */
  headers?: Record<string, string>;
  /** Attributes of <html> (lang, dir). */
  htmlAttributes?: string;
}

/** An Appendix I name (the grey parrot, in German) that every page uses as its known word. */
export const PARROT = 'Graupapagei';

/** The page's HTML: the harness first, then the body, then the page's own script. */
export function pageHtml(page: HostilePage, crossOrigin: string): string {
  return (
    `<!doctype html><html ${page.htmlAttributes ?? 'lang="de"'}><head><meta charset="utf-8"><title>${page.title}</title>` +
    `<script src="/harness.js"></script></head><body>${page.body(crossOrigin)}<script src="/${page.name}.js"></script></body></html>`
  );
}

const CHILD_FRAME =
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embedded ad</title>` +
  `<script src="/harness.js"></script></head><body><p>Embedded ad: ball python for sale.</p></body></html>`;

/**
 * Serves the pages from memory on 127.0.0.1 (and, for the cross-origin frame, as localhost):
 * /harness.js, /<name>.html, /<name>.js and /frame-child.html; /favicon.ico is empty.
 * @example const server = await serveHostilePages(hostilePages); await page.goto(server.url('/deep.html'));
 */
export function serveHostilePages(pages: readonly HostilePage[]): Promise<TestServer> {
  const byName = new Map(pages.map((page) => [page.name, page]));
  return startServer(
    [],
    [
      (req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const crossOrigin = `http://localhost:${req.headers.host!.split(':')[1]}`;
        const [, name, extension] = /^\/([\w-]+)\.(html|js)$/.exec(path) ?? [];
        const page = name ? byName.get(name) : undefined;
        const send = (type: string, body: string, headers: Record<string, string> = {}) => {
          res
            .writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', ...headers })
            .end(body);
          return true;
        };
        if (path === '/favicon.ico') return (res.writeHead(204).end(), true);
        if (path === '/harness.js') return send('text/javascript', harnessScript);
        if (path === '/frame-child.html') return send('text/html', CHILD_FRAME);
        if (!page) return false;
        return extension === 'js'
          ? send('text/javascript', page.script)
          : send('text/html', pageHtml(page, crossOrigin), page.headers);
      },
    ],
  );
}
