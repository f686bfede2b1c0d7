import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../e2e/support/server';
import { requireFirefoxBuild } from './support/build';
import { startFirefox, type RunningFirefox } from './support/firefox';
import { pageReportRoute, type PageReport } from './support/page-report';

// Playwright cannot drive Firefox ESR, so the page watches itself
// (tests/firefox/pages/observe.js) and posts what Spoor highlighted.
const SPOOR_ID = 'spoor@spoor.example';

let server: TestServer;
let firefox: RunningFirefox | undefined;
let report: PageReport;
let dir: string;

beforeAll(async () => {
  dir = requireFirefoxBuild();
  // Longer than the page's own deadline (180 s) and Firefox's start, so a page that saw nothing still reports it.
  const page = pageReportRoute(270_000, 'The test page never reported: did Firefox open it?');
  server = await startServer(['tests/firefox/pages'], [page.route]);
  firefox = await startFirefox({ extensionDir: dir, startUrl: server.url('/ads.html') });
  report = await page.report;
});
afterAll(async () => {
  await firefox?.exit();
  await server?.close();
});

const texts = (name: string) => (report.highlights[name] ?? []).map((text) => text.replace(/\s+/g, ' '));

describe('Spoor in headless Firefox ESR', () => {
  it('is installed as a Manifest V3 add-on, without warnings, its background running', async () => {
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).manifest_version).toBe(3);
    expect(await firefox!.addon(SPOOR_ID)).toMatchObject({
      isWebExtension: true,
      temporarilyInstalled: true,
      // An MV3 background is never persistent in Firefox (an event page).
      persistentBackgroundScript: false,
      backgroundScriptStatus: 'RUNNING',
      warnings: [],
    });
  });

  it('paints highlights the page itself can see', () => {
    const total = Object.values(report.highlights).reduce((sum, ranges) => sum + ranges.length, 0);
    expect(total, "no highlights: Spoor's content script did not run or found nothing").toBeGreaterThan(0);
    expect(Object.keys(report.highlights).sort()).toEqual([
      'spoor-app-i',
      'spoor-app-ii',
      'spoor-app-iii',
      'spoor-exempt',
      'spoor-trade',
    ]);
  });

  it.each([
    ['a scientific name', 'spoor-app-i', 'Psittacus erithacus'],
    ['a German common name', 'spoor-app-i', 'Graupapagei'],
    ['an English common name', 'spoor-app-ii', 'ball python'],
    ['a Russian trade term', 'spoor-trade', 'Чёрная икра'],
  ])('highlights %s: %s holds "%s"', (_kind, name, word) => {
    expect(texts(name)).toContain(word);
  });

  it('honours exclusions: "Ivory white" is a colour', () => {
    expect(
      Object.values(report.highlights)
        .flat()
        .some((text) => /ivory/i.test(text)),
    ).toBe(false);
  });

  it("leaves the page's DOM unchanged", () => {
    expect(report.domAfter).toBe(report.domBefore);
  });
});
