import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Route, type TestServer } from '../e2e/support/server';
import { requireFirefoxBuild } from './support/build';
import { bundleForPage } from './support/bundle';
import { startFirefox, type RunningFirefox } from './support/firefox';

/*
 * Snapshots that cannot call home (issue 10, point 6): a page snapshot made
 * by Spoor's serializer (lib/flags/snapshot-html.ts, Firefox's stand-in for
 * MHTML), opened in headless Firefox ESR, makes 0 requests, while the same
 * hostile page written out plainly makes several (the control: proof that a
 * request would have been seen). The server logs every request it gets.
 */

let server: TestServer;
let firefox: RunningFirefox | undefined;
const log: string[] = [];
const stored = new Map<string, string>();

beforeAll(async () => {
  const extensionDir = requireFirefoxBuild();
  // The harness script: Spoor's serializer and the hostile page, bundled for the browser.
  const script = await bundleForPage('tests/firefox/pages/snapshot-harness.ts');
  let deliver!: () => void;
  const reported = new Promise<void>((done) => (deliver = done));
  const body = async (req: Parameters<Route>[0]) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text;
  };
  const routes: Route[] = [
    (req) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path !== '/requests') log.push(path);
      return false;
    },
    async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/snapshot-harness.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      else if (req.method === 'POST' && path.startsWith('/store/')) {
        stored.set(path.slice('/store/'.length), await body(req));
        res.writeHead(204).end();
      } else if (path.startsWith('/stored/') && stored.has(path.slice(8, -5)))
        // No Content-Security-Policy header: as a file opened from disk, the page's own meta is all there is.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(stored.get(path.slice(8, -5)));
      else if (path === '/requests')
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(log));
      else if (path.startsWith('/track/')) res.writeHead(204).end();
      else if (req.method === 'POST' && path === '/report') {
        res.writeHead(204).end();
        deliver();
      } else return false;
      return true;
    },
  ];
  server = await startServer(['tests/firefox/pages'], routes);
  firefox = await startFirefox({ extensionDir, startUrl: server.url('/snapshot.html') });
  await reported;
});
afterAll(async () => {
  await firefox?.exit();
  await server?.close();
});

const tracked = (which: string) => log.filter((path) => path.startsWith(`/track/${which}/`));

describe('a Firefox page snapshot opened in Firefox ESR', () => {
  it('was opened: Firefox fetched it', () => {
    expect(log).toContain('/stored/snap.html');
  });

  it('while the same page written out plainly calls home (the control): scripts in every namespace, a refresh, images', () => {
    const ctrl = tracked('ctrl');
    for (const request of [
      '/track/ctrl/before-head',
      '/track/ctrl/svg-script',
      '/track/ctrl/img.png',
      '/track/ctrl/refresh',
    ])
      expect(
        ctrl.some((path) => path.startsWith(request)),
        request,
      ).toBe(true);
  });

  it('makes 0 requests', () => {
    expect(tracked('snap')).toEqual([]);
  });
});
